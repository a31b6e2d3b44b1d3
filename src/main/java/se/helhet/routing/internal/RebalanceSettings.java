package se.helhet.routing.internal;

import se.helhet.routing.internal.RoutingRules.Weights;

/**
 * The function's weights turned into the soft costs of rebalancing, all in one unit: what
 * one move costs. A move pays when it evens out a gap of about 15 percentage points
 * between two persons of 40 hours a week; the other rules cost a share of a move by their
 * weight (the named contact at the default weight as much as a move).
 *
 * @param weights the function's routing weights and ceiling
 * @param hoursPerRequest the hours an open request is assumed to take
 * @param loadWeight the weight of even load
 * @param moveCost what one move costs
 * @param contactCost a request of a förvaltning that is not with its named contact
 * @param continuityCost a request with someone who has not handled the requester's recent
 * requests (half when the förvaltning's)
 * @param slaCost a request with someone who is away before it is due, or overloaded when
 * it is due soon
 * @param leadCost a request with the lead who is not the förvaltning's contact
 */
record RebalanceSettings(Weights weights, double hoursPerRequest, long loadWeight, long moveCost, long contactCost,
		long continuityCost, long slaCost, long leadCost) {

	/** The typical week the move cost is reckoned for. */
	private static final double TYPICAL_CAPACITY_HOURS = 40;

	static RebalanceSettings of(Weights weights, double hoursPerRequest) {
		long loadWeight = Math.max(1, weights.load());
		double requestPermille = hoursPerRequest * 1000 / TYPICAL_CAPACITY_HOURS;
		long move = Math.max(1, Math.round(loadWeight * 2 * requestPermille * 150 / 1000));
		return new RebalanceSettings(weights, hoursPerRequest, loadWeight, move,
				Math.round(move * weights.contact() / 40.0), Math.round(move * weights.continuity() / 30.0),
				Math.round(move * weights.slaRisk() / 10.0), 3 * move);
	}

}
