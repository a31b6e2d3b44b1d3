package se.helhet.events.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attempts per key in {@code ev_rate_limit}, shared by every node on the same database.
 * Keys are digests, so the table holds no e-mail address or network address in clear.
 */
@Component
class RateLimits {

	private final JdbcClient jdbc;

	private final Clock clock;

	RateLimits(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Counts an attempt under the key, or refuses it when the limit is reached. The
	 * attempt is kept even when the caller's change is rolled back (a refused form still
	 * counts), so it has its own transaction.
	 * @return true when allowed
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean attempt(String key, RateLimit limit) {
		String digest = digest(key);
		Instant now = clock.instant();
		// older attempts no longer count: the table stays small
		jdbc.sql("delete from ev_rate_limit where key_digest = :key and at < :since")
			.param("key", digest)
			.param("since", OffsetDateTime.ofInstant(limit.since(now), EventsService.STOCKHOLM))
			.update();
		List<Instant> earlier = jdbc.sql("select at from ev_rate_limit where key_digest = :key")
			.param("key", digest)
			.query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant())
			.list();
		if (!limit.allows(earlier, now)) {
			return false;
		}
		jdbc.sql("insert into ev_rate_limit (key_digest, at) values (:key, :at)")
			.param("key", digest)
			.param("at", OffsetDateTime.ofInstant(now, EventsService.STOCKHOLM))
			.update();
		return true;
	}

	static String digest(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String key(String kind, UUID id) {
		return kind + ":" + id;
	}

}
