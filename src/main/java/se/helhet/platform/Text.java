package se.helhet.platform;

import java.util.Locale;

/**
 * A message written by the application in Swedish and English, for rules that answer the
 * person in their language (the API answers in Swedish).
 */
public record Text(String sv, String en) {

	public Text {
		en = en == null || en.isBlank() ? sv : en;
	}

	public static Text of(String sv, String en) {
		return new Text(sv, en);
	}

	public String in(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage()) ? en : sv;
	}

}
