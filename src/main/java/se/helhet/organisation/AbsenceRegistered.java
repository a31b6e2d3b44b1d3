package se.helhet.organisation;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A staff member's absence was registered (in a form, over the API or by a CSV import).
 * Routing listens for it to cover the person's requests.
 *
 * @param absenceId the absence
 * @param staffId who is away
 * @param functionId the person's central function
 * @param kind why
 * @param from first day away
 * @param to last day away (inclusive)
 * @param partDayPercent share of each day away; null for whole days
 */
public record AbsenceRegistered(UUID absenceId, UUID staffId, UUID functionId, AbsenceKind kind, LocalDate from,
		LocalDate to, Integer partDayPercent) {
}
