package se.helhet.knowledge;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A governing document with its current version.
 *
 * @param id id
 * @param functionId the central function that owns it
 * @param title title, e.g. "Attestreglemente"
 * @param type policy, riktlinje, rutin or instruktion
 * @param owner the owner's username, who is reminded before the review date
 * @param ownerName the owner's name
 * @param reviewDate when it is to be reviewed at the latest
 * @param current the version in force
 * @param version for optimistic locking (a new version must be based on the current one)
 */
public record DocumentView(UUID id, UUID functionId, String title, DocumentType type, String owner, String ownerName,
		LocalDate reviewDate, DocumentVersionView current, int version) {

	/** Whether its review date has passed. */
	public boolean overdue(LocalDate today) {
		return reviewDate.isBefore(today);
	}

	/** Whether the review date is within the days given (and not passed). */
	public boolean reviewDueWithin(LocalDate today, int days) {
		return !overdue(today) && !reviewDate.isAfter(today.plusDays(days));
	}

}
