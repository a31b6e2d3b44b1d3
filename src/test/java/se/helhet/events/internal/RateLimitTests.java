package se.helhet.events.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RateLimitTests {

	private static final Instant NOW = Instant.parse("2026-11-28T20:00:00Z");

	private final RateLimit threePerQuarter = new RateLimit(3, Duration.ofMinutes(15));

	@Test
	void allowsUpToTheLimitInsideTheWindow() {
		assertThat(threePerQuarter.allows(List.of(), NOW)).isTrue();
		assertThat(threePerQuarter.allows(List.of(NOW.minusSeconds(60), NOW.minusSeconds(30)), NOW)).isTrue();
		assertThat(
				threePerQuarter.allows(List.of(NOW.minusSeconds(90), NOW.minusSeconds(60), NOW.minusSeconds(30)), NOW))
			.isFalse();
	}

	@Test
	void attemptsOlderThanTheWindowNoLongerCount() {
		List<Instant> earlier = List.of(NOW.minus(Duration.ofMinutes(16)), NOW.minus(Duration.ofMinutes(15)),
				NOW.minusSeconds(30));

		assertThat(threePerQuarter.allows(earlier, NOW)).isTrue();
		assertThat(threePerQuarter.since(NOW)).isEqualTo(NOW.minus(Duration.ofMinutes(15)));
	}

	@Test
	void aLimitAllowsAtLeastOneAttemptInAPositiveWindow() {
		assertThatThrownBy(() -> new RateLimit(0, Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new RateLimit(1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
	}

}
