package se.helhet.requests;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import se.helhet.platform.SwedishWorkingDays;

/**
 * Swedish working time for SLAs: Monday to Friday, 08:00–16:00 in Europe/Stockholm (eight
 * hours a day), except public holidays and the days treated as such (julafton,
 * nyårsafton, midsommarafton), which come from the maintained jollyday calendar, not from
 * a hand-written list.
 */
public final class WorkingCalendar {

	public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	public static final LocalTime DAY_START = LocalTime.of(8, 0);

	public static final LocalTime DAY_END = LocalTime.of(16, 0);

	private WorkingCalendar() {
	}

	public static boolean isWorkingDay(LocalDate date) {
		return SwedishWorkingDays.isWorkingDay(date);
	}

	/** The moment that lies this many working hours after start. */
	public static ZonedDateTime addWorkingHours(ZonedDateTime start, int hours) {
		ZonedDateTime current = start.withZoneSameInstant(STOCKHOLM);
		long remaining = Duration.ofHours(hours).toMinutes();
		current = nextWorkingMoment(current);
		while (remaining > 0) {
			ZonedDateTime endOfDay = current.toLocalDate().atTime(DAY_END).atZone(STOCKHOLM);
			long available = Duration.between(current, endOfDay).toMinutes();
			if (remaining <= available) {
				return current.plusMinutes(remaining);
			}
			remaining -= available;
			current = nextWorkingMoment(endOfDay.plusMinutes(1));
		}
		return current;
	}

	/** Working minutes between two moments (0 when end is not after start). */
	public static long workingMinutesBetween(ZonedDateTime start, ZonedDateTime end) {
		ZonedDateTime from = nextWorkingMoment(start.withZoneSameInstant(STOCKHOLM));
		ZonedDateTime to = end.withZoneSameInstant(STOCKHOLM);
		long minutes = 0;
		while (from.isBefore(to)) {
			ZonedDateTime endOfDay = from.toLocalDate().atTime(DAY_END).atZone(STOCKHOLM);
			ZonedDateTime stop = to.isBefore(endOfDay) ? to : endOfDay;
			minutes += Math.max(0, Duration.between(from, stop).toMinutes());
			from = nextWorkingMoment(endOfDay.plusMinutes(1));
		}
		return minutes;
	}

	/**
	 * The moment itself if it is within working hours, else the start of the next working
	 * day.
	 */
	static ZonedDateTime nextWorkingMoment(ZonedDateTime moment) {
		ZonedDateTime current = moment.withZoneSameInstant(STOCKHOLM).withSecond(0).withNano(0);
		LocalDate date = current.toLocalDate();
		if (isWorkingDay(date) && current.toLocalTime().isBefore(DAY_START)) {
			return date.atTime(DAY_START).atZone(STOCKHOLM);
		}
		if (isWorkingDay(date) && current.toLocalTime().isBefore(DAY_END)) {
			return current;
		}
		LocalDate next = date.plusDays(1);
		while (!isWorkingDay(next)) {
			next = next.plusDays(1);
		}
		return next.atTime(DAY_START).atZone(STOCKHOLM);
	}

}
