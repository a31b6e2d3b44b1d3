package se.helhet.organisation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.helhet.organisation.AbsenceImportException;
import se.helhet.organisation.AbsenceKind;
import se.helhet.organisation.AbsenceView;
import se.helhet.organisation.Organisation.SaveAbsence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import se.helhet.platform.SwedishWorkingDays;

/**
 * The absence rules and the capacity they leave, without Spring or a database. The
 * fixture is Karin, an HR-konsult at 40 hours a week, in spring and summer 2026.
 */
class AbsenceRulesTests {

	private static final UUID KARIN = UUID.randomUUID();

	private static final BigDecimal FORTY = new BigDecimal("40");

	/** Monday 9 March 2026: an ordinary week of five working days. */
	private static final LocalDate ORDINARY_MONDAY = LocalDate.of(2026, 3, 9);

	/** Monday 11 May 2026: Kristi himmelfärdsdag falls on Thursday 14 May. */
	private static final LocalDate ASCENSION_MONDAY = LocalDate.of(2026, 5, 11);

	@Test
	void aWholeDayAbsenceIsValid() {
		assertThat(AbsenceRules.check(null, absence(AbsenceKind.SEMESTER, "2026-07-06", "2026-07-24", null), List.of()))
			.isEmpty();
	}

	@Test
	void lastDayBeforeFirstDayIsRefusedWithWhatToDo() {
		Map<String, String> errors = AbsenceRules.check(null,
				absence(AbsenceKind.SJUKDOM, "2026-03-10", "2026-03-09", null), List.of());

		assertThat(errors).containsOnlyKeys("to");
		assertThat(errors.get("to")).contains("före första dagen");
	}

