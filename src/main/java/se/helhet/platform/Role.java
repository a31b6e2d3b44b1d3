package se.helhet.platform;

/**
 * The roles of DESIGN.md §2 that log in to Helhet. Organisers and visitors of the events
 * programme are public and have no account.
 */
public enum Role {

	/** Beställare: a manager or employee in a förvaltning. */
	REQUESTER,
	/** Handläggare: a generalist or specialist in a central function. */
	HANDLER,
	/** Avdelningschef: head of HR, Ekonomi or Kommunikation. */
	FUNCTION_LEAD,
	/** Förvaltningschef: head of a förvaltning. */
	ADMINISTRATION_LEAD,
	/** Kommundirektör: top management of the group. */
	GROUP_LEAD,
	/** Redaktör: communications staff who moderate and publish events. */
	EDITOR,
	/** Facklig företrädare: union representative in samverkan. */
	UNION_REP,
	/** Administratör: municipal IT / system owner. */
	ADMIN;

	/** The Spring Security authority of this role. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** The message key of the role's Swedish/English label. */
	public String labelKey() {
		return "role." + name();
	}

}
