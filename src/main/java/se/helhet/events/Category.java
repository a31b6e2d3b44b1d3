package se.helhet.events;

import java.util.Optional;

/**
 * What kind of event it is; the visitor filters on it and subscribes to a feed per
 * category.
 */
public enum Category {

	MUSIK, KONST, LITTERATUR, TEATER, DANS, FILM, HISTORIA, VETENSKAP, MAT, VERKSTAD, GUIDNING, FOREDRAG;

	/** The category's path segment in a feed URL, e.g. "musik". */
	public String slug() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	public String labelKey() {
		return "events.category." + name();
	}

	/** From a filter value or a feed path ("musik" or "MUSIK"); empty when unknown. */
	public static Optional<Category> parse(String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		for (Category category : values()) {
			if (category.name().equalsIgnoreCase(value.strip())) {
				return Optional.of(category);
			}
		}
		return Optional.empty();
	}

}
