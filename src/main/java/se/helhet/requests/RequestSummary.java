package se.helhet.requests;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A row in a queue or list. */
public record RequestSummary(UUID id, String number, String functionCode, String serviceName, boolean confidential,
		String title, RequestStatus status, String requesterName, String forvaltningName, String assigneeName,
		OffsetDateTime createdAt, OffsetDateTime dueAt) {

	public boolean overdue(OffsetDateTime now) {
		return status.open() && dueAt.isBefore(now);
	}

}
