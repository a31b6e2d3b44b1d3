package se.helhet.platform;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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

	@Test
	void whileOneCallerReadsAgedDataAgainTheOthersGoOnWithWhatWasRead() throws Exception {
		AtomicInteger loads = new AtomicInteger();
		CountDownLatch reading = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ReferenceData<Integer> data = new ReferenceData<>(Duration.ofMillis(1), () -> {
			int n = loads.incrementAndGet();
			if (n == 2) {
				reading.countDown();
				try {
					release.await(5, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			return n;
		});
		data.get();
		Thread.sleep(5);

		Thread first = Thread.ofVirtual().start(data::get);
		assertThat(reading.await(5, TimeUnit.SECONDS)).isTrue();

		assertThat(data.get()).isEqualTo(1);
		release.countDown();
		first.join(5000);
		assertThat(loads).hasValue(2);
	}

}
