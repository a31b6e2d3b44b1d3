package se.helhet.routing.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * The baseline a lead could do by hand, to measure the solver against: take the requests
 * by due time; leave each with its handler when that handler is qualified, at work today
 * and not above the ceiling, otherwise give it to the qualified colleague at work with
 * the lowest load who stays under the ceiling (a lead only as the förvaltning's contact).
 * A request nobody can take stays where it is, or goes to the queue from someone away or
 * unqualified.
 */
final class GreedyRebalance {

	private GreedyRebalance() {
	}

	/** A new proposal; the problem itself is not changed. */
	static RebalanceProblem propose(RebalanceProblem problem) {
		RebalanceProblem greedy = problem.copy();
		Map<RebalanceStaff, Integer> load = new HashMap<>();
		greedy.getStaff().forEach(s -> load.put(s, 0));
		greedy.getAssignments()
			.stream()
			.filter(a -> a.getHandler() != null)
			.forEach(a -> load.merge(a.getHandler(), 1, Integer::sum));
		greedy.getAssignments()
			.stream()
			.sorted(Comparator.comparing(RebalanceAssignment::dueDay).thenComparing(RebalanceAssignment::number))
			.forEach(a -> {
				RebalanceStaff now = a.getHandler();
				if (now != null && a.handlerQualified() && !now.absentToday()
						&& load.get(now) <= now.ceilingRequests()) {
					return;
				}
				greedy.getStaff()
					.stream()
					.filter(s -> s != now)
					.filter(s -> a.competenceId() == null || s.level(a.competenceId()) >= 1)
					.filter(s -> !s.absentToday())
					.filter(s -> !s.lead() || s.getId().equals(a.contactStaffId()))
					.filter(s -> load.get(s) + 1 <= s.ceilingRequests())
					.min(Comparator.comparingLong((RebalanceStaff s) -> s.loadPermille(load.get(s) + 1))
						.thenComparing(RebalanceStaff::name))
					.ifPresentOrElse(to -> {
						if (now != null) {
							load.merge(now, -1, Integer::sum);
						}
						load.merge(to, 1, Integer::sum);
						a.setHandler(to);
					}, () -> {
						if (now != null && (!a.handlerQualified() || now.absentToday())) {
							// it must not stay with someone away or unqualified: the
							// queue
							load.merge(now, -1, Integer::sum);
							a.setHandler(null);
						}
					});
			});
		greedy.setScore(null);
		return greedy;
	}

}
