package se.helhet.routing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.helhet.organisation.AbsenceKind;
import se.helhet.organisation.AbsenceView;
import se.helhet.organisation.StaffView;
import se.helhet.organisation.StaffView.CompetenceLevel;
import se.helhet.platform.Text;
import se.helhet.routing.internal.CoverageForecast.Cell;
import se.helhet.routing.internal.CoverageForecast.Competence;
import se.helhet.routing.internal.CoverageForecast.Dependency;
import se.helhet.routing.internal.CoverageForecast.Forecast;
import se.helhet.routing.internal.CoverageForecast.Kind;
import se.helhet.routing.internal.CoverageForecast.Row;
import se.helhet.routing.internal.CoverageForecast.ServiceNeed;
import se.helhet.routing.internal.CoverageForecast.Suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CoverageForecastTests {

	static final UUID FUNCTION = UUID.randomUUID();

	static final UUID LAWYER = UUID.randomUUID();

	static final UUID CONSULTANT = UUID.randomUUID();

	static final Competence LABOUR_LAW = new Competence(UUID.randomUUID(), "Arbetsrätt");

	static final Competence NEGOTIATION = new Competence(UUID.randomUUID(), "Förhandling och samverkan");

	static final Competence RECRUITMENT = new Competence(UUID.randomUUID(), "Rekrytering");

	static final Competence TRANSITION = new Competence(UUID.randomUUID(), "Omställning");

	static final List<Competence> COMPETENCES = List.of(LABOUR_LAW, NEGOTIATION, RECRUITMENT, TRANSITION);

	/** Monday of week 27 of 2027: an ordinary week of five working days. */
	static final LocalDate WEEK_27 = LocalDate.of(2027, 7, 5);

	/** Monday of week 25 of 2027: midsommarafton on Friday 25 June, four working days. */
	static final LocalDate MIDSUMMER_WEEK = LocalDate.of(2027, 6, 21);

	final StaffView karin = person("Karin", "Ek", LAWYER, level(LABOUR_LAW, 3), level(NEGOTIATION, 2));

	final StaffView ali = person("Ali", "Hassan", LAWYER, level(LABOUR_LAW, 2), level(NEGOTIATION, 2));

	final StaffView olle = person("Olle", "Berg", CONSULTANT, level(RECRUITMENT, 2), level(NEGOTIATION, 1));

	final StaffView stina = person("Stina", "Ahl", CONSULTANT, level(RECRUITMENT, 2));

	final StaffView therese = person("Therese", "Karimi", CONSULTANT, level(TRANSITION, 3), level(RECRUITMENT, 2),
			level(NEGOTIATION, 1));

	final StaffView lead = lead("Tuva", "Ekström", level(LABOUR_LAW, 2), level(TRANSITION, 3));

	@Test
	void aPersonOnHolidayTheWholeWeekIsNotAvailable() {
		Forecast forecast = forecast(List.of(karin, ali), List.of(away(karin, WEEK_27, WEEK_27.plusDays(4))), WEEK_27,
				2);

		assertThat(counts(forecast, LABOUR_LAW)).containsExactly(1, 2);
	}

	@Test
	void presentAtLeastHalfOfTheWorkingDaysCountsAsAvailable() {
		List<AbsenceView> absences = List.of(away(karin, WEEK_27, WEEK_27.plusDays(1)),
				away(ali, WEEK_27, WEEK_27.plusDays(2)));

		Forecast forecast = forecast(List.of(karin, ali), absences, WEEK_27, 1);

		// Karin is there three days of five, Ali two of five
		assertThat(counts(forecast, LABOUR_LAW)).containsExactly(1);
	}

	@Test
	void aPartDayAbsenceTakesItsShareOfEachDay() {
		List<AbsenceView> absences = List.of(away(karin, WEEK_27, WEEK_27.plusDays(4), 20),
				away(ali, WEEK_27, WEEK_27.plusDays(4), 60));

		Forecast forecast = forecast(List.of(karin, ali), absences, WEEK_27, 1);

		// Karin is there 4 days' worth of 5, Ali 2 of 5
		assertThat(counts(forecast, LABOUR_LAW)).containsExactly(1);
	}

	@Test
	void theMidsummerWeekHasFourWorkingDaysAndHalfOfThemAreEnough() {
		// Monday and Tuesday away and half of Wednesday: 1.5 of 4 working days present
		// (counted against five days it would have been 2.5 of 5, half)
		List<AbsenceView> absences = new ArrayList<>(List.of(away(karin, MIDSUMMER_WEEK, MIDSUMMER_WEEK.plusDays(1)),
				away(karin, MIDSUMMER_WEEK.plusDays(2), MIDSUMMER_WEEK.plusDays(2), 50)));
		// away Thursday and midsommarafton: only Thursday is a working day lost
		absences.add(away(ali, MIDSUMMER_WEEK.plusDays(3), MIDSUMMER_WEEK.plusDays(4)));

		Forecast forecast = forecast(List.of(karin, ali), absences, MIDSUMMER_WEEK, 2);

		assertThat(forecast.weeks().getFirst().workingDays()).isEqualTo(4);
		assertThat(forecast.weeks().getFirst().holidayWeek()).isTrue();
		assertThat(forecast.weeks().get(1).workingDays()).isEqualTo(5);
		assertThat(counts(forecast, LABOUR_LAW)).containsExactly(1, 2);
	}

	@Test
	void fewerThanTwoAvailableIsVulnerableAndOneIsASinglePersonWeek() {
		List<AbsenceView> absences = List.of(away(karin, WEEK_27, WEEK_27.plusDays(4)),
				away(karin, WEEK_27.plusWeeks(1), WEEK_27.plusWeeks(1).plusDays(4)),
				away(ali, WEEK_27.plusWeeks(1), WEEK_27.plusWeeks(1).plusDays(4)));

		Forecast forecast = forecast(List.of(karin, ali), absences, WEEK_27, 3);

		Row labourLaw = row(forecast.competences(), LABOUR_LAW.id());
		assertThat(labourLaw.cells()).extracting(Cell::available).containsExactly(1, 0, 2);
		assertThat(labourLaw.vulnerableWeeks()).containsExactly(0, 1);
		assertThat(labourLaw.cells()).extracting(Cell::singlePerson).containsExactly(true, false, false);
		assertThat(labourLaw.cells()).extracting(Cell::gap).containsExactly(false, true, false);
		assertThat(forecast.vulnerableCompetences()).extracting(Row::id)
			.containsExactly(LABOUR_LAW.id(), NEGOTIATION.id(), RECRUITMENT.id(), TRANSITION.id());
	}

	@Test
	void theExpertsAreCountedAmongTheAvailable() {
		Forecast forecast = forecast(List.of(karin, ali), List.of(), WEEK_27, 1);

		assertThat(row(forecast.competences(), LABOUR_LAW.id()).cells()).containsExactly(new Cell(2, 1));
	}

	@Test
	void theLeadIsNotCountedOnToCover() {
		Forecast forecast = forecast(List.of(lead, karin, therese), List.of(), WEEK_27, 1);

		assertThat(counts(forecast, LABOUR_LAW)).containsExactly(1);
		assertThat(row(forecast.competences(), TRANSITION.id()).qualified()).isEqualTo(1);
	}

	@Test
	void aServiceNeedsItsCompetenceAndOneWithoutIsCoveredByEveryone() {
		ServiceNeed advice = new ServiceNeed(UUID.randomUUID(), new Text("Arbetsrättslig rådgivning", null),
				LABOUR_LAW.id());
		ServiceNeed question = new ServiceNeed(UUID.randomUUID(), new Text("Allmän HR-fråga", null), null);

		Forecast forecast = CoverageForecast.forecast(List.of(lead, karin, ali, olle), COMPETENCES,
				List.of(advice, question), List.of(away(olle, WEEK_27, WEEK_27.plusDays(4))), WEEK_27, 2);

		assertThat(row(forecast.services(), advice.id()).cells()).extracting(Cell::available).containsExactly(2, 2);
		assertThat(row(forecast.services(), question.id()).cells()).extracting(Cell::available).containsExactly(2, 3);
		assertThat(row(forecast.services(), question.id()).qualified()).isEqualTo(3);
	}

	@Test
	void aCompetenceOnlyOnePersonHasIsASinglePersonDependencyAndSoAreItsServices() {
		ServiceNeed transition = new ServiceNeed(UUID.randomUUID(), new Text("Omställning och övertalighet", null),
				TRANSITION.id());

		Forecast forecast = CoverageForecast.forecast(List.of(lead, karin, ali, olle, stina, therese), COMPETENCES,
				List.of(transition), List.of(), WEEK_27, 1);

		assertThat(forecast.dependencies()).extracting(Dependency::kind, Dependency::id, d -> d.onlyPerson().id())
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.COMPETENCE, TRANSITION.id(), therese.id()),
					org.assertj.core.groups.Tuple.tuple(Kind.SERVICE, transition.id(), therese.id()));
		assertThat(forecast.dependencies().getFirst().level()).isEqualTo(3);
	}

	@Test
	void whomToTrainIsTheColleagueWhoSharesMostOfTheOnePersonsOtherCompetences() {
		// Therese alone has Omställning; besides it she has Rekrytering 2 and Förhandling
		// 1:
		// Olle shares both (2 + 1), Stina only Rekrytering (2), Karin and Ali Förhandling
		// (1)
		Forecast forecast = forecast(List.of(karin, ali, olle, stina, therese), List.of(), WEEK_27, 1);

		Dependency transition = forecast.dependencies().getFirst();
		assertThat(transition.suggestions()).extracting(s -> s.staff().fullName())
			.containsExactly("Olle Berg", "Stina Ahl");
		assertThat(transition.suggestions()).extracting(Suggestion::level).containsExactly(0, 0);
		assertThat(transition.suggestions().getFirst().shared()).containsExactly("Rekrytering",
				"Förhandling och samverkan");
	}

	@Test
	void whenNobodySharesAnythingTheSameProfessionIsSuggestedFirst() {
		StaffView payroll = person("Lena", "Öst", UUID.randomUUID(),
				level(new Competence(UUID.randomUUID(), "Lön"), 3));
		Competence pay = new Competence(payroll.competences().getFirst().competenceId(), "Lön");
		StaffView colleague = person("Berit", "Ås", payroll.professionId());

		Forecast forecast = CoverageForecast.forecast(List.of(karin, colleague, payroll), List.of(pay), List.of(),
				List.of(), WEEK_27, 1);

		assertThat(forecast.dependencies().getFirst().suggestions()).extracting(s -> s.staff().fullName())
			.containsExactly("Berit Ås", "Karin Ek");
	}

	@Test
	void aCompetenceWithOnlyOneExpertSuggestsTheHolderWithTheClosestLevel() {
		StaffView junior = person("Nils", "Ny", LAWYER, level(LABOUR_LAW, 1));

		Forecast forecast = forecast(List.of(karin, junior, ali, olle), List.of(), WEEK_27, 1);

		assertThat(forecast.singleExperts()).extracting(Dependency::id).containsExactly(LABOUR_LAW.id());
		Dependency labourLaw = forecast.singleExperts().getFirst();
		assertThat(labourLaw.onlyPerson()).isEqualTo(karin);
		assertThat(labourLaw.suggestions()).extracting(s -> s.staff().fullName(), Suggestion::level)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Ali Hassan", 2),
					org.assertj.core.groups.Tuple.tuple("Nils Ny", 1));
		assertThat(forecast.dependencies()).extracting(Dependency::id).doesNotContain(LABOUR_LAW.id());
	}

	@Test
	void theWeeksAreIsoWeeksFromTheMondayOfTheStartDay() {
		Forecast forecast = forecast(List.of(karin), List.of(), WEEK_27.plusDays(2), 2);

		assertThat(forecast.from()).isEqualTo(WEEK_27);
		assertThat(forecast.to()).isEqualTo(WEEK_27.plusDays(13));
		assertThat(forecast.weeks()).extracting(CoverageForecast.Week::iso).containsExactly("2027-W27", "2027-W28");
	}

	@Test
	void aForecastHasAtLeastOneWeek() {
		assertThatIllegalArgumentException().isThrownBy(() -> forecast(List.of(karin), List.of(), WEEK_27, 0));
	}

	static Forecast forecast(List<StaffView> staff, List<AbsenceView> absences, LocalDate start, int weeks) {
		return CoverageForecast.forecast(staff, COMPETENCES, List.of(), absences, start, weeks);
	}

	static List<Integer> counts(Forecast forecast, Competence competence) {
		return row(forecast.competences(), competence.id()).cells().stream().map(Cell::available).toList();
	}

	static Row row(List<Row> rows, UUID id) {
		return rows.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
	}

	static CompetenceLevel level(Competence competence, int level) {
		return new CompetenceLevel(competence.id(), competence.name(), level);
	}

	static StaffView person(String first, String last, UUID profession, CompetenceLevel... competences) {
		return staff(first, last, profession, false, competences);
	}

	static StaffView lead(String first, String last, CompetenceLevel... competences) {
		return staff(first, last, UUID.randomUUID(), true, competences);
	}

	static StaffView staff(String first, String last, UUID profession, boolean lead, CompetenceLevel... competences) {
		return new StaffView(UUID.randomUUID(), FUNCTION, first, last, first.toLowerCase() + "@sjovik.se", null,
				profession, lead ? "HR-chef" : "HR-konsult", !lead, BigDecimal.valueOf(40), first.toLowerCase(), lead,
				List.of(competences), 0);
	}

	static AbsenceView away(StaffView person, LocalDate from, LocalDate to) {
		return away(person, from, to, null);
	}

	static AbsenceView away(StaffView person, LocalDate from, LocalDate to, Integer partDayPercent) {
		return new AbsenceView(UUID.randomUUID(), person.id(), FUNCTION, person.fullName(), AbsenceKind.SEMESTER, from,
				to, partDayPercent, null, "test", null, 0);
	}

}
