package se.helhet.routing.internal;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The solver with the application's configuration on generated functions: its proposal is
 * feasible and never worse than the greedy baseline it starts from. The benchmark of the
 * issue (150 staff, 5,000 open requests) is bench/routing.sh, not a test.
 */
class RebalanceSolverTests {

	@Test
	void aSkewedFunctionGetsAFeasibleProposalAtLeastAsGoodAsTheGreedyBaseline() throws Exception {
		Result result = solve(RebalanceScenario.generate(20, 300, 1, 42), 3, 1);

		assertThat(result.solver().isFeasible()).as(result.toString()).isTrue();
		assertThat(result.solver()).as(result.toString()).isGreaterThanOrEqualTo(result.greedy());
		assertThat(result.greedy()).as("the greedy baseline repairs the hard rules too")
			.isGreaterThan(result.current());
	}

	record Result(HardMediumSoftScore current, HardMediumSoftScore greedy, long greedyMoves, long greedyMillis,
			HardMediumSoftScore solver, long solverMoves, long solverMillis) {
	}

	private static Result solve(RebalanceProblem problem, long seconds, long unimprovedSeconds) throws Exception {
		try (SolverManager<RebalanceProblem> solverManager = SolverManager
			.create(RebalanceSolverConfiguration.solverConfig(seconds, unimprovedSeconds))) {
			SolutionManager<RebalanceProblem, HardMediumSoftScore> scores = SolutionManager.create(solverManager);
			HardMediumSoftScore current = scores.update(problem);
			long start = System.nanoTime();
			RebalanceProblem greedy = GreedyRebalance.propose(problem);
			HardMediumSoftScore greedyScore = scores.update(greedy);
			long greedyMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();
			start = System.nanoTime();
			RebalanceProblem best = solverManager.solve("bench", greedy.copy()).getFinalBestSolution();
			long solverMillis = Duration.ofNanos(System.nanoTime() - start).toMillis() + greedyMillis;
			return new Result(current, greedyScore, moves(greedy), greedyMillis, best.getScore(), moves(best),
					solverMillis);
		}
	}

	private static long moves(RebalanceProblem problem) {
		return problem.getAssignments().stream().filter(RebalanceAssignment::moved).count();
	}

}
