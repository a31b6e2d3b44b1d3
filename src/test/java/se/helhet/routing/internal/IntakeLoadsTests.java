package se.helhet.routing.internal;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IntakeLoadsTests {

	static final UUID HR = UUID.randomUUID();

	static final UUID KARIN = UUID.randomUUID();

	final AtomicLong clock = new AtomicLong();

	final AtomicInteger reads = new AtomicInteger();

	IntakeLoads loads(long ttlMillis) {
		return new IntakeLoads(function -> {
			reads.incrementAndGet();
			return Map.of(KARIN, 4);
		}, clock::get, ttlMillis);
	}

	@Test
	void withinTheTimeToLiveTheDatabaseIsReadOnce() {
		IntakeLoads loads = loads(1000);

		loads.of(HR);
		clock.addAndGet(999_000_000L);
		loads.of(HR);

		assertThat(reads).hasValue(1);
	}

	@Test
	void aRequestAssignedMeanwhileCountsAtOnce() {
		IntakeLoads loads = loads(1000);
		loads.of(HR);

		loads.assigned(HR, KARIN);
		loads.assigned(HR, KARIN);

		assertThat(loads.of(HR)).containsEntry(KARIN, 6);
	}

	@Test
	void afterTheTimeToLiveTheDatabaseDecidesAgain() {
		IntakeLoads loads = loads(1000);
		loads.of(HR);
		loads.assigned(HR, KARIN);

		clock.addAndGet(1_000_000_000L);

		assertThat(loads.of(HR)).containsEntry(KARIN, 4);
		assertThat(reads).hasValue(2);
	}

	@Test
	void aTimeToLiveOfZeroReadsEveryTime() {
		IntakeLoads loads = loads(0);

		loads.of(HR);
		loads.assigned(HR, KARIN);

		assertThat(loads.of(HR)).containsEntry(KARIN, 4);
		assertThat(reads).hasValue(2);
	}

	@Test
	void whileOneIntakeReadsAgainTheOthersGoOnWithTheSnapshot() throws Exception {
		CountDownLatch reading = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		IntakeLoads loads = new IntakeLoads(function -> {
			if (reads.incrementAndGet() == 2) {
				reading.countDown();
				await(release);
			}
			return Map.of(KARIN, reads.get());
		}, clock::get, 1000);
		loads.of(HR);
		clock.addAndGet(1_000_000_000L);

		Thread first = Thread.ofVirtual().start(() -> loads.of(HR));
		assertThat(reading.await(5, TimeUnit.SECONDS)).isTrue();

		assertThat(loads.of(HR)).containsEntry(KARIN, 1);
		release.countDown();
		first.join(5000);
		assertThat(loads.of(HR)).containsEntry(KARIN, 2);
		assertThat(reads).hasValue(2);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
