package se.helhet.organisation.internal.demo;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import se.helhet.organisation.AbsenceKind;
import se.helhet.organisation.internal.demo.DemoAbsences.Absence;
import se.helhet.organisation.internal.demo.DemoMunicipality.Staff;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's absences: deterministic, realistic and never overlapping. */
class DemoAbsencesTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

	private final List<Staff> staff = new DemoMunicipality(42, 1).generate().staff();

	@Test
	void theSameSeedAndDayGiveTheSameAbsences() {
		assertThat(new DemoAbsences(42, TODAY).plan(staff)).isEqualTo(new DemoAbsences(42, TODAY).plan(staff));
	}

	@Test
	void everyoneHasThreeWeeksOfSummerHolidayInWeeks27To32() {
		List<Absence> summer = new DemoAbsences(42, TODAY).plan(staff)
			.stream()
			.filter(a -> a.kind() == AbsenceKind.SEMESTER && a.from().getYear() == 2027)
			.toList();

		assertThat(summer).hasSize(staff.size()).allSatisfy(a -> {
			assertThat(a.from().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)).isBetween(27, 32);
			assertThat(a.to().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)).isBetween(27, 32);
		});
	}

	@Test
	void thereAreSickDaysVabAndCoursesAroundToday() {
		List<Absence> absences = new DemoAbsences(42, TODAY).plan(staff);

		assertThat(absences).extracting(Absence::kind)
			.contains(AbsenceKind.SJUKDOM, AbsenceKind.VAB, AbsenceKind.UTBILDNING, AbsenceKind.FORALDRALEDIGHET,
					AbsenceKind.TJANSTLEDIGHET);
	}

	@Test
	void noPersonHasOverlappingAbsences() {
		Map<UUID, List<Absence>> byStaff = new DemoAbsences(42, TODAY).plan(staff)
			.stream()
			.collect(Collectors.groupingBy(Absence::staffId));

		byStaff.values().forEach(own -> {
			for (Absence a : own) {
				for (Absence b : own) {
					if (a != b) {
						assertThat(!a.from().isAfter(b.to()) && !a.to().isBefore(b.from())).as("%s och %s", a, b)
							.isFalse();
					}
				}
			}
		});
	}

}
