package se.helhet.routing.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.helhet.organisation.StaffView;
import se.helhet.organisation.StaffView.CompetenceLevel;
import se.helhet.requests.IntakeAssignment.Choice;
import se.helhet.routing.internal.RoutingRules.Candidate;
import se.helhet.routing.internal.RoutingRules.Request;
import se.helhet.routing.internal.RoutingRules.Weights;

import static org.assertj.core.api.Assertions.assertThat;

class RoutingRulesTests {

	static final UUID LABOUR_LAW = UUID.randomUUID();

	static final UUID FUNCTION = UUID.randomUUID();

	static final Request REQUEST = new Request(LABOUR_LAW, "HR", 2);

	static final Weights WEIGHTS = Weights.DEFAULTS;

	static StaffView person(String first, String last, int level, int capacityHours, boolean lead) {
		List<CompetenceLevel> competences = level == 0 ? List.of()
				: List.of(new CompetenceLevel(LABOUR_LAW, "Arbetsrätt", level));
		return new StaffView(UUID.randomUUID(), FUNCTION, first, last, first + "@sjovik.se", null, UUID.randomUUID(),
				"HR-konsult", false, BigDecimal.valueOf(capacityHours), first.toLowerCase(), lead, competences, 0);
	}

	static Candidate colleague(StaffView staff, int open) {
		return new Candidate(staff, false, open, false, false, false, false);
	}

	static Candidate contact(StaffView staff, int open) {
		return new Candidate(staff, true, open, false, false, false, false);
	}

	static Optional<Choice> choose(Candidate... candidates) {
		return RoutingRules.choose(List.of(candidates), REQUEST, WEIGHTS);
	}

	final StaffView karin = person("Karin", "Ek", 3, 32, false);

	final StaffView ingrid = person("Ingrid", "Lindgren", 3, 32, false);

	final StaffView olle = person("Olle", "Berg", 1, 32, false);

	@Test
	void theNamedContactGetsItWhenAtWork() {
		assertThat(choose(colleague(ingrid, 0), contact(karin, 4))).map(Choice::staff).contains(karin);
	}

	@Test
	void anAbsentContactIsSkippedAndTheExplanationSaysSo() {
		Candidate away = new Candidate(karin, true, 0, true, false, false, false);
		Optional<Choice> choice = choose(away, colleague(ingrid, 2));
		assertThat(choice).map(Choice::staff).contains(ingrid);
		assertThat(choice.orElseThrow().reason()).endsWith("kontakten Karin Ek är frånvarande");
	}

	@Test
	void theServicesCompetenceIsRequired() {
		StaffView without = person("Nils", "Holm", 0, 32, false);
		assertThat(choose(contact(without, 0), colleague(olle, 5))).map(Choice::staff).contains(olle);
		assertThat(choose(contact(without, 0))).isEmpty();
	}

	@Test
	void aConfidentialServiceGoesOnlyToThoseWithItsCompetence() {
		// a confidential service always names its competence; the same rule keeps it away
		// from someone who could not see it
		StaffView without = person("Nils", "Holm", 0, 32, false);
		assertThat(choose(colleague(without, 0))).isEmpty();
	}

	@Test
	void withoutANeededCompetenceAnyoneOfTheFunctionQualifies() {
		StaffView without = person("Nils", "Holm", 0, 32, false);
		assertThat(RoutingRules.choose(List.of(colleague(without, 0)), new Request(null, "HR", 2), WEIGHTS))
			.map(Choice::staff)
			.contains(without);
	}

	@Test
	void nobodyGoesAboveTheCeiling() {
		// 32 h a week, 2 h a request, 110 %: 17 open requests + this one = 112.5 %
		assertThat(choose(contact(karin, 17))).isEmpty();
		assertThat(choose(contact(karin, 16))).map(Choice::staff).contains(karin);
		assertThat(choose(contact(karin, 17), colleague(ingrid, 3))).map(Choice::staff).contains(ingrid);
	}

	@Test
	void loadEvensOutAmongEquals() {
		assertThat(choose(colleague(karin, 6), colleague(ingrid, 2))).map(Choice::staff).contains(ingrid);
		assertThat(choose(colleague(karin, 1), colleague(ingrid, 2))).map(Choice::staff).contains(karin);
	}

	@Test
	void continuityCounts() {
		Candidate knowsRequester = new Candidate(ingrid, false, 3, false, false, true, true);
		assertThat(choose(colleague(karin, 2), knowsRequester)).map(Choice::staff).contains(ingrid);
		assertThat(choose(colleague(karin, 2), knowsRequester).orElseThrow().reason())
			.contains("har haft beställarens ärenden");
	}

	@Test
	void someoneAwayBeforeTheDueTimeIsAvoidedWhenPossible() {
		Candidate leaving = new Candidate(karin, false, 0, false, true, false, false);
		assertThat(choose(leaving, colleague(ingrid, 4))).map(Choice::staff).contains(ingrid);
		assertThat(choose(leaving)).map(Choice::staff).contains(karin);
	}

	@Test
	void aLeadIsOnlyChosenAsTheContact() {
		StaffView lead = person("Lena", "Chef", 3, 20, true);
		assertThat(choose(colleague(lead, 0))).isEmpty();
		assertThat(choose(contact(lead, 0))).map(Choice::staff).contains(lead);
	}

	@Test
	void theExplanationReadsLikeASentence() {
		Choice choice = choose(contact(karin, 10)).orElseThrow();
		assertThat(choice.explanation())
			.isEqualTo("Karin Ek: förvaltningens HR-kontakt, arbetsrätt nivå 3, beläggning 63 %");
	}

	@Test
	void nobodyAtAllMeansTheQueue() {
		assertThat(choose()).isEmpty();
	}

}
