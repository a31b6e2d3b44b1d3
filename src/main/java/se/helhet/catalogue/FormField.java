package se.helhet.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import se.helhet.platform.Text;

/**
 * One extra field of a service's form.
 *
 * @param key stable key of the answer, e.g. "tjanst"
 * @param labelSv Swedish label
 * @param labelEn English label, may be null
 * @param type kind of field
 * @param required whether the requester must answer
 * @param options the choices of a CHOICE field
 */
public record FormField(String key, String labelSv, String labelEn, FieldType type, boolean required,
		List<String> options) {

	public FormField {
		options = options == null ? List.of() : List.copyOf(options);
	}

	public String label(Locale locale) {
		return "en".equals(locale.getLanguage()) && labelEn != null && !labelEn.isBlank() ? labelEn : labelSv;
	}

	/**
	 * Checks an answer; returns what is wrong in Swedish, saying what to do, or empty
	 * when the answer is fine.
	 */
	public Optional<String> check(String value) {
		return problem(value).map(Text::sv);
	}

	/** What is wrong with an answer, in Swedish and English, or empty when it is fine. */
	public Optional<Text> problem(String value) {
		String answer = value == null ? "" : value.strip();
		String en = labelEn == null || labelEn.isBlank() ? labelSv : labelEn;
		if (answer.isEmpty()) {
			return required ? Optional.of(Text.of("Fyll i " + labelSv.toLowerCase(Locale.ROOT) + ".",
					"Fill in " + en.toLowerCase(Locale.ROOT) + ".")) : Optional.empty();
		}
		return switch (type) {
			case TEXT -> answer.length() > 4000
					? Optional.of(Text.of(labelSv + ": högst 4000 tecken.", en + ": at most 4,000 characters."))
					: Optional.empty();
			case CHOICE -> options.contains(answer) ? Optional.empty() : Optional.of(Text
				.of(labelSv + ": välj ett av alternativen i listan.", en + ": choose one of the options in the list."));
			case DATE -> parseDate(answer) ? Optional.empty()
					: Optional.of(Text.of(labelSv + ": skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2026-12-01.",
							en + ": write the date as YYYY-MM-DD, e.g. 2026-12-01."));
			case NUMBER -> parseNumber(answer) ? Optional.empty() : Optional.of(Text
				.of(labelSv + ": skriv ett tal, t.ex. 12 eller 12,5.", en + ": write a number, e.g. 12 or 12.5."));
			case YESNO -> ("ja".equals(answer) || "nej".equals(answer)) ? Optional.empty()
					: Optional.of(Text.of(labelSv + ": välj ja eller nej.", en + ": choose yes or no."));
		};
	}

	private static boolean parseDate(String answer) {
		try {
			LocalDate.parse(answer);
			return true;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

	private static boolean parseNumber(String answer) {
		try {
			new BigDecimal(answer.replace(',', '.').replace(" ", ""));
			return true;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

}
