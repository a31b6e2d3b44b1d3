package se.helhet.routing.internal;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * What intake reads per function (absences, weights, recent handlers), read at most once
 * per time to live. When a value has aged, one intake reads it again while the others go
 * on with it: every intake of the moment waiting for its own read stalls them all. A time
 * to live of 0 reads every time. Plain Java: the caller gives the loader and the clock.
 *
 * @param <K> what the values are read by
 * @param <V> the value
 */
final class Recently<K, V> {

	private final Function<K, V> loader;

	private final LongSupplier nanoClock;

	private final long ttlNanos;

	private final Map<K, Loaded<V>> values = new ConcurrentHashMap<>();

	private final Set<K> reloading = ConcurrentHashMap.newKeySet();

	Recently(Function<K, V> loader, LongSupplier nanoClock, long ttlMillis) {
		this.loader = loader;
		this.nanoClock = nanoClock;
		this.ttlNanos = ttlMillis * 1_000_000;
	}

	V get(K key) {
		if (ttlNanos <= 0) {
			return loader.apply(key);
		}
		long now = nanoClock.getAsLong();
		Loaded<V> current = values.get(key);
		if (current != null && now - current.at() < ttlNanos) {
			return current.value();
		}
		boolean aged = current != null;
		if (aged && !reloading.add(key)) {
			return current.value();
		}
		try {
			V value = loader.apply(key);
			values.put(key, new Loaded<>(value, now));
			return value;
		}
		finally {
			if (aged) {
				reloading.remove(key);
			}
		}
	}

	/** The value kept for the key, however old, or null when none is kept. */
	V kept(K key) {
		Loaded<V> current = values.get(key);
		return current == null ? null : current.value();
	}

	private record Loaded<V>(V value, long at) {
	}

}
