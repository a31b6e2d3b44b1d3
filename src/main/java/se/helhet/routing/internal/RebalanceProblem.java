package se.helhet.routing.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;

/**
 * A function's open requests and its staff, and who handles what: the solver's problem
 * and each of its proposals.
 */
@PlanningSolution
public class RebalanceProblem {

	private UUID functionId;

	private LocalDate today;

	@ProblemFactCollectionProperty
	@ValueRangeProvider
	private List<RebalanceStaff> staff;

	@PlanningEntityCollectionProperty
	private List<RebalanceAssignment> assignments;

	@PlanningScore
	private HardMediumSoftScore score;

	RebalanceProblem() {
	}

	RebalanceProblem(UUID functionId, LocalDate today, List<RebalanceStaff> staff,
			List<RebalanceAssignment> assignments) {
		this.functionId = functionId;
		this.today = today;
		this.staff = staff;
		this.assignments = assignments;
	}

	public UUID functionId() {
		return functionId;
	}

	LocalDate today() {
		return today;
	}

	public List<RebalanceStaff> getStaff() {
		return staff;
	}

	public List<RebalanceAssignment> getAssignments() {
		return assignments;
	}

	public HardMediumSoftScore getScore() {
		return score;
	}

	public void setScore(HardMediumSoftScore score) {
		this.score = score;
	}

	/**
	 * A copy whose handlers can be changed without touching this one (the facts are
	 * shared).
	 */
	RebalanceProblem copy() {
		List<RebalanceAssignment> copies = assignments.stream()
			.map(a -> new RebalanceAssignment(a.getRequestId(), a.number(), a.competenceId(), a.confidential(),
					a.forvaltningId(), a.dueAt(), a.dueDay(), a.dueSoon(), a.currentStaffId(), a.contactStaffId(),
					a.requesterHandlersForCopy(), a.forvaltningHandlersForCopy(), a.settings(), a.getHandler()))
			.toList();
		RebalanceProblem copy = new RebalanceProblem(functionId, today, staff, new java.util.ArrayList<>(copies));
		copy.score = score;
		return copy;
	}

}
