package se.helhet.platform;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * What every page template needs from the UI shell: the person, the language and its
 * messages, the CSRF token and the municipality's name. Added to every model by the
 * platform.
 *
 * @param user the logged-in person, or null on public pages
 * @param locale Swedish or English
 * @param messages the message bundles
 * @param csrfParameter the form field of the CSRF token
 * @param csrfToken the CSRF token, or null where none is needed
 * @param path the current path, for the language switch and the active menu item
 * @param query the current query string without the language parameter ("" when none), so
 * that switching language keeps the page as it is (a chosen service, a filter, a page)
 * @param municipality the municipality's name for the header
 */
public record Page(CurrentUser user, Locale locale, MessageSource messages, String csrfParameter, String csrfToken,
		String path, String query, String municipality) {

	/** The localised message with this key. */
	public String t(String key, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	public boolean english() {
		return "en".equals(locale.getLanguage());
	}

	public String lang() {
		return english() ? "en" : "sv";
	}

	/** The same page in the other language. */
	public String otherLanguageHref() {
		return path + "?" + (query == null || query.isEmpty() ? "" : query + "&") + "lang=" + (english() ? "sv" : "en");
	}

	/**
	 * The lang attribute of text that only exists in Swedish (names of routines, the
	 * organisation's descriptions, notifications): "sv" on an English page, else null (no
	 * attribute).
	 */
	public String swedishOnly() {
		return english() ? "sv" : null;
	}

	public boolean loggedIn() {
		return user != null;
	}

	public boolean has(Role role) {
		return user != null && user.has(role);
	}

	public boolean active(String prefix) {
		return "/".equals(prefix) ? "/".equals(path) : path.startsWith(prefix);
	}

	/** A moment in Swedish time, e.g. "28 nov. 2026 14:05". */
	public String dateTime(java.time.OffsetDateTime moment) {
		return moment == null ? "" : moment.atZoneSameInstant(java.time.ZoneId.of("Europe/Stockholm"))
			.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale));
	}

	public String date(LocalDate date) {
		return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
	}

	/**
	 * The aria-describedby of a form field: its hint and its error, or null for neither.
	 */
	public static String describedBy(String id, boolean hint, boolean error) {
		String ids = ((hint ? id + "-hint " : "") + (error ? id + "-error" : "")).strip();
		return ids.isEmpty() ? null : ids;
	}

	public String roleLabel() {
		return user == null ? "" : t(user.primaryRole().labelKey());
	}

}
