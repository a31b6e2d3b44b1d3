package se.helhet.routing.internal;

import java.util.Collections;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * The open requests per handler of each function as intake sees them, read from the
 * database at most once per time to live and counted up in memory for every request this
 * node assigns meanwhile. Counting a function's open requests on every intake reads every
 * open request of the function, which grows with the function's backlog; load is a rough
 * measure anyway (hours per request are assumed), and for at most the time to live this
 * node does not see assignments made elsewhere (another node, a handover, a closed
 * request). A time to live of 0 reads every time. When a snapshot has aged, one intake
 * reads the function again while the others go on with the snapshot: at a million
 * requests the read takes milliseconds, and every intake of the moment waiting for its
 * own read stalls them all. Plain Java: the caller gives the loader and the clock.
 */
final class IntakeLoads {

	private final Recently<UUID, Map<UUID, Integer>> snapshots;

	IntakeLoads(Function<UUID, Map<UUID, Integer>> loader, LongSupplier nanoClock, long ttlMillis) {
		this.snapshots = new Recently<>(function -> new ConcurrentHashMap<>(loader.apply(function)), nanoClock,
				ttlMillis);
	}

	/** The open requests per handler of the function now, as far as this node knows. */
	Map<UUID, Integer> of(UUID functionId) {
		return Collections.unmodifiableMap(snapshots.get(functionId));
	}

	/** This node gave the handler one more request. */
	void assigned(UUID functionId, UUID staffId) {
		Map<UUID, Integer> current = snapshots.kept(functionId);
		if (current != null) {
			current.merge(staffId, 1, Integer::sum);
		}
	}

}
