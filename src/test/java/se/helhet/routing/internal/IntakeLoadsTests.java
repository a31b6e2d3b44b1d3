package se.helhet.routing.internal;

import java.util.Map;
import java.util.UUID;
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

}
