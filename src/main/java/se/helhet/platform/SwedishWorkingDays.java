package se.helhet.platform;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * Swedish working days: Monday to Friday except public holidays and the days treated as
 * such (julafton, nyårsafton, midsommarafton), from the maintained jollyday calendar —
 * one source for SLA times and for staff capacity.
 */
public final class SwedishWorkingDays {

	private static final HolidayManager HOLIDAYS = HolidayManager
		.getInstance(ManagerParameters.create(HolidayCalendar.SWEDEN));

	private static final Map<LocalDate, Boolean> CACHE = new ConcurrentHashMap<>();

	private SwedishWorkingDays() {
	}

	public static boolean isWorkingDay(LocalDate date) {
		return CACHE.computeIfAbsent(date, d -> !isWeekend(d) && !HOLIDAYS.isHoliday(d));
	}

	public static boolean isWeekend(LocalDate date) {
		return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

	/** The Monday of the ISO week the date lies in. */
	public static LocalDate weekStart(LocalDate date) {
		return date.with(DayOfWeek.MONDAY);
	}

}
