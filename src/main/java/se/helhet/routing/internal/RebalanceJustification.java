package se.helhet.routing.internal;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/**
 * Why a rule of rebalancing counts against a proposal, in words a handler can read ("Per
 * Olsson är frånvarande i dag").
 */
public record RebalanceJustification(String description) implements ConstraintJustification {

	@Override
	public String toString() {
		return description;
	}

}
