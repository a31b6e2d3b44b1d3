package se.helhet.routing.internal;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import se.helhet.organisation.Organisation;
import se.helhet.organisation.StaffView;
import se.helhet.requests.Requests;
import se.helhet.routing.internal.RoutingRules.Weights;

/**
 * The function's staff by load against weekly capacity, for the lead: who is above the
 * workload ceiling. Load is counted as routing counts it: open requests × the hours a
 * request is assumed to take.
 */
@Component
public class Workload {

	private final Organisation organisation;

	private final Requests requests;

	private final RoutingWeightsStore weights;

	private final double hoursPerRequest;

	Workload(Organisation organisation, Requests requests, RoutingWeightsStore weights,
			@Value("${helhet.routing.hours-per-request:2}") double hoursPerRequest) {
		this.organisation = organisation;
		this.requests = requests;
		this.weights = weights;
		this.hoursPerRequest = hoursPerRequest;
	}

	/** The staff of the function, the most loaded first. */
	public List<StaffLoad> of(UUID functionId) {
		int ceiling = weights.of(functionId).ceilingPercent();
		Map<UUID, Integer> open = requests.openRequestsByHandler(functionId);
		return organisation.staff(functionId).stream().map(s -> {
			int count = open.getOrDefault(s.id(), 0);
			BigDecimal capacity = s.weeklyCapacityHours();
			int percent = capacity == null || capacity.signum() <= 0 ? 0
					: (int) Math.round(count * hoursPerRequest * 100 / capacity.doubleValue());
			return new StaffLoad(s, count, percent, percent > ceiling);
		}).sorted(Comparator.comparingInt(StaffLoad::percent).reversed()).toList();
	}

	public Weights weights(UUID functionId) {
		return weights.of(functionId);
	}

	public int weightsVersion(UUID functionId) {
		return weights.version(functionId);
	}

	/** Saves the weights; a ConflictException when someone saved others meanwhile. */
	public void saveWeights(UUID functionId, Weights changed, String by, int basedOnVersion) {
		weights.save(functionId, changed, by, basedOnVersion);
	}

	/** One person's load: open requests and percent of weekly capacity. */
	public record StaffLoad(StaffView staff, int openRequests, int percent, boolean aboveCeiling) {
	}

}
