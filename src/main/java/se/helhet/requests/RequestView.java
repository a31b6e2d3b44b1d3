package se.helhet.requests;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A request as someone allowed to see it sees it. Internal notes, the full audit trail
 * and why the handler has it (assignmentReason) are included only for the function's
 * staff.
 */
public record RequestView(UUID id, String number, UUID functionId, String functionCode, UUID serviceId,
		String serviceName, int formVersion, boolean confidential, String title, String description,
		RequestStatus status, String requesterUsername, String requesterName, UUID forvaltningId,
		String forvaltningName, UUID assigneeStaffId, String assigneeUsername, String assigneeName,
		String assignmentReason, OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime dueAt,
		OffsetDateTime resolvedAt, OffsetDateTime closedAt, Integer rating, String ratingComment, int version,
		List<Answer> answers, List<Comment> comments, List<TimeEntry> timeEntries, List<ChecklistItem> checklist,
		List<Attachment> attachments, List<AuditEntry> audit, boolean staffView, List<Follower> followers,
		List<Link> links, Ref mergedInto) {

	public boolean overdue(OffsetDateTime now) {
		return status.open() && dueAt.isBefore(now);
	}

	/** Whether it was merged into another request and can no longer be changed. */
	public boolean merged() {
		return mergedInto != null;
	}

	public int totalMinutes() {
		return timeEntries.stream().mapToInt(TimeEntry::minutes).sum();
	}

	/**
	 * An answer to one of the service form's extra fields, as labelled when it was filed.
	 */
	public record Answer(String key, String label, String type, String value) {
	}

	/** A comment to the requester, or an internal note (internal = true). */
	public record Comment(UUID id, String authorUsername, String authorName, boolean internal, String body,
			OffsetDateTime createdAt) {
	}

	/** Time a handler spent on the request. */
	public record TimeEntry(UUID id, String staffUsername, String staffName, LocalDate date, int minutes,
			String activity) {
	}

	/** A step of the service's checklist, copied into the request when it was filed. */
	public record ChecklistItem(UUID id, int position, String text, boolean done, String doneBy,
			OffsetDateTime doneAt) {
	}

	/** A file attached to the request. */
	public record Attachment(UUID id, String filename, String contentType, long sizeBytes, String uploadedBy,
			OffsetDateTime createdAt) {
	}

	/** One change: who, when, what, before and after. */
	public record AuditEntry(OffsetDateTime at, String actorUsername, String actorName, String action, String field,
			String before, String after, boolean publicEntry) {
	}

	/**
	 * Someone who follows the request and gets its updates: shown to the function's staff
	 * only (empty for everyone else).
	 *
	 * @param forvaltningName the förvaltning they belonged to when they started
	 * following, may be null
	 * @param since when they started following, null for followers from before joining
	 */
	public record Follower(String username, String name, String forvaltningName, OffsetDateTime since) {
	}

	/** A related request, listed only when the viewer may see it. */
	public record Link(UUID id, String number, String title, RequestStatus status) {
	}

	/** Another request by id and number. */
	public record Ref(UUID id, String number) {
	}

}
