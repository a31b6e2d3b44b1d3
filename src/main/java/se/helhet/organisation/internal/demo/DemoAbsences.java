package se.helhet.organisation.internal.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import se.helhet.organisation.AbsenceKind;
import se.helhet.platform.SwedishWorkingDays;
import se.helhet.organisation.internal.demo.DemoMunicipality.Staff;

/**
 * The demo staff's absences around a given day: three weeks of summer holiday each in
 * weeks 27–32 of this and next summer (spread so that some competences get thin in the
 * middle of the summer), a few sick days and VAB days in the weeks around the day,
 * courses in the coming weeks and one part-time parental leave. Deterministic: the same
 * seed, day and staff always give the same absences, and no two absences of a person
 * overlap.
 */
public final class DemoAbsences {

	private final Random random;

	private final LocalDate today;

	private final Map<UUID, List<Absence>> byStaff = new HashMap<>();

	private final List<Absence> absences = new ArrayList<>();

	public DemoAbsences(long seed, LocalDate today) {
		this.random = new Random(seed * 31 + 7);
		this.today = today;
	}

	/** One planned absence. */
	public record Absence(UUID staffId, AbsenceKind kind, LocalDate from, LocalDate to, Integer partDayPercent,
			String note) {
	}

	public List<Absence> plan(List<Staff> staff) {
		for (int year : new int[] { today.getYear(), today.getYear() + 1 }) {
			for (Staff person : staff) {
				// the leads take the late weeks, when most of the staff are back
				int startWeek = person.lead() ? 30 : 27 + random.nextInt(4);
				LocalDate monday = weekMonday(year, startWeek);
				add(person.id(), AbsenceKind.SEMESTER, monday, monday.plusWeeks(3).minusDays(3), null, null);
			}
		}
		Staff parent = staff.stream().filter(s -> !s.lead()).skip(5).findFirst().orElse(null);
		if (parent != null) {
			LocalDate from = SwedishWorkingDays.weekStart(today.minusWeeks(6));
			add(parent.id(), AbsenceKind.FORALDRALEDIGHET, from, from.plusMonths(5).minusDays(1), 20,
					"Föräldraledig på fredagar");
		}
		Staff leave = staff.stream().filter(s -> !s.lead()).skip(11).findFirst().orElse(null);
		if (leave != null) {
			LocalDate from = SwedishWorkingDays.weekStart(today.plusWeeks(2));
			add(leave.id(), AbsenceKind.TJANSTLEDIGHET, from, from.plusDays(4), null, null);
		}
		for (Staff person : staff) {
			if (random.nextInt(100) < 35) {
				LocalDate day = workingDayNear(today.minusDays(21), 21);
				add(person.id(), AbsenceKind.SJUKDOM, day, workingDaysAfter(day, random.nextInt(3)), null, null);
			}
			if (random.nextInt(100) < 15) {
				LocalDate day = workingDayNear(today.minusDays(7), 14);
				add(person.id(), AbsenceKind.VAB, day, day, null, null);
			}
			if (random.nextInt(100) < 20) {
				LocalDate day = workingDayNear(today.plusDays(7), 28);
				boolean half = random.nextBoolean();
				add(person.id(), AbsenceKind.UTBILDNING, day, half ? day : workingDaysAfter(day, 1), half ? 50 : null,
						half ? "Halvdagsseminarium" : "Kurs i arbetsrätt");
			}
		}
		return List.copyOf(absences);
	}

	private void add(UUID staffId, AbsenceKind kind, LocalDate from, LocalDate to, Integer percent, String note) {
		List<Absence> own = byStaff.computeIfAbsent(staffId, k -> new ArrayList<>());
		boolean overlaps = own.stream().anyMatch(a -> !a.from().isAfter(to) && !a.to().isBefore(from));
		if (!overlaps) {
			Absence absence = new Absence(staffId, kind, from, to, percent, note);
			own.add(absence);
			absences.add(absence);
		}
	}

	private LocalDate workingDayNear(LocalDate start, int spreadDays) {
		LocalDate day = start.plusDays(random.nextInt(spreadDays));
		while (!SwedishWorkingDays.isWorkingDay(day)) {
			day = day.plusDays(1);
		}
		return day;
	}

	private static LocalDate workingDaysAfter(LocalDate day, int count) {
		LocalDate end = day;
		for (int added = 0; added < count;) {
			end = end.plusDays(1);
			if (SwedishWorkingDays.isWorkingDay(end)) {
				added++;
			}
		}
		return end;
	}

	private static LocalDate weekMonday(int year, int week) {
		return LocalDate.of(year, 6, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
	}

}
