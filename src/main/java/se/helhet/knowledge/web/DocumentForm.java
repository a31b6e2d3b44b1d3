package se.helhet.knowledge.web;

import java.util.List;

import se.helhet.knowledge.DocumentView;

/**
 * The governing document form (a new document, or a new version of one) as typed.
 *
 * @param serviceIds the catalogue services it applies to (checked boxes), may be null
 * @param requesterSummary what a requester should know before ordering, may be blank
 */
public record DocumentForm(String functionId, String title, String type, String owner, String body, String decidedBy,
		String decisionDate, String validFrom, String reviewDate, String changeNote, List<String> serviceIds,
		String requesterSummary) {

	public DocumentForm {
		serviceIds = serviceIds == null ? List.of() : List.copyOf(serviceIds);
		requesterSummary = requesterSummary == null ? "" : requesterSummary;
	}

	static DocumentForm empty() {
		return new DocumentForm("", "", "", "", "", "", "", "", "", "", List.of(), "");
	}

	/** A new version starts from the current text, for the lead to change. */
	static DocumentForm nextVersionOf(DocumentView document) {
		return new DocumentForm(document.functionId().toString(), document.title(), document.type().name(),
				document.owner(), document.current().body(), document.current().decidedBy(), "", "", "", "", List.of(),
				"");
	}

	public boolean chose(java.util.UUID serviceId) {
		return serviceIds.contains(serviceId.toString());
	}

}
