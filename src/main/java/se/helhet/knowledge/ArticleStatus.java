package se.helhet.knowledge;

/**
 * Where an article is in its life: written, shown to its readers, or kept but withdrawn.
 */
public enum ArticleStatus {

	/** Utkast: seen by the function's staff only. */
	UTKAST,
	/** Publicerad: read by its audience. */
	PUBLICERAD,
	/** Arkiverad: withdrawn, kept for the function's staff. */
	ARKIVERAD;

	public String labelKey() {
		return "knowledge.status." + name();
	}

	public static java.util.Optional<ArticleStatus> parse(String text) {
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
