package se.helhet.routing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.helhet.organisation.AbsenceKind;
import se.helhet.organisation.AbsenceView;
import se.helhet.organisation.StaffView;
import se.helhet.organisation.StaffView.CompetenceLevel;
import se.helhet.requests.Requests.Handover;
import se.helhet.requests.Requests.OpenRequest;
import se.helhet.requests.Requests.RecentHandlersOfFunction;
import se.helhet.requests.WorkingCalendar;
import se.helhet.routing.internal.RoutingRules.Weights;

import static org.assertj.core.api.Assertions.assertThat;

class CoverPlanTests {

	static final UUID LABOUR_LAW = UUID.randomUUID();

	static final UUID FUNCTION = UUID.randomUUID();

	static final UUID SOCIAL = UUID.randomUUID();

	static final UUID SCHOOL = UUID.randomUUID();

	// Monday 7 December 2026, an ordinary working week
	static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

	final StaffView karin = person("Karin", "Ek", 3);

	final StaffView ingrid = person("Ingrid", "Lindgren", 3);

	final StaffView olle = person("Olle", "Berg", 1);

	final StaffView nils = person("Nils", "Holm", 0);

	final List<AbsenceView> absences = new ArrayList<>();

	static StaffView person(String first, String last, int level) {
		List<CompetenceLevel> competences = level == 0 ? List.of()
				: List.of(new CompetenceLevel(LABOUR_LAW, "Arbetsrätt", level));
		return new StaffView(UUID.randomUUID(), FUNCTION, first, last, first.toLowerCase() + "@sjovik.se", null,
				UUID.randomUUID(), "HR-konsult", false, BigDecimal.valueOf(32), first.toLowerCase(), false, competences,
				0);
	}

	AbsenceView away(StaffView who, AbsenceKind kind, LocalDate from, LocalDate to) {
		AbsenceView absence = new AbsenceView(UUID.randomUUID(), who.id(), FUNCTION, who.fullName(), kind, from, to,
				null, null, "hr-chef", OffsetDateTime.now(), 0);
		absences.add(absence);
		return absence;
	}

	static OpenRequest request(StaffView handler, LocalDate due, UUID forvaltning) {
		return new OpenRequest(UUID.randomUUID(), "HR 2026/" + (int) (Math.random() * 90000 + 10000), FUNCTION,
				UUID.randomUUID(), LABOUR_LAW, false, "bestallare", forvaltning, handler.id(),
				due.atTime(LocalTime.of(14, 0)).atZone(WorkingCalendar.STOCKHOLM).toOffsetDateTime());
	}

	CoverPlan.Facts facts(Map<UUID, Integer> open) {
		return new CoverPlan.Facts(List.of(karin, ingrid, olle, nils), Map.of(SOCIAL, karin.id()), absences, open,
				new RecentHandlersOfFunction(Map.of(), Map.of()), Weights.DEFAULTS, 2, "HR");
	}

	List<Handover> plan(AbsenceView absence, OpenRequest... requests) {
		return CoverPlan.plan(absence, List.of(requests), facts(Map.of()), TODAY);
	}

	@Test
	void aSickDayHandsOverWhatFallsDueThatDayAndWhatIsAlreadyOverdue() {
		AbsenceView sick = away(karin, AbsenceKind.SJUKDOM, TODAY, TODAY);
		OpenRequest dueToday = request(karin, TODAY, SOCIAL);
		OpenRequest overdue = request(karin, TODAY.minusDays(3), SOCIAL);
		OpenRequest dueNextWeek = request(karin, TODAY.plusDays(7), SOCIAL);

		List<Handover> plan = plan(sick, dueToday, overdue, dueNextWeek);

		assertThat(plan).extracting(Handover::requestId).containsExactlyInAnyOrder(dueToday.id(), overdue.id());
		assertThat(plan).allSatisfy(h -> {
			assertThat(h.fromStaffId()).isEqualTo(karin.id());
			assertThat(h.toStaffId()).isNotEqualTo(karin.id()).isNotNull();
		});
	}

	@Test
	void aHolidayRegisteredAheadMovesOnlyWhatFallsDueDuringIt() {
		AbsenceView holiday = away(karin, AbsenceKind.SEMESTER, TODAY.plusDays(14), TODAY.plusDays(18));
		OpenRequest dueBefore = request(karin, TODAY.plusDays(4), SOCIAL);
		OpenRequest overdue = request(karin, TODAY.minusDays(1), SOCIAL);
		OpenRequest dueDuring = request(karin, TODAY.plusDays(15), SOCIAL);

		assertThat(plan(holiday, dueBefore, overdue, dueDuring)).extracting(Handover::requestId)
			.containsExactly(dueDuring.id());
	}

	@Test
	void aPartDayAbsenceMovesNothing() {
		AbsenceView partDay = new AbsenceView(UUID.randomUUID(), karin.id(), FUNCTION, karin.fullName(),
				AbsenceKind.FORALDRALEDIGHET, TODAY, TODAY.plusDays(30), 20, null, "hr-chef", OffsetDateTime.now(), 0);

		assertThat(plan(partDay, request(karin, TODAY, SOCIAL))).isEmpty();
	}

	@Test
	void anAbsenceThatIsOverMovesNothing() {
		AbsenceView past = away(karin, AbsenceKind.SJUKDOM, TODAY.minusDays(5), TODAY.minusDays(1));

		assertThat(plan(past, request(karin, TODAY.minusDays(2), SOCIAL))).isEmpty();
	}

	@Test
	void onlyTheAbsentPersonsRequestsMove() {
		AbsenceView sick = away(karin, AbsenceKind.SJUKDOM, TODAY, TODAY);

		assertThat(plan(sick, request(ingrid, TODAY, SOCIAL))).isEmpty();
	}

