package se.helhet.knowledge;

/**
 * The kinds of governing document, from the most general to the most detailed: a policy
 * says what the municipality wants, a riktlinje how it is to be done, a rutin the steps,
 * an instruktion one task.
 */
public enum DocumentType {

	POLICY, RIKTLINJE, RUTIN, INSTRUKTION;

	public String labelKey() {
		return "knowledge.docType." + name();
	}

	public static java.util.Optional<DocumentType> parse(String text) {
		if (text == null || text.isBlank()) {
			return java.util.Optional.empty();
		}
		try {
			return java.util.Optional.of(valueOf(text.strip().toUpperCase(java.util.Locale.ROOT)));
		}
		catch (IllegalArgumentException ex) {
			return java.util.Optional.empty();
		}
	}

}
