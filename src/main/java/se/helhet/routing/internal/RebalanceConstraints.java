package se.helhet.routing.internal;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

/**
 * The rules of rebalancing a function's open requests, one method each.
 *
 * <p>
 * Hard: only someone with the competence, only someone at work today. Medium ("never
 * above the ceiling unless nothing else is possible"): each request above a person's
 * workload ceiling costs one, each request left in the function's queue two, so a request
 * waits in the queue only when nobody qualified and present can take it, and goes above a
 * ceiling only when nobody qualified and present is under theirs. Soft: few moves, even
 * load, the named contact, continuity, SLA risk, leads as a last resort, weighted by the
 * function's routing weights ({@link RebalanceSettings}).
 */
public class RebalanceConstraints implements ConstraintProvider {

	static final String QUALIFIED = "Handler has the competence the service needs";

	static final String PRESENT = "Handler is at work today";

	static final String CEILING = "Nobody above the workload ceiling";

	static final String IN_QUEUE = "A request waits in the queue only when nobody can take it";

	static final String FEW_MOVES = "Few moves";

	static final String EVEN_LOAD = "Even load";

	static final String NAMED_CONTACT = "The named contact of the forvaltning";

	static final String CONTINUITY = "Continuity with the requester and the forvaltning";

	static final String AWAY_BEFORE_DUE = "Handler is not away before the request is due";

	static final String OVERLOADED_WHEN_DUE_SOON = "A request due soon is not with an overloaded handler";

	static final String LEAD_LAST_RESORT = "Leads only as a last resort";

	@Override
	public Constraint[] defineConstraints(ConstraintFactory factory) {
		return new Constraint[] { qualified(factory), present(factory), ceiling(factory), inQueue(factory),
				fewMoves(factory), evenLoad(factory), namedContact(factory), continuity(factory),
				awayBeforeDue(factory), overloadedWhenDueSoon(factory), leadLastResort(factory) };
	}

	/** A request goes only to someone with its service's competence (level 1 or more). */
	Constraint qualified(ConstraintFactory factory) {
		return factory.forEach(RebalanceAssignment.class)
			.filter(a -> !a.handlerQualified())
			.penalize(HardMediumSoftScore.ONE_HARD)
			.justifyWith((a, score) -> new RebalanceJustification(
					a.getHandler().name() + " saknar kompetensen som " + a.number() + " kräver"))
			.asConstraint(QUALIFIED);
	}

	/** A request never goes to someone who is away the whole day today. */
	Constraint present(ConstraintFactory factory) {
		return factory.forEach(RebalanceAssignment.class)
			.filter(a -> a.getHandler().absentToday())
			.penalize(HardMediumSoftScore.ONE_HARD)
			.justifyWith((a, score) -> new RebalanceJustification(
					a.getHandler().name() + " är frånvarande i dag och kan inte ha " + a.number()))
			.asConstraint(PRESENT);
	}

	/** Each request above a person's workload ceiling costs one. */
	Constraint ceiling(ConstraintFactory factory) {
		return factory.forEach(RebalanceAssignment.class)
			.groupBy(RebalanceAssignment::getHandler, ConstraintCollectors.count())
			.filter((staff, count) -> count > staff.ceilingRequests())
			.penalize(HardMediumSoftScore.ONE_MEDIUM, (staff, count) -> count - staff.ceilingRequests())
			.justifyWith((staff, count,
					score) -> new RebalanceJustification(staff.name() + " har " + count + " öppna ärenden, "
							+ (count - staff.ceilingRequests()) + " över belastningstaket"))
			.asConstraint(CEILING);
	}

	/** A request in the function's queue costs two: worse than one above a ceiling. */
	Constraint inQueue(ConstraintFactory factory) {
		return factory.forEachIncludingUnassigned(RebalanceAssignment.class)
			.filter(a -> a.getHandler() == null)
			.penalize(HardMediumSoftScore.ONE_MEDIUM, a -> 2)
			.justifyWith((a, score) -> new RebalanceJustification(a.number() + " väntar i funktionens kö"))
			.asConstraint(IN_QUEUE);
	}

	/** Each request given from its handler to someone else costs a move. */
	Constraint fewMoves(ConstraintFactory factory) {
		return factory.forEach(RebalanceAssignment.class)
			.filter(RebalanceAssignment::movedFromAHandler)
			.penalize(HardMediumSoftScore.ONE_SOFT, a -> a.settings().moveCost())
			.justifyWith((a, score) -> new RebalanceJustification(a.number() + " byter handläggare"))
			.asConstraint(FEW_MOVES);
	}

