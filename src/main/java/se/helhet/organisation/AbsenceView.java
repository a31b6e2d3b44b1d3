package se.helhet.organisation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A registered absence of a staff member.
 *
 * @param id id
 * @param staffId who is away
 * @param functionId the central function the person works in
 * @param staffName the person's full name
 * @param kind why
 * @param from first day away
 * @param to last day away (inclusive)
 * @param partDayPercent share of each day away, 1–99; null for whole days
 * @param note free text, may be null
 * @param registeredBy username of who registered it
 * @param registeredAt when
 * @param version for optimistic locking
 */
public record AbsenceView(UUID id, UUID staffId, UUID functionId, String staffName, AbsenceKind kind, LocalDate from,
		LocalDate to, Integer partDayPercent, String note, String registeredBy, OffsetDateTime registeredAt,
		int version) {

	/**
	 * The same absence without what only the person, their lead and the administrator may
	 * read: the note, and a reason about health or family (kind null = "frånvaro").
	 */
	public AbsenceView asSeenByColleague() {
		return new AbsenceView(id, staffId, functionId, staffName, kind != null && kind.privateReason() ? null : kind,
				from, to, partDayPercent, null, registeredBy, registeredAt, version);
	}

	public boolean covers(LocalDate date) {
		return !date.isBefore(from) && !date.isAfter(to);
	}

	public boolean wholeDays() {
		return partDayPercent == null;
	}

	/**
	 * The share of a covered day the person is away: 1 for whole days, else 0.01–0.99.
	 */
	public BigDecimal dayShare() {
		return partDayPercent == null ? BigDecimal.ONE : BigDecimal.valueOf(partDayPercent, 2);
	}

}
