package se.helhet.knowledge;

/** Who reads a published article. */
public enum Audience {

	/** Everyone in the förvaltningar (every logged-in person). */
	FORVALTNINGAR,
	/** Only the staff of the article's central function. */
	FUNKTIONEN;

	public String labelKey() {
		return "knowledge.audience." + name();
	}

	public static java.util.Optional<Audience> parse(String text) {
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