	/**
	 * Load evens out: each person's load squared (per mille of weekly capacity), so two
	 * at 60 % cost less than one at 100 % and one at 20 %.
	 */
	Constraint evenLoad(ConstraintFactory factory) {
		return factory.forEach(RebalanceAssignment.class)
			.groupBy(RebalanceAssignment::getHandler, ConstraintCollectors.count())
			.penalize(HardMediumSoftScore.ONE_SOFT,
					(staff, count) -> staff.settings().loadWeight() * square(staff.loadPermille(count)) / 1000)
			.justifyWith((staff, count, score) -> new RebalanceJustification(
					staff.name() + " har beläggning " + staff.loadPercent(count) + " %"))
			.asConstraint(EVEN_LOAD);
	}

	/** A request is best with its förvaltning's named contact in the function. */
	Constraint namedContact(ConstraintFactory factory) {
		return factory.forEach(RebalanceAssignment.class)
			.filter(a -> a.contactStaffId() != null && !a.handlerIsContact())
			.penalize(HardMediumSoftScore.ONE_SOFT, a -> a.settings().contactCost())
			.justifyWith((a, score) -> new RebalanceJustification(a.number() + " är inte hos förvaltningens kontakt"))
			.asConstraint(NAMED_CONTACT);
	}

	/**
	 * A request is best with someone who handled the requester's recent requests, next
	 * best the förvaltning's.
	 */
	Constraint continuity(ConstraintFactory factory) {
		return factory.forEach(RebalanceAssignment.class)
			.filter(a -> !a.handlerHandledRequester())
			.penalize(HardMediumSoftScore.ONE_SOFT,
					a -> a.handlerHandledForvaltning() ? a.settings().continuityCost() / 2
							: a.settings().continuityCost())
			.justifyWith((a,
					score) -> new RebalanceJustification(a.getHandler().name() + " har inte haft beställarens "
							+ (a.handlerHandledForvaltning() ? "" : "eller förvaltningens ") + "ärenden förut"))
			.asConstraint(CONTINUITY);
	}

	/** Someone away a whole day before the request is due puts its deadline at risk. */
	Constraint awayBeforeDue(ConstraintFactory factory) {
		return factory.forEach(RebalanceAssignment.class)
			.filter(a -> a.getHandler().awayAfterTodayUntil(a.dueDay()))
			.penalize(HardMediumSoftScore.ONE_SOFT, a -> a.settings().slaCost())
			.justifyWith((a, score) -> new RebalanceJustification(
					a.getHandler().name() + " är borta någon dag innan " + a.number() + " ska vara klart"))
			.asConstraint(AWAY_BEFORE_DUE);
	}

	/**
	 * A request due within two days (or overdue) is at risk with someone above 100 % of
	 * their capacity.
	 */
	Constraint overloadedWhenDueSoon(ConstraintFactory factory) {
		return factory.forEach(RebalanceAssignment.class)
			.groupBy(RebalanceAssignment::getHandler, ConstraintCollectors.count(),
					ConstraintCollectors.sum((RebalanceAssignment a) -> a.dueSoon() ? 1 : 0))
			.filter((staff, count, dueSoon) -> dueSoon > 0 && count > staff.capacityRequests())
			.penalize(HardMediumSoftScore.ONE_SOFT, (staff, count, dueSoon) -> dueSoon * staff.settings().slaCost())
			.justifyWith((staff, count, dueSoon,
					score) -> new RebalanceJustification(staff.name() + " har " + dueSoon
							+ " ärenden som snart ska vara klara och beläggning " + staff.loadPercent(count) + " %"))
			.asConstraint(OVERLOADED_WHEN_DUE_SOON);
	}

	/**
	 * Leads distribute work: they handle a request only as the förvaltning's contact or
	 * as a last resort.
	 */
	Constraint leadLastResort(ConstraintFactory factory) {
		return factory.forEach(RebalanceAssignment.class)
			.filter(a -> a.getHandler().lead() && !a.handlerIsContact())
			.penalize(HardMediumSoftScore.ONE_SOFT, a -> a.settings().leadCost())
			.justifyWith(
					(a, score) -> new RebalanceJustification(a.getHandler().name() + " är chef och har " + a.number()))
			.asConstraint(LEAD_LAST_RESORT);
	}

	private static long square(long value) {
		return value * value;
	}

}