	@Test
	void aOneDayAbsenceMayEndOnItsFirstDay() {
		assertThat(AbsenceRules.check(null, absence(AbsenceKind.VAB, "2026-03-10", "2026-03-10", null), List.of()))
			.isEmpty();
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 100, -5, 150 })
	void partDayPercentOutside1To99IsRefused(int percent) {
		assertThat(AbsenceRules.check(null, absence(AbsenceKind.UTBILDNING, "2026-03-10", "2026-03-10", percent),
				List.of()))
			.containsOnlyKeys("partDayPercent");
	}

	@Test
	void halfDaysAreValid() {
		assertThat(AbsenceRules.check(null, absence(AbsenceKind.TJANSTLEDIGHET, "2026-03-09", "2026-03-13", 50),
				List.of()))
			.isEmpty();
	}

	@Test
	void anAbsenceOfMoreThanTwoYearsIsRefused() {
		assertThat(AbsenceRules.check(null, absence(AbsenceKind.FORALDRALEDIGHET, "2026-01-01", "2028-01-01", null),
				List.of()))
			.containsOnlyKeys("to");
		assertThat(AbsenceRules.check(null, absence(AbsenceKind.FORALDRALEDIGHET, "2026-01-01", "2027-12-31", null),
				List.of()))
			.isEmpty();
	}

	@Test
	void missingKindAndDatesAreEachNamed() {
		Map<String, String> errors = AbsenceRules.check(null,
				new SaveAbsence(KARIN, null, null, null, null, null, null), List.of());

		assertThat(errors).containsOnlyKeys("kind", "from", "to");
		assertThat(errors.get("kind")).contains("semester", "föräldraledighet");
	}

	@Test
	void anOverlappingAbsenceOfTheSamePersonIsRefusedInSwedish() {
		AbsenceView holiday = saved(AbsenceKind.SEMESTER, "2026-07-06", "2026-07-24", null);

		Map<String, String> errors = AbsenceRules.check(null,
				absence(AbsenceKind.UTBILDNING, "2026-07-24", "2026-07-28", null), List.of(holiday));

		assertThat(errors).containsOnlyKeys("from");
		assertThat(errors.get("from")).contains("Karin Ek har redan semester 2026-07-06–2026-07-24", "överlappar");
	}

	@Test
	void adjacentAbsencesDoNotOverlap() {
		AbsenceView holiday = saved(AbsenceKind.SEMESTER, "2026-07-06", "2026-07-24", null);

		assertThat(AbsenceRules.check(null, absence(AbsenceKind.UTBILDNING, "2026-07-25", "2026-07-28", null),
				List.of(holiday)))
			.isEmpty();
	}

	@Test
	void changingAnAbsenceDoesNotOverlapWithItself() {
		AbsenceView holiday = saved(AbsenceKind.SEMESTER, "2026-07-06", "2026-07-24", null);

		assertThat(AbsenceRules.check(holiday.id(), absence(AbsenceKind.SEMESTER, "2026-07-06", "2026-07-31", null),
				List.of(holiday)))
			.isEmpty();
	}

	@Test
	void fullCapacityInAWeekWithoutAbsence() {
		assertThat(AbsenceRules.availableHours(FORTY, ORDINARY_MONDAY, List.of())).isEqualByComparingTo("40");
	}

	@Test
	void twoDaysAwayOfFiveLeaveThreeFifths() {
		AbsenceView sick = saved(AbsenceKind.SJUKDOM, "2026-03-09", "2026-03-10", null);

		assertThat(AbsenceRules.availableHours(FORTY, ORDINARY_MONDAY.plusDays(3), List.of(sick)))
			.isEqualByComparingTo("24");
	}

	@Test
	void aHalfDayTakesHalfADay() {
		AbsenceView course = saved(AbsenceKind.UTBILDNING, "2026-03-11", "2026-03-11", 50);

		assertThat(AbsenceRules.availableHours(FORTY, ORDINARY_MONDAY, List.of(course))).isEqualByComparingTo("36");
	}

	@Test
	void aPublicHolidayIsNotAWorkingDaySoOneDayAwayLeavesThreeQuarters() {
		assertThat(SwedishWorkingDays.isWorkingDay(LocalDate.of(2026, 5, 14))).as("Kristi himmelfärdsdag").isFalse();
		AbsenceView vab = saved(AbsenceKind.VAB, "2026-05-11", "2026-05-11", null);

		assertThat(AbsenceRules.availableHours(FORTY, ASCENSION_MONDAY, List.of(vab))).isEqualByComparingTo("30");
	}

	@Test
	void aWholeWeekAwayLeavesNothing() {
		AbsenceView holiday = saved(AbsenceKind.SEMESTER, "2026-03-07", "2026-03-15", null);

		assertThat(AbsenceRules.availableHours(FORTY, ORDINARY_MONDAY, List.of(holiday))).isEqualByComparingTo("0");
	}

	@Test
	void kindsAreReadFromApiValuesAndSwedishWords() {
		assertThat(AbsenceKind.parse("SEMESTER")).contains(AbsenceKind.SEMESTER);
		assertThat(AbsenceKind.parse("Tjänstledighet")).contains(AbsenceKind.TJANSTLEDIGHET);
		assertThat(AbsenceKind.parse("foraldraledighet")).contains(AbsenceKind.FORALDRALEDIGHET);
		assertThat(AbsenceKind.parse(" vab ")).contains(AbsenceKind.VAB);
		assertThat(AbsenceKind.parse("ledig")).isEmpty();
	}

	@Test
	void csvWithSemicolonsAndSwedishHeadingsIsRead() {
		List<AbsenceCsv.Row> rows = AbsenceCsv.read(
				"Anställd;Typ;Från;Till;Andel\nkarin.ek;semester;2026-07-06;2026-07-24;\nola.berg@sjovik.se;VAB;2026-03-10;2026-03-10;50\n");

		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).number()).isEqualTo(2);
		assertThat(rows.get(0).kind()).isEqualTo(AbsenceKind.SEMESTER);
		assertThat(rows.get(0).partDayPercent()).isNull();
		assertThat(rows.get(1).partDayPercent()).isEqualTo(50);
		assertThat(rows).allSatisfy(row -> assertThat(row.errors()).isEmpty());
	}

	@Test
	void csvWithCommasIsRead() {
		List<AbsenceCsv.Row> rows = AbsenceCsv.read("anstalld,typ,fran,till\nkarin.ek,SJUKDOM,2026-03-10,2026-03-11\n");

		assertThat(rows).singleElement().satisfies(row -> assertThat(row.kind()).isEqualTo(AbsenceKind.SJUKDOM));
	}

	@Test
	void csvFormatErrorsAreCollectedPerRowWithTheRowNumber() {
		List<AbsenceCsv.Row> rows = AbsenceCsv
			.read("anstalld;typ;fran;till;andel\nkarin.ek;ledig;2026-07-06;24/7;halv\n");

		assertThat(rows.getFirst().errors()).extracting(AbsenceImportException.RowError::row).containsOnly(2);
		assertThat(rows.getFirst().errors()).extracting(AbsenceImportException.RowError::column)
			.containsExactly("typ", "till", "andel");
	}

	@Test
	void csvWithoutTheHeaderLineIsRefusedAsAWhole() {
		assertThatThrownBy(() -> AbsenceCsv.read("karin.ek;SEMESTER;2026-07-06;2026-07-24\n"))
			.isInstanceOfSatisfying(AbsenceImportException.class, ex -> assertThat(ex.rows()).singleElement()
				.satisfies(
						error -> assertThat(error.message()).contains("Rubrikraden saknar", "anstalld;typ;fran;till")));
	}

	private static SaveAbsence absence(AbsenceKind kind, String from, String to, Integer percent) {
		return new SaveAbsence(KARIN, kind, LocalDate.parse(from), LocalDate.parse(to), percent, null, null);
	}

	private static AbsenceView saved(AbsenceKind kind, String from, String to, Integer percent) {
		return new AbsenceView(UUID.randomUUID(), KARIN, UUID.randomUUID(), "Karin Ek", kind, LocalDate.parse(from),
				LocalDate.parse(to), percent, null, "karin.ek", null, 0);
	}

}