	@Test
	void aRequestNeverLandsOnAColleagueWhoIsAlsoAway() {
		away(ingrid, AbsenceKind.VAB, TODAY, TODAY.plusDays(1));
		AbsenceView sick = away(karin, AbsenceKind.SJUKDOM, TODAY, TODAY.plusDays(4));

		List<Handover> plan = plan(sick, request(karin, TODAY.plusDays(1), SOCIAL),
				request(karin, TODAY.plusDays(2), SCHOOL));

		assertThat(plan).hasSize(2).allSatisfy(h -> assertThat(h.toStaffId()).isEqualTo(olle.id()));
	}

	@Test
	void withNobodyQualifiedAtWorkTheRequestGoesToTheQueue() {
		away(ingrid, AbsenceKind.SEMESTER, TODAY, TODAY.plusDays(10));
		away(olle, AbsenceKind.UTBILDNING, TODAY, TODAY);
		AbsenceView sick = away(karin, AbsenceKind.SJUKDOM, TODAY, TODAY);

		List<Handover> plan = plan(sick, request(karin, TODAY, SOCIAL));

		assertThat(plan).singleElement().satisfies(h -> {
			assertThat(h.toStaffId()).isNull();
			assertThat(h.reason()).contains("ingen kvalificerad kollega är tillgänglig");
		});
	}

	@Test
	void eachHandoverCountsInTheNextOnesLoad() {
		StaffView anna = person("Anna", "Sjö", 3);
		AbsenceView sick = away(karin, AbsenceKind.SJUKDOM, TODAY, TODAY);
		List<OpenRequest> due = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			due.add(request(karin, TODAY, SCHOOL));
		}
		CoverPlan.Facts facts = new CoverPlan.Facts(List.of(karin, ingrid, anna), Map.of(), absences, Map.of(),
				new RecentHandlersOfFunction(Map.of(), Map.of()), Weights.DEFAULTS, 2, "HR");

		List<Handover> plan = CoverPlan.plan(sick, due, facts, TODAY);

		assertThat(plan.stream().filter(h -> h.toStaffId().equals(ingrid.id()))).hasSize(3);
		assertThat(plan.stream().filter(h -> h.toStaffId().equals(anna.id()))).hasSize(3);
	}

	@Test
	void theNotesTellWhoHelpsNowButNeverWhyTheColleagueIsAway() {
		AbsenceView sick = away(karin, AbsenceKind.SJUKDOM, TODAY, TODAY);

		Handover handover = plan(sick, request(karin, TODAY, SOCIAL)).get(0);

		assertThat(handover.handlerNote()).startsWith("Överlämnat från Karin Ek (frånvarande 7 december)")
			.doesNotContainIgnoringCase("sjuk");
		assertThat(handover.requesterMessage()).startsWith("Karin Ek är inte i tjänst just nu. ")
			.contains(" hjälper dig med ärendet")
			.doesNotContainIgnoringCase("sjuk");
		assertThat(handover.reason()).startsWith("Täcker för Karin Ek (borta t.o.m. 7 december): ")
			.contains("beläggning");
	}

	@Test
	void theNoteSaysWhenARequestHandedOverIsAlreadyLate() {
		AbsenceView sick = away(karin, AbsenceKind.SJUKDOM, TODAY, TODAY);

		assertThat(plan(sick, request(karin, TODAY.minusDays(4), SOCIAL)).get(0).handlerNote())
			.contains("Försenat: förföll 3 december.");
	}

	@Test
	void aHolidayIsNamedInTheHandlersNote() {
		AbsenceView holiday = away(karin, AbsenceKind.SEMESTER, TODAY, TODAY.plusDays(4));

		assertThat(plan(holiday, request(karin, TODAY.plusDays(2), SOCIAL)).get(0).handlerNote())
			.contains("(semester 7–11 december)");
	}

	@Test
	void theFörvaltningsContactIsPreferredAsCover() {
		StaffView absent = person("Sara", "Lund", 3);
		AbsenceView sick = away(absent, AbsenceKind.SJUKDOM, TODAY, TODAY);
		CoverPlan.Facts facts = new CoverPlan.Facts(List.of(absent, karin, ingrid, olle), Map.of(SOCIAL, karin.id()),
				absences, Map.of(), new RecentHandlersOfFunction(Map.of(), Map.of()), Weights.DEFAULTS, 2, "HR");

		List<Handover> plan = CoverPlan.plan(sick, List.of(request(absent, TODAY, SOCIAL)), facts, TODAY);

		assertThat(plan).singleElement().satisfies(h -> {
			assertThat(h.toStaffId()).isEqualTo(karin.id());
			assertThat(h.reason()).contains("förvaltningens HR-kontakt");
		});
	}

	@Test
	void continuityCountsWhenChoosingTheCover() {
		StaffView absent = person("Sara", "Lund", 3);
		AbsenceView sick = away(absent, AbsenceKind.SJUKDOM, TODAY, TODAY);
		CoverPlan.Facts facts = new CoverPlan.Facts(List.of(absent, ingrid, olle), Map.of(), absences, Map.of(),
				new RecentHandlersOfFunction(Map.of("bestallare", Set.of(olle.id())), Map.of()),
				new Weights(0, 0, 0, 100, 0, 110), 2, "HR");

		List<Handover> plan = CoverPlan.plan(sick, List.of(request(absent, TODAY, SCHOOL)), facts, TODAY);

		assertThat(plan).singleElement().extracting(Handover::toStaffId).isEqualTo(olle.id());
	}

}
