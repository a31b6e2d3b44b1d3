package se.helhet.knowledge.web;

import se.helhet.knowledge.DocumentView;

/**
 * The governing document form (a new document, or a new version of one) as typed.
 */
public record DocumentForm(String functionId, String title, String type, String owner, String body, String decidedBy,
		String decisionDate, String validFrom, String reviewDate, String changeNote) {

	static DocumentForm empty() {
		return new DocumentForm("", "", "", "", "", "", "", "", "", "");
	}

	/** A new version starts from the current text, for the lead to change. */
	static DocumentForm nextVersionOf(DocumentView document) {
		return new DocumentForm(document.functionId().toString(), document.title(), document.type().name(),
				document.owner(), document.current().body(), document.current().decidedBy(), "", "", "", "");
	}

}
