package se.helhet.routing.internal;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecentlyTests {

	final AtomicLong clock = new AtomicLong();

	final AtomicInteger reads = new AtomicInteger();

	@Test
	void withinTheTimeToLiveAFunctionIsReadOnce() {
		Recently<String, Integer> values = new Recently<>(key -> reads.incrementAndGet(), clock::get, 1000);

		values.get("HR");
		clock.addAndGet(999_000_000L);

		assertThat(values.get("HR")).isEqualTo(1);
		assertThat(values.get("EK")).isEqualTo(2);
	}

	@Test
	void anAgedValueIsReadAgain() {
		Recently<String, Integer> values = new Recently<>(key -> reads.incrementAndGet(), clock::get, 1000);
		values.get("HR");

		clock.addAndGet(1_000_000_000L);

		assertThat(values.get("HR")).isEqualTo(2);
	}

	@Test
	void aTimeToLiveOfZeroReadsEveryTime() {
		Recently<String, Integer> values = new Recently<>(key -> reads.incrementAndGet(), clock::get, 0);

		values.get("HR");

		assertThat(values.get("HR")).isEqualTo(2);
	}

	@Test
	void whileOneIntakeReadsAgainTheOthersGoOnWithWhatWasRead() throws Exception {
		CountDownLatch reading = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		Recently<String, Integer> values = new Recently<>(key -> {
			int n = reads.incrementAndGet();
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
		}, clock::get, 1000);
		values.get("HR");
		clock.addAndGet(1_000_000_000L);

		Thread first = Thread.ofVirtual().start(() -> values.get("HR"));
		assertThat(reading.await(5, TimeUnit.SECONDS)).isTrue();

		assertThat(values.get("HR")).isEqualTo(1);
		release.countDown();
		first.join(5000);
		assertThat(values.get("HR")).isEqualTo(2);
		assertThat(reads).hasValue(2);
	}

}
