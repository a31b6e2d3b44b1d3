package se.helhet.organisation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * Why a staff member is away. The names are part of the API and of the CSV import.
 */
public enum AbsenceKind {

	/** Semester: paid holiday. */
	SEMESTER("semester"),
	/** Sjukdom: sick leave. */
	SJUKDOM("sjukdom"),
	/** VAB: care of a sick child (vård av barn). */
	VAB("vab"),
	/** Tjänstledighet: leave of absence. */
	TJANSTLEDIGHET("tjänstledighet"),
	/** Utbildning: a course or training. */
	UTBILDNING("utbildning"),
	/** Föräldraledighet: parental leave. */
	FORALDRALEDIGHET("föräldraledighet");

	private final String swedish;

	AbsenceKind(String swedish) {
		this.swedish = swedish;
	}

	/** The Swedish word, e.g. "tjänstledighet". */
	public String swedish() {
		return swedish;
	}

	/**
	 * Reasons that tell about someone's health or family (sjukdom, VAB,
	 * föräldraledighet). Only the person, their function's lead and the administrator see
	 * them; colleagues see that the person is away, not why.
	 */
	public boolean privateReason() {
		return this == SJUKDOM || this == VAB || this == FORALDRALEDIGHET;
	}

	public String labelKey() {
		return "absenceKind." + name();
	}

	/** The message key of the short text shown in a calendar cell, e.g. "SEM". */
	public String abbreviationKey() {
		return "absenceKind.abbr." + name();
	}

	/**
	 * The kind named by an API value or a Swedish word, in any case and with or without
	 * å, ä, ö ("SEMESTER", "Semester", "tjanstledighet").
	 */
	public static Optional<AbsenceKind> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String wanted = ascii(text.strip());
		for (AbsenceKind kind : values()) {
			if (kind.name().equalsIgnoreCase(wanted) || ascii(kind.swedish).equalsIgnoreCase(wanted)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}

	private static String ascii(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
	}

}
