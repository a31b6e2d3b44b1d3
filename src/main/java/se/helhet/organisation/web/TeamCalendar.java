package se.helhet.organisation.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.helhet.organisation.AbsenceView;
import se.helhet.organisation.StaffView;
import se.helhet.organisation.internal.AbsenceRules;
import se.helhet.platform.SwedishWorkingDays;

/**
 * A function's absences over some weeks, one row per person, as the calendar page shows
 * them: the absence of each day and the hours each person has left each week.
 *
 * @param start the Monday of the first week
 * @param weeks how many weeks
 * @param staff the function's staff
 * @param absences the absences of the period
 */
public record TeamCalendar(LocalDate start, int weeks, List<StaffView> staff, List<AbsenceView> absences) {

	public TeamCalendar {
		staff = List.copyOf(staff);
		absences = List.copyOf(absences);
	}

	public LocalDate end() {
		return start.plusWeeks(weeks).minusDays(1);
	}

	public List<LocalDate> weekStarts() {
		List<LocalDate> mondays = new ArrayList<>();
		for (int i = 0; i < weeks; i++) {
			mondays.add(start.plusWeeks(i));
		}
		return mondays;
	}

	public static List<LocalDate> days(LocalDate monday) {
		List<LocalDate> days = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			days.add(monday.plusDays(i));
		}
		return days;
	}

	public static boolean workingDay(LocalDate date) {
		return SwedishWorkingDays.isWorkingDay(date);
	}

	/** A weekday that is a public holiday (or treated as one). */
	public static boolean holiday(LocalDate date) {
		return !SwedishWorkingDays.isWeekend(date) && !SwedishWorkingDays.isWorkingDay(date);
	}

	/** The person's absence on the day, or null. */
	public AbsenceView absence(UUID staffId, LocalDate date) {
		for (AbsenceView absence : byStaff().getOrDefault(staffId, List.of())) {
			if (absence.covers(date)) {
				return absence;
			}
		}
		return null;
	}

	public BigDecimal availableHours(StaffView person, LocalDate monday) {
		return AbsenceRules.availableHours(person.weeklyCapacityHours(), monday,
				byStaff().getOrDefault(person.id(), List.of()));
	}

	/** The function's total available hours in the week. */
	public BigDecimal totalHours(LocalDate monday) {
		return staff.stream().map(s -> availableHours(s, monday)).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** Hours with at most one decimal in the page's language, e.g. "12,8" in Swedish. */
	public static String hours(BigDecimal hours, java.util.Locale locale) {
		java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(1);
		return format.format(hours);
	}

	/** The ISO week number, e.g. 27. */
	public static int weekNumber(LocalDate date) {
		return date.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR);
	}

	private Map<UUID, List<AbsenceView>> byStaff() {
		Map<UUID, List<AbsenceView>> map = new HashMap<>();
		absences.forEach(a -> map.computeIfAbsent(a.staffId(), k -> new ArrayList<>()).add(a));
		return map;
	}

}
