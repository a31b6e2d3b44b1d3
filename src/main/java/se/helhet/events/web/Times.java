package se.helhet.events.web;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import se.helhet.platform.Page;

/**
 * Times as visitors read them: Swedish "18.00–18.45" and "lördag 30 januari", English
 * "18:00–18:45" and "Saturday 30 January", always in Swedish time.
 */
public final class Times {

	static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	private static final DateTimeFormatter SV_CLOCK = DateTimeFormatter.ofPattern("HH.mm");

	private static final DateTimeFormatter EN_CLOCK = DateTimeFormatter.ofPattern("HH:mm");

	private static final DateTimeFormatter SV_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.of("sv"));

	private static final DateTimeFormatter EN_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

	private Times() {
	}

	public static String clock(Page page, OffsetDateTime moment) {
		return moment.atZoneSameInstant(STOCKHOLM).format(page.english() ? EN_CLOCK : SV_CLOCK);
	}

	public static String span(Page page, OffsetDateTime start, OffsetDateTime end) {
		var from = start.atZoneSameInstant(STOCKHOLM);
		var to = end.atZoneSameInstant(STOCKHOLM);
		// midnight at the end of the evening reads 24.00, not 00.00
		if (to.getHour() == 0 && to.getMinute() == 0 && to.toLocalDate().isAfter(from.toLocalDate())) {
			return clock(page, start) + "–" + (page.english() ? "24:00" : "24.00");
		}
		return clock(page, start) + "–" + clock(page, end);
	}

	public static String day(Page page, OffsetDateTime moment) {
		return moment.atZoneSameInstant(STOCKHOLM).format(page.english() ? EN_DAY : SV_DAY);
	}

	/** The datetime attribute of a time element. */
	public static String iso(OffsetDateTime moment) {
		return moment.atZoneSameInstant(STOCKHOLM).toOffsetDateTime().toString();
	}

	/** The hour a slot starts, for the programme's hour headings. */
	public static int hour(OffsetDateTime moment) {
		return moment.atZoneSameInstant(STOCKHOLM).getHour();
	}

}
