package se.helhet.routing.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.score.stream.test.ConstraintVerifier;
import se.helhet.routing.internal.RoutingRules.Weights;

/**
 * One test per rule of rebalancing: what it counts against a proposal and what it leaves
 * alone. The figures follow from {@link RebalanceSettings} at the default weights and 2
 * hours a request: a move costs 450.
 */
class RebalanceConstraintsTests {

	static final UUID LABOUR_LAW = UUID.randomUUID();

	static final UUID FORVALTNING = UUID.randomUUID();

	static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

	static final RebalanceSettings SETTINGS = RebalanceSettings.of(Weights.DEFAULTS, 2);

	final ConstraintVerifier<RebalanceConstraints, RebalanceProblem> verifier = ConstraintVerifier
		.build(new RebalanceConstraints(), RebalanceProblem.class, RebalanceAssignment.class);

	final RebalanceStaff karin = staff("Karin Ek", 40, 3, false);

	final RebalanceStaff per = staff("Per Olsson", 40, 2, false);

	final RebalanceStaff olle = staff("Olle Berg", 40, 0, false);

	final RebalanceStaff chef = staff("Anna Chef", 40, 3, true);

	static RebalanceStaff staff(String name, double capacity, int level, boolean lead, LocalDate... away) {
		return new RebalanceStaff(UUID.randomUUID(), name, capacity, level == 0 ? Map.of() : Map.of(LABOUR_LAW, level),
				lead, new TreeSet<>(Set.of(away)), TODAY, SETTINGS);
	}

	static RebalanceAssignment request(RebalanceStaff now, RebalanceStaff proposed) {
		return request(now, proposed, null, TODAY.plusDays(10), Set.of(), Set.of());
	}

	static RebalanceAssignment request(RebalanceStaff now, RebalanceStaff proposed, RebalanceStaff contact,
			LocalDate due, Set<UUID> requesterHandlers, Set<UUID> forvaltningHandlers) {
		OffsetDateTime dueAt = due.atTime(16, 0).atOffset(ZoneOffset.ofHours(1));
		return new RebalanceAssignment(UUID.randomUUID(), "HR 2026/" + (int) (Math.random() * 99999), LABOUR_LAW, false,
				FORVALTNING, dueAt, due, !due.isAfter(TODAY.plusDays(1)), now == null ? null : now.getId(),
				contact == null ? null : contact.getId(), requesterHandlers, forvaltningHandlers, SETTINGS, proposed);
	}

	static RebalanceAssignment[] requests(int count, RebalanceStaff handler) {
		RebalanceAssignment[] all = new RebalanceAssignment[count];
		for (int i = 0; i < count; i++) {
			all[i] = request(handler, handler);
		}
		return all;
	}

	@Test
	void aRequestWithSomeoneWithoutTheCompetenceBreaksAHardRule() {
		verifier.verifyThat(RebalanceConstraints::qualified).given(request(karin, olle)).penalizesBy(1);
		verifier.verifyThat(RebalanceConstraints::qualified).given(request(karin, per)).hasNoImpact();
	}

	@Test
	void theHardRuleOfCompetenceExplainsItselfToTheHandler() {
		RebalanceAssignment a = request(karin, olle);
		verifier.verifyThat(RebalanceConstraints::qualified)
			.given(a)
			.justifiesWith(new RebalanceJustification("Olle Berg saknar kompetensen som " + a.number() + " kräver"))
			.penalizesBy(1);
	}

	@Test
	void aRequestWithSomeoneAwayTodayBreaksAHardRule() {
		RebalanceStaff away = staff("Sara Lind", 40, 3, false, TODAY);
		verifier.verifyThat(RebalanceConstraints::present).given(request(karin, away)).penalizesBy(1);
		RebalanceStaff awayTomorrow = staff("Sara Lind", 40, 3, false, TODAY.plusDays(1));
		verifier.verifyThat(RebalanceConstraints::present).given(request(karin, awayTomorrow)).hasNoImpact();
	}

	@Test
	void eachRequestAboveThePersonsCeilingCostsOneMedium() {
		// 40 h × 110 % / 2 h = 22 requests fit under the ceiling
		verifier.verifyThat(RebalanceConstraints::ceiling).given((Object[]) requests(22, karin)).hasNoImpact();
		verifier.verifyThat(RebalanceConstraints::ceiling).given((Object[]) requests(25, karin)).penalizesBy(3);
	}

	@Test
	void aRequestLeftInTheQueueCostsTwoMedium() {
		verifier.verifyThat(RebalanceConstraints::inQueue).given(request(null, null)).penalizesBy(2);
		verifier.verifyThat(RebalanceConstraints::inQueue).given(request(null, karin)).hasNoImpact();
	}

