package se.helhet.platform;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A module's small, rarely changed data (units, services) held in memory, so that a busy
 * path such as intake does not read it from the database on every call. The module that
 * owns the data calls {@link #changed()} whenever it writes it; that takes effect at once
 * and again after the transaction commits. Other application nodes see a change within
 * the time to live. Data that has only aged is read again by one caller while the others
 * go on with what they have: on a busy node every caller reading at once when the time to
 * live runs out is a stall of all of them.
 *
 * @param <T> the loaded data
 */
public final class ReferenceData<T> {

	private final Supplier<T> loader;

	private final long ttlNanos;

	private final AtomicLong generation = new AtomicLong();

	private volatile Loaded<T> loaded;

	private final AtomicBoolean reloading = new AtomicBoolean();

	public ReferenceData(Duration timeToLive, Supplier<T> loader) {
		this.loader = loader;
		this.ttlNanos = timeToLive.toNanos();
	}

	public T get() {
		Loaded<T> current = this.loaded;
		long now = System.nanoTime();
		long generation = this.generation.get();
		if (current != null && current.generation() == generation) {
			if (now - current.at() < this.ttlNanos) {
				return current.value();
			}
			if (!this.reloading.compareAndSet(false, true)) {
				return current.value();
			}
			try {
				return load(now, generation);
			}
			finally {
				this.reloading.set(false);
			}
		}
		return load(now, generation);
	}

	private T load(long now, long generation) {
		T value = this.loader.get();
		// a change that happened while loading makes this value stale: use it, but do not
		// keep it
		if (this.generation.get() == generation) {
			this.loaded = new Loaded<>(value, now, generation);
		}
		return value;
	}

	/** The data has changed (or is about to, when the current transaction commits). */
	public void changed() {
		this.generation.incrementAndGet();
		this.loaded = null;
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					ReferenceData.this.generation.incrementAndGet();
					ReferenceData.this.loaded = null;
				}
			});
		}
	}

	private record Loaded<T>(T value, long at, long generation) {
	}

}
