package se.helhet.routing.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import se.helhet.organisation.StaffView;
import se.helhet.requests.IntakeAssignment.Choice;

/**
 * Who of a function's staff gets a new request, and why. Plain Java: the caller gathers
 * the facts (contacts, absences, open requests, recent handlers), these rules decide.
 *
 * <p>
 * Who may get it at all (each a rule of its own below): someone who is at work today, has
 * the service's competence (any level: the catalogue states no minimum level), is not a
 * lead unless the förvaltning's named contact, and stays under the workload ceiling with
 * this request. Among them the highest score wins: the named contact, competence level,
 * continuity, minus load and the risk of being away before the request is due, each
 * weighted per function. Nobody left means the function's queue.
 */
public final class RoutingRules {

	private static final Locale SWEDISH = Locale.of("sv");

	private RoutingRules() {
	}

	/**
	 * How much each rule counts, 0–100, and the workload ceiling in percent of weekly
	 * capacity.
	 */
	public record Weights(int contact, int competence, int load, int continuity, int slaRisk, int ceilingPercent) {

		public static final Weights DEFAULTS = new Weights(40, 20, 30, 15, 25, 110);

		/** Whether each weight is 0–100 and the ceiling 50–200 %. */
		public boolean valid() {
			return java.util.stream.IntStream.of(contact, competence, load, continuity, slaRisk)
				.allMatch(w -> w >= 0 && w <= 100) && ceilingPercent >= 50 && ceilingPercent <= 200;
		}

	}

	/**
	 * One staff member of the function as routing sees them at intake.
	 *
	 * @param staff the person
	 * @param contact whether they are the förvaltning's named contact in the function
	 * @param openRequests their open requests now
	 * @param absentToday away the whole day today
	 * @param awayBeforeDue away a whole day after today and before the request is due
	 * @param handledRequesters handled this requester's recent requests
	 * @param handledForvaltnings handled this förvaltning's recent requests
	 */
	record Candidate(StaffView staff, boolean contact, int openRequests, boolean absentToday, boolean awayBeforeDue,
			boolean handledRequesters, boolean handledForvaltnings) {
	}

	/**
	 * The request to place.
	 *
	 * @param competenceId the competence the service needs, may be null
	 * @param functionShortName e.g. "HR", for "förvaltningens HR-kontakt"
	 * @param hoursPerRequest the hours an open request is assumed to take
	 */
	record Request(UUID competenceId, String functionShortName, double hoursPerRequest) {
	}

	static Optional<Choice> choose(List<Candidate> candidates, Request request, Weights weights) {
		List<Candidate> eligible = candidates.stream()
			.filter(RoutingRules::atWorkToday)
			.filter(c -> hasCompetence(c, request))
			.filter(RoutingRules::notLeadUnlessContact)
			.filter(c -> underCeilingWithThisRequest(c, request, weights))
			.toList();
		return eligible.stream()
			.max(Comparator.comparingDouble((Candidate c) -> score(c, request, weights))
				.thenComparing(c -> c.staff().fullName(), Comparator.reverseOrder()))
			.map(c -> new Choice(c.staff(), explanation(c, candidates, request, weights)));
	}

	// ---- who may get it

	/** A request never goes to someone who is away the whole day. */
	static boolean atWorkToday(Candidate c) {
		return !c.absentToday();
	}

	/**
	 * The service's competence at level 1 or more; this also keeps confidential requests
	 * with those who may see them.
	 */
	static boolean hasCompetence(Candidate c, Request request) {
		return request.competenceId() == null || c.staff().level(request.competenceId()) >= 1;
	}

	/** Leads distribute work; they take it at intake only as a förvaltning's contact. */
	static boolean notLeadUnlessContact(Candidate c) {
		return !c.staff().lead() || c.contact();
	}

	/** A sustainable work environment: nobody goes above the ceiling at intake. */
	static boolean underCeilingWithThisRequest(Candidate c, Request request, Weights weights) {
		BigDecimal capacity = c.staff().weeklyCapacityHours();
		if (capacity == null || capacity.signum() <= 0) {
			return false;
		}
		double after = (c.openRequests() + 1) * request.hoursPerRequest() * 100 / capacity.doubleValue();
		return after <= weights.ceilingPercent();
	}