	@Test
	void eachMoveFromAHandlerCostsAMoveButAssigningFromTheQueueDoesNot() {
		verifier.verifyThat(RebalanceConstraints::fewMoves).given(request(karin, per)).penalizesBy(450);
		verifier.verifyThat(RebalanceConstraints::fewMoves).given(request(karin, karin)).hasNoImpact();
		verifier.verifyThat(RebalanceConstraints::fewMoves).given(request(null, per)).hasNoImpact();
	}

	@Test
	void evenLoadCostsLessThanUnevenLoadForTheSameRequests() {
		// 4 requests of 2 h at 40 h: 200 ‰ → 30 × 200² / 1000 = 1200; 2 and 2: 2 × 300
		verifier.verifyThat(RebalanceConstraints::evenLoad).given((Object[]) requests(4, karin)).penalizesBy(1200);
		RebalanceAssignment[] split = { request(karin, karin), request(karin, karin), request(karin, per),
				request(karin, per) };
		verifier.verifyThat(RebalanceConstraints::evenLoad).given((Object[]) split).penalizesBy(600);
	}

	@Test
	void aRequestAwayFromItsFörvaltningsNamedContactCosts() {
		LocalDate due = TODAY.plusDays(10);
		verifier.verifyThat(RebalanceConstraints::namedContact)
			.given(request(karin, per, karin, due, Set.of(), Set.of()))
			.penalizesBy(SETTINGS.contactCost());
		verifier.verifyThat(RebalanceConstraints::namedContact)
			.given(request(per, karin, karin, due, Set.of(), Set.of()))
			.hasNoImpact();
		verifier.verifyThat(RebalanceConstraints::namedContact).given(request(karin, per)).hasNoImpact();
	}

	@Test
	void continuityWithTheRequesterCountsInFullAndWithTheFörvaltningHalf() {
		LocalDate due = TODAY.plusDays(10);
		verifier.verifyThat(RebalanceConstraints::continuity)
			.given(request(karin, per, null, due, Set.of(per.getId()), Set.of()))
			.hasNoImpact();
		verifier.verifyThat(RebalanceConstraints::continuity)
			.given(request(karin, per, null, due, Set.of(karin.getId()), Set.of(per.getId())))
			.penalizesBy(SETTINGS.continuityCost() / 2);
		verifier.verifyThat(RebalanceConstraints::continuity)
			.given(request(karin, per, null, due, Set.of(karin.getId()), Set.of(karin.getId())))
			.penalizesBy(SETTINGS.continuityCost());
	}

	@Test
	void aHandlerAwayBeforeTheRequestIsDuePutsItAtRisk() {
		RebalanceStaff awayThursday = staff("Sara Lind", 40, 3, false, TODAY.plusDays(3));
		verifier.verifyThat(RebalanceConstraints::awayBeforeDue)
			.given(request(karin, awayThursday, null, TODAY.plusDays(5), Set.of(), Set.of()))
			.penalizesBy(SETTINGS.slaCost());
		verifier.verifyThat(RebalanceConstraints::awayBeforeDue)
			.given(request(karin, awayThursday, null, TODAY.plusDays(2), Set.of(), Set.of()))
			.hasNoImpact();
	}

	@Test
	void aRequestDueSoonWithAHandlerAboveFullCapacityIsAtRisk() {
		// 20 requests fill 40 h; the 21st puts Karin above 100 %
		RebalanceAssignment dueTomorrow = request(karin, karin, null, TODAY.plusDays(1), Set.of(), Set.of());
		Object[] full = new Object[21];
		System.arraycopy(requests(20, karin), 0, full, 0, 20);
		full[20] = dueTomorrow;
		verifier.verifyThat(RebalanceConstraints::overloadedWhenDueSoon).given(full).penalizesBy(SETTINGS.slaCost());
		Object[] fits = new Object[20];
		System.arraycopy(requests(19, karin), 0, fits, 0, 19);
		fits[19] = dueTomorrow;
		verifier.verifyThat(RebalanceConstraints::overloadedWhenDueSoon).given(fits).hasNoImpact();
	}

	@Test
	void aLeadHandlesARequestOnlyAsALastResortUnlessTheFörvaltningsContact() {
		LocalDate due = TODAY.plusDays(10);
		verifier.verifyThat(RebalanceConstraints::leadLastResort)
			.given(request(karin, chef))
			.penalizesBy(SETTINGS.leadCost());
		verifier.verifyThat(RebalanceConstraints::leadLastResort)
			.given(request(karin, chef, chef, due, Set.of(), Set.of()))
			.hasNoImpact();
		verifier.verifyThat(RebalanceConstraints::leadLastResort).given(request(karin, per)).hasNoImpact();
	}

}
