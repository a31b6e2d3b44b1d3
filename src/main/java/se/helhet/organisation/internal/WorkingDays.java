package se.helhet.organisation.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * Swedish working days for capacity: Monday to Friday except the public holidays and the
 * days treated as such, from the maintained jollyday calendar (the same source as the
 * requests module's SLA calendar; organisation does not depend on requests).
 */
public final class WorkingDays {

	private static final HolidayManager HOLIDAYS = HolidayManager
		.getInstance(ManagerParameters.create(HolidayCalendar.SWEDEN));

	private static final Map<LocalDate, Boolean> CACHE = new ConcurrentHashMap<>();

	private WorkingDays() {
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