	// ---- who is best

	static double score(Candidate c, Request request, Weights weights) {
		return contactScore(c, weights) + competenceScore(c, request, weights) + continuityScore(c, weights)
				- loadPenalty(c, request, weights) - slaRiskPenalty(c, weights);
	}

	/** The förvaltning's named contact works close to the förvaltning. */
	static double contactScore(Candidate c, Weights weights) {
		return c.contact() ? weights.contact() : 0;
	}

	/** A higher level of the needed competence counts, level 3 in full. */
	static double competenceScore(Candidate c, Request request, Weights weights) {
		return request.competenceId() == null ? 0
				: weights.competence() * c.staff().level(request.competenceId()) / 3.0;
	}

	/**
	 * Someone who handled the requester's recent requests counts in full, the
	 * förvaltning's half.
	 */
	static double continuityScore(Candidate c, Weights weights) {
		return c.handledRequesters() ? weights.continuity() : c.handledForvaltnings() ? weights.continuity() / 2.0 : 0;
	}

	/** Load evens out: the full weight at 100 % of weekly capacity. */
	static double loadPenalty(Candidate c, Request request, Weights weights) {
		return weights.load() * loadPercent(c, request) / 100.0;
	}

	/** Someone away before the request is due puts its deadline at risk. */
	static double slaRiskPenalty(Candidate c, Weights weights) {
		return c.awayBeforeDue() ? weights.slaRisk() : 0;
	}

	static int loadPercent(Candidate c, Request request) {
		BigDecimal capacity = c.staff().weeklyCapacityHours();
		if (capacity == null || capacity.signum() <= 0) {
			return 0;
		}
		return (int) Math.round(c.openRequests() * request.hoursPerRequest() * 100 / capacity.doubleValue());
	}

	// ---- why

	/**
	 * "förvaltningens HR-kontakt, arbetsrätt nivå 3, beläggning 62 %", and why the named
	 * contact did not get it when someone else did.
	 */
	static String explanation(Candidate chosen, List<Candidate> all, Request request, Weights weights) {
		List<String> parts = new ArrayList<>();
		if (chosen.contact()) {
			parts.add("förvaltningens " + request.functionShortName() + "-kontakt");
		}
		if (request.competenceId() != null) {
			chosen.staff()
				.competences()
				.stream()
				.filter(l -> l.competenceId().equals(request.competenceId()))
				.findFirst()
				.ifPresent(l -> parts.add(lowerFirst(l.name()) + " nivå " + l.level()));
		}
		if (chosen.handledRequesters()) {
			parts.add("har haft beställarens ärenden");
		}
		else if (chosen.handledForvaltnings()) {
			parts.add("har haft förvaltningens ärenden");
		}
		parts.add("beläggning " + loadPercent(chosen, request) + " %");
		if (chosen.awayBeforeDue()) {
			parts.add("borta någon dag före förfallotiden");
		}
		all.stream()
			.filter(c -> c.contact() && c != chosen)
			.findFirst()
			.ifPresent(contact -> parts
				.add("kontakten " + contact.staff().fullName() + " " + whyNotContact(contact, request, weights)));
		return String.join(", ", parts);
	}

	private static String whyNotContact(Candidate contact, Request request, Weights weights) {
		if (!atWorkToday(contact)) {
			return "är frånvarande";
		}
		if (!hasCompetence(contact, request)) {
			return "saknar kompetensen";
		}
		if (!underCeilingWithThisRequest(contact, request, weights)) {
			return "är över belastningstaket";
		}
		return "fick lägre poäng";
	}

	private static String lowerFirst(String name) {
		if (name.length() > 1 && Character.isUpperCase(name.charAt(0)) && Character.isLowerCase(name.charAt(1))) {
			return name.substring(0, 1).toLowerCase(SWEDISH) + name.substring(1);
		}
		return name;
	}

}
