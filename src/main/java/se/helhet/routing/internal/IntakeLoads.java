package se.helhet.routing.internal;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
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

	private final Function<UUID, Map<UUID, Integer>> loader;

	private final LongSupplier nanoClock;

	private final long ttlNanos;

	private final Map<UUID, Snapshot> snapshots = new ConcurrentHashMap<>();

	private final Set<UUID> reloading = ConcurrentHashMap.newKeySet();

	IntakeLoads(Function<UUID, Map<UUID, Integer>> loader, LongSupplier nanoClock, long ttlMillis) {
		this.loader = loader;
		this.nanoClock = nanoClock;
		this.ttlNanos = ttlMillis * 1_000_000;
	}

	/** The open requests per handler of the function now, as far as this node knows. */
	Map<UUID, Integer> of(UUID functionId) {
		long now = nanoClock.getAsLong();
		Snapshot current = snapshots.get(functionId);
		if (current != null && now - current.at() < ttlNanos) {
			return Collections.unmodifiableMap(current.open());
		}
		boolean reload = current != null && ttlNanos > 0;
		if (reload && !reloading.add(functionId)) {
			return Collections.unmodifiableMap(current.open());
		}
		try {
			Map<UUID, Integer> open = new ConcurrentHashMap<>(loader.apply(functionId));
			if (ttlNanos > 0) {
				snapshots.put(functionId, new Snapshot(open, now));
			}
			return Map.copyOf(open);
		}
		finally {
			if (reload) {
				reloading.remove(functionId);
			}
		}
	}

	/** This node gave the handler one more request. */
	void assigned(UUID functionId, UUID staffId) {
		Snapshot current = snapshots.get(functionId);
		if (current != null) {
			current.open().merge(staffId, 1, Integer::sum);
		}
	}

	private record Snapshot(Map<UUID, Integer> open, long at) {
	}

}
