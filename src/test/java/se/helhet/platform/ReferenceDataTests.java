package se.helhet.platform;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceDataTests {

	@Test
	void readsTheDatabaseOnceWhileTheDataIsFresh() {
		AtomicInteger loads = new AtomicInteger();
		ReferenceData<Integer> data = new ReferenceData<>(Duration.ofMinutes(1), loads::incrementAndGet);

		assertThat(data.get()).isEqualTo(1);
		assertThat(data.get()).isEqualTo(1);
		assertThat(loads).hasValue(1);
	}

	@Test
	void aChangeIsSeenAtOnce() {
		AtomicInteger loads = new AtomicInteger();
		ReferenceData<Integer> data = new ReferenceData<>(Duration.ofMinutes(1), loads::incrementAndGet);
		data.get();

		data.changed();

		assertThat(data.get()).isEqualTo(2);
	}

	@Test
	void dataOlderThanItsTimeToLiveIsReadAgain() {
		AtomicInteger loads = new AtomicInteger();
		ReferenceData<Integer> data = new ReferenceData<>(Duration.ZERO, loads::incrementAndGet);

		data.get();
		data.get();

		assertThat(loads).hasValue(2);
	}

	@Test
	void aValueReadWhileTheDataChangedIsNotKept() {
		AtomicInteger loads = new AtomicInteger();
		ReferenceData<Integer>[] holder = new ReferenceData[1];
		holder[0] = new ReferenceData<>(Duration.ofMinutes(1), () -> {
			int n = loads.incrementAndGet();
			if (n == 1) {
				// another thread writes while this one is reading
				holder[0].changed();
			}
			return n;
		});

		assertThat(holder[0].get()).isEqualTo(1);
		assertThat(holder[0].get()).isEqualTo(2);
		assertThat(holder[0].get()).isEqualTo(2);
	}

}
