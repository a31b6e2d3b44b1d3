package se.helhet.requests;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SLA due times in Swedish working time: weekdays 08:00–16:00 in Europe/Stockholm,
 * without public holidays and the days treated as such. Each case is a request filed at
 * one moment with an SLA in working hours; the expected due time is worked out by hand
 * from the calendar.
 */
class WorkingCalendarTests {

	private static ZonedDateTime at(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.STOCKHOLM);
	}

	@Test
	void requestOnFridayAt1500WithTwoWorkingHoursIsDueOnMondayAt0900() {
		ZonedDateTime friday = at("2026-03-06T15:00");

		assertThat(WorkingCalendar.addWorkingHours(friday, 2)).isEqualTo(at("2026-03-09T09:00"));
	}

	@Test
	void requestWithinTheDayIsDueLaterTheSameDay() {
		assertThat(WorkingCalendar.addWorkingHours(at("2026-03-10T09:15"), 3)).isEqualTo(at("2026-03-10T12:15"));
	}

	@Test
	void eightWorkingHoursFromTheStartOfTheDayEndAtTheEndOfThatDay() {
		assertThat(WorkingCalendar.addWorkingHours(at("2026-03-10T08:00"), 8)).isEqualTo(at("2026-03-10T16:00"));
	}

	@Test
	void fortyWorkingHoursAreOneWorkingWeek() {
		assertThat(WorkingCalendar.addWorkingHours(at("2026-03-10T10:00"), 40)).isEqualTo(at("2026-03-17T10:00"));
	}

	@ParameterizedTest(name = "{0}: filed {1} with {2} h is due {3}")
	@CsvSource(delimiter = ';', textBlock = """
			midsommarafton (fredag) och midsommardagen;   2026-06-18T15:00; 2; 2026-06-22T09:00
			julafton, juldagen och annandag jul;           2026-12-23T15:00; 2; 2026-12-28T09:00
			nyårsafton och nyårsdagen;                     2026-12-30T15:00; 2; 2027-01-04T09:00
			trettondedag jul (onsdag);                     2027-01-05T15:00; 2; 2027-01-07T09:00
			långfredag till annandag påsk;                 2026-04-02T15:00; 2; 2026-04-07T09:00
			Kristi himmelsfärdsdag (torsdag);              2026-05-13T15:00; 2; 2026-05-15T09:00
			nationaldagen på en fredag;                    2025-06-05T15:00; 2; 2025-06-09T09:00
			nationaldagen på en lördag påverkar inget;     2026-06-05T15:00; 2; 2026-06-08T09:00
			alla helgons dag är en lördag och påverkar inget; 2026-10-30T15:00; 2; 2026-11-02T09:00
			första maj (fredag);                           2026-04-30T15:00; 2; 2026-05-04T09:00
			annandag pingst är en vanlig arbetsdag;        2026-05-22T15:00; 2; 2026-05-25T09:00
			""")
	void holidaysAreSkipped(String holiday, String filed, int hours, String due) {
		assertThat(WorkingCalendar.addWorkingHours(at(filed), hours)).as(holiday).isEqualTo(at(due));
	}

	@ParameterizedTest(name = "{0} is not a working day")
	@CsvSource(textBlock = """
			2026-06-19, midsommarafton
			2026-12-24, julafton
			2026-12-25, juldagen
			2026-12-26, annandag jul
			2026-12-31, nyårsafton
			2027-01-01, nyårsdagen
			2027-01-06, trettondedag jul
			2026-04-03, långfredagen
			2026-04-06, annandag påsk
			2026-05-14, Kristi himmelsfärdsdag
			2025-06-06, nationaldagen
			2026-05-01, första maj
			2026-03-07, en lördag
			2026-03-08, en söndag
			""")
	void holidaysAndWeekendsAreNotWorkingDays(LocalDate date, String name) {
		assertThat(WorkingCalendar.isWorkingDay(date)).as(name).isFalse();
	}

	@ParameterizedTest(name = "{0} is a working day")
	@CsvSource(textBlock = """
			2026-12-23, dagen före julafton
			2026-12-28, måndagen efter jul
			2026-04-02, skärtorsdagen
			2026-04-30, valborgsmässoafton
			2026-05-25, annandag pingst
			2026-10-30, fredagen före alla helgons dag
			2027-01-05, trettondagsafton
			""")
	void ordinaryWeekdaysAroundHolidaysAreWorkingDays(LocalDate date, String name) {
		assertThat(WorkingCalendar.isWorkingDay(date)).as(name).isTrue();
	}

	@Test
	void requestBeforeEightStartsCountingAtEight() {
		assertThat(WorkingCalendar.addWorkingHours(at("2026-03-10T06:30"), 2)).isEqualTo(at("2026-03-10T10:00"));
	}

	@Test
	void requestAfterFourStartsCountingAtEightTheNextWorkingDay() {
		assertThat(WorkingCalendar.addWorkingHours(at("2026-03-10T17:30"), 2)).isEqualTo(at("2026-03-11T10:00"));
	}

	@Test
	void requestAtExactlyFourStartsCountingTheNextWorkingDay() {
		assertThat(WorkingCalendar.addWorkingHours(at("2026-03-10T16:00"), 1)).isEqualTo(at("2026-03-11T09:00"));
	}

	@Test
	void requestOnSaturdayStartsCountingOnMonday() {
		assertThat(WorkingCalendar.addWorkingHours(at("2026-03-07T11:00"), 2)).isEqualTo(at("2026-03-09T10:00"));
	}

	@Test
	void zeroHoursOutsideWorkingTimeIsTheNextWorkingMoment() {
		assertThat(WorkingCalendar.addWorkingHours(at("2026-03-07T11:00"), 0)).isEqualTo(at("2026-03-09T08:00"));
	}

	@Test
	void resultIsInStockholmTimeWhateverZoneTheStartIsIn() {
		// 14:00 UTC on a Friday in March is 15:00 in Stockholm: two working hours later
		// is
		// Monday 09:00 Stockholm time
		ZonedDateTime utc = ZonedDateTime.of(2026, 3, 6, 14, 0, 0, 0, ZoneOffset.UTC);

		ZonedDateTime due = WorkingCalendar.addWorkingHours(utc, 2);

		assertThat(due.getZone()).isEqualTo(WorkingCalendar.STOCKHOLM);
		assertThat(due).isEqualTo(at("2026-03-09T09:00"));
	}

	@Test
	void springDstChangeOnTheLastSundayOfMarchDoesNotShiftTheWorkingDay() {
		// 2026-03-29 is the last Sunday of March: clocks go from 02:00 to 03:00
		ZonedDateTime friday = at("2026-03-27T15:00");

		ZonedDateTime due = WorkingCalendar.addWorkingHours(friday, 2);

		assertThat(due.toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-03-30T09:00"));
		assertThat(friday.getOffset()).isEqualTo(ZoneOffset.ofHours(1));
		assertThat(due.getOffset()).isEqualTo(ZoneOffset.ofHours(2));
		assertThat(WorkingCalendar.workingMinutesBetween(friday, due)).isEqualTo(120);
		assertThat(WorkingCalendar.addWorkingHours(at("2026-03-30T08:00"), 8).toLocalDateTime())
			.isEqualTo(LocalDateTime.parse("2026-03-30T16:00"));
	}

	@Test
	void autumnDstChangeOnTheLastSundayOfOctoberDoesNotShiftTheWorkingDay() {
		// 2026-10-25 is the last Sunday of October: clocks go from 03:00 back to 02:00
		ZonedDateTime friday = at("2026-10-23T15:00");

		ZonedDateTime due = WorkingCalendar.addWorkingHours(friday, 2);

		assertThat(due.toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-10-26T09:00"));
		assertThat(friday.getOffset()).isEqualTo(ZoneOffset.ofHours(2));
		assertThat(due.getOffset()).isEqualTo(ZoneOffset.ofHours(1));
		assertThat(WorkingCalendar.workingMinutesBetween(friday, due)).isEqualTo(120);
	}

	@Test
	void aWeekAcrossTheDstChangeStillHasFortyWorkingHours() {
		assertThat(WorkingCalendar.workingMinutesBetween(at("2026-03-23T08:00"), at("2026-03-30T08:00")))
			.isEqualTo(40 * 60);
		assertThat(WorkingCalendar.workingMinutesBetween(at("2026-10-19T08:00"), at("2026-10-26T08:00")))
			.isEqualTo(40 * 60);
	}

	@Test
	void workingMinutesBetweenCountsOnlyWorkingTime() {
		assertThat(WorkingCalendar.workingMinutesBetween(at("2026-03-06T15:00"), at("2026-03-09T09:00")))
			.isEqualTo(120);
		assertThat(WorkingCalendar.workingMinutesBetween(at("2026-12-23T15:00"), at("2026-12-28T09:00")))
			.isEqualTo(120);
		assertThat(WorkingCalendar.workingMinutesBetween(at("2026-03-07T10:00"), at("2026-03-08T22:00")))
			.as("a whole weekend")
			.isZero();
		assertThat(WorkingCalendar.workingMinutesBetween(at("2026-03-10T06:00"), at("2026-03-10T07:30")))
			.as("before eight")
			.isZero();
	}

	@Test
	void workingMinutesBetweenIsZeroWhenEndIsNotAfterStart() {
		assertThat(WorkingCalendar.workingMinutesBetween(at("2026-03-10T12:00"), at("2026-03-10T12:00"))).isZero();
		assertThat(WorkingCalendar.workingMinutesBetween(at("2026-03-10T12:00"), at("2026-03-09T12:00"))).isZero();
	}

	@Test
	void workingMinutesBetweenAgreesWithAddWorkingHoursOverTwoYearsOfRandomMoments() {
		Random random = new Random(20260101);
		ZonedDateTime origin = at("2025-12-01T00:00");
		for (int i = 0; i < 5000; i++) {
			ZonedDateTime start = origin.plusMinutes(random.nextInt(2 * 365 * 24 * 60));
			int hours = random.nextInt(120);

			ZonedDateTime due = WorkingCalendar.addWorkingHours(start, hours);

			assertThat(WorkingCalendar.workingMinutesBetween(start, due)).as("%s + %d h = %s", start, hours, due)
				.isEqualTo(hours * 60L);
			assertThat(WorkingCalendar.isWorkingDay(due.toLocalDate())).as("due %s on a working day", due).isTrue();
			assertThat(due.toLocalTime()).as("due %s within working hours", due)
				.isBetween(WorkingCalendar.DAY_START, WorkingCalendar.DAY_END);
			assertThat(due).as("due %s not before %s", due, start).isAfterOrEqualTo(start.withSecond(0).withNano(0));
		}
	}

	@Test
	void everyWorkingDayIsAWeekday() {
		for (LocalDate day = LocalDate.of(2026, 1, 1); day.getYear() == 2026; day = day.plusDays(1)) {
			if (WorkingCalendar.isWorkingDay(day)) {
				assertThat(day.getDayOfWeek()).as(day.toString()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
			}
		}
	}

	@Test
	void year2026HasTheExpectedNumberOfWorkingDays() {
		// 261 weekdays, minus the weekday holidays and eves: 1 Jan, 6 Jan, långfredag,
		// annandag påsk, 1 maj, Kristi himmelsfärd, midsommarafton, julafton, juldagen,
		// nyårsafton (annandag jul and nationaldagen fall on a Saturday)
		int working = 0;
		for (LocalDate day = LocalDate.of(2026, 1, 1); day.getYear() == 2026; day = day.plusDays(1)) {
			if (WorkingCalendar.isWorkingDay(day)) {
				working++;
			}
		}

		assertThat(working).isEqualTo(251);
	}

}
