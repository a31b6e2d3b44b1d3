package se.helhet.routing.internal;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

/**
 * Timefold's solver for rebalancing, declared by hand: the Spring Boot starter of
 * Timefold 2.x does not resolve for Spring Boot 4 here. Solving stops after
 * {@code helhet.routing.rebalance.seconds} (30), or earlier when the best proposal has
 * not improved for {@code helhet.routing.rebalance.unimproved-seconds} (10).
 */
@Configuration(proxyBeanMethods = false)
class RebalanceSolverConfiguration {

	@Bean(destroyMethod = "close")
	SolverManager<RebalanceProblem> rebalanceSolverManager(
			@Value("${helhet.routing.rebalance.seconds:30}") long seconds,
			@Value("${helhet.routing.rebalance.unimproved-seconds:10}") long unimprovedSeconds) {
		return SolverManager.create(solverConfig(seconds, unimprovedSeconds));
	}

	/** Scores a proposal that the solver did not make (the greedy baseline). */
	@Bean
	SolutionManager<RebalanceProblem, HardMediumSoftScore> rebalanceSolutionManager(
			SolverManager<RebalanceProblem> rebalanceSolverManager) {
		return SolutionManager.create(rebalanceSolverManager);
	}

	static SolverConfig solverConfig(long seconds, long unimprovedSeconds) {
		TerminationConfig termination = new TerminationConfig().withSpentLimit(Duration.ofSeconds(seconds));
		if (unimprovedSeconds > 0 && unimprovedSeconds < seconds) {
			termination = termination.withUnimprovedSpentLimit(Duration.ofSeconds(unimprovedSeconds));
		}
		return new SolverConfig().withSolutionClass(RebalanceProblem.class)
			.withEntityClasses(RebalanceAssignment.class)
			.withConstraintProviderClass(RebalanceConstraints.class)
			.withTerminationConfig(termination);
	}

}
