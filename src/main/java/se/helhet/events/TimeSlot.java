package se.helhet.events;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The visitor's choice of when: what is on now, what starts within the hour, or an hour
 * range of the evening in Swedish time.
 */
public sealed interface TimeSlot {

	ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	/** The hour ranges the programme page offers. */
	List<TimeSlot> HOUR_RANGES = List.of(new Hours(10, 12), new Hours(12, 15), new Hours(15, 18), new Hours(18, 21),
			new Hours(21, 24));

	/**
	 * Whether an occurrence from start to end is in this slot, seen at the moment now.
	 */
	boolean includes(Instant start, Instant end, Instant now);

	/** The filter value in the URL: "nu", "inom-en-timme" or "18-21". */
	String code();

	/** "nu": going on right now (started, not yet ended). */
	record Now() implements TimeSlot {

		@Override
		public boolean includes(Instant start, Instant end, Instant now) {
			return !start.isAfter(now) && end.isAfter(now);
		}

		@Override
		public String code() {
			return "nu";
		}

	}

	/**
	 * "inom en timme": starts within the coming hour, so the visitor can still get there;
	 * what is already going on is "nu".
	 */
	record WithinAnHour() implements TimeSlot {

		@Override
		public boolean includes(Instant start, Instant end, Instant now) {
			return start.isAfter(now) && !start.isAfter(now.plus(Duration.ofHours(1)));
		}

		@Override
		public String code() {
			return "inom-en-timme";
		}

	}

	/**
	 * From one full hour to another on the day the occurrence starts, Swedish time; an
	 * occurrence is in the range when any part of it is (an exhibition open all evening
	 * is in every range).
	 *
	 * @param to up to 24, midnight
	 */
	record Hours(int from, int to) implements TimeSlot {

		public Hours {
			if (from < 0 || to > 24 || from >= to) {
				throw new IllegalArgumentException("An hour range runs forwards within one day: " + from + "-" + to);
			}
		}

		@Override
		public boolean includes(Instant start, Instant end, Instant now) {
			ZonedDateTime day = start.atZone(STOCKHOLM).toLocalDate().atStartOfDay(STOCKHOLM);
			Instant rangeStart = day.with(LocalTime.of(from, 0)).toInstant();
			Instant rangeEnd = to == 24 ? day.plusDays(1).toInstant() : day.with(LocalTime.of(to, 0)).toInstant();
			return start.isBefore(rangeEnd) && end.isAfter(rangeStart);
		}

		@Override
		public String code() {
			return from + "-" + to;
		}

	}

	Pattern HOURS = Pattern.compile("(\\d{1,2})-(\\d{1,2})");

	/** The slot of a filter value; empty when blank or not understood. */
	static Optional<TimeSlot> parse(String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		String value = code.strip().toLowerCase(java.util.Locale.ROOT);
		if (value.equals("nu")) {
			return Optional.of(new Now());
		}
		if (value.equals("inom-en-timme")) {
			return Optional.of(new WithinAnHour());
		}
		Matcher matcher = HOURS.matcher(value);
		if (matcher.matches()) {
			int from = Integer.parseInt(matcher.group(1));
			int to = Integer.parseInt(matcher.group(2));
			if (from >= 0 && to <= 24 && from < to) {
				return Optional.of(new Hours(from, to));
			}
		}
		return Optional.empty();
	}

}
