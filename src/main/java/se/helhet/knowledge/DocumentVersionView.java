package se.helhet.knowledge;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One decided version of a governing document.
 *
 * @param documentId the document
 * @param number 1, 2, …
 * @param body the text in Markdown
 * @param html the text rendered and sanitised
 * @param decidedBy who decided it, e.g. "Kommunfullmäktige" or "HR-chef"
 * @param decisionDate the date of the decision
 * @param validFrom the date it applies from
 * @param reviewDate when it is to be reviewed at the latest
 * @param changeNote what changed from the version before
 * @param createdBy username of who entered it
 * @param createdAt when it was entered
 * @param replacedBy the number of the version that replaced it, or null for the current
 */
public record DocumentVersionView(UUID documentId, int number, String body, String html, String decidedBy,
		LocalDate decisionDate, LocalDate validFrom, LocalDate reviewDate, String changeNote, String createdBy,
		OffsetDateTime createdAt, Integer replacedBy) {

	public boolean current() {
		return replacedBy == null;
	}

}
