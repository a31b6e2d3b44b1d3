package se.helhet.platform;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Input that breaks a rule; maps each field to a message that says what to do, in Swedish
 * and, where the rule has one, in English.
 */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.BAD_REQUEST)
public class ValidationException extends RuntimeException {

	private final Map<String, Text> texts;

	/** Swedish messages only (shown as they are on English pages too). */
	public ValidationException(Map<String, String> errors) {
		this(swedishOnly(errors));
	}

	private ValidationException(LinkedHashMap<String, Text> texts) {
		super(String.join(" ", texts.values().stream().map(Text::sv).toList()));
		this.texts = java.util.Collections.unmodifiableMap(texts);
	}

	/** Messages in Swedish and English, in the order of the form's fields. */
	public static ValidationException of(Map<String, Text> texts) {
		return new ValidationException(new LinkedHashMap<>(texts));
	}

	/** The Swedish messages, by field. */
	public Map<String, String> errors() {
		return errors(Locale.of("sv"));
	}

	/** The messages in the reader's language, by field. */
	public Map<String, String> errors(Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		texts.forEach((field, text) -> errors.put(field, text.in(locale)));
		return errors;
	}

	private static LinkedHashMap<String, Text> swedishOnly(Map<String, String> errors) {
		LinkedHashMap<String, Text> texts = new LinkedHashMap<>();
		errors.forEach((field, message) -> texts.put(field, new Text(message, message)));
		return texts;
	}

}
