package se.helhet.events.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

/**
 * A limit of so many attempts per window of time, e.g. three sign-in mails per e-mail
 * address per fifteen minutes. Counts the attempts inside the window that ends now.
 *
 * @param max attempts allowed in the window
 * @param window how far back attempts count
 */
public record RateLimit(int max, Duration window) {

	public RateLimit {
		if (max < 1 || window.isNegative() || window.isZero()) {
			throw new IllegalArgumentException("A rate limit allows at least one attempt in a positive window");
		}
	}

	/** Whether one more attempt is allowed now, given the earlier attempts. */
	public boolean allows(Collection<Instant> earlier, Instant now) {
		return earlier.stream().filter(at -> at.isAfter(since(now)) && !at.isAfter(now)).count() < max;
	}

	/** The start of the window that ends now: older attempts no longer count. */
	public Instant since(Instant now) {
		return now.minus(window);
	}

}
