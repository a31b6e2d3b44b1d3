package se.helhet.platform.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: 256 random bits shown once, stored as a SHA-256 digest. A lookup
 * is one indexed query ({@link JdbcAccounts#findByApiToken}), so the API pays no
 * password-hash cost per call.
 */
@Service
@Transactional
public class ApiTokens {

	static final String PREFIX = "hh_";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	ApiTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Creates a token and returns its value, which is never stored and never shown again.
	 */
	CreatedToken create(UUID accountId, String name) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String value = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		UUID id = store(accountId, name, value);
		return new CreatedToken(id, value);
	}

	void storeDemoToken(UUID accountId, String value) {
		jdbc.sql("delete from platform_api_token where token_digest = ?").param(digest(value)).update();
		store(accountId, "Demotoken", value);
	}

	private UUID store(UUID accountId, String name, String value) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into platform_api_token (id, account_id, name, token_digest, token_hint, created_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(id, accountId, name, digest(value), hint(value), OffsetDateTime.now(clock))
			.update();
		return id;
	}

	@Transactional(readOnly = true)
	List<TokenView> list(UUID accountId) {
		return jdbc.sql("""
				select id, name, token_hint, created_at, revoked_at from platform_api_token
				where account_id = ? order by created_at desc""")
			.param(accountId)
			.query((rs, n) -> new TokenView(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("token_hint"), rs.getObject("created_at", OffsetDateTime.class),
					rs.getObject("revoked_at", OffsetDateTime.class)))
			.list();
	}

	/**
	 * Revokes one of the account's own tokens; false when it is not theirs or already
	 * revoked.
	 */
	boolean revoke(UUID accountId, UUID tokenId) {
		return jdbc
			.sql("update platform_api_token set revoked_at = ? where id = ? and account_id = ? and revoked_at is null")
			.params(OffsetDateTime.now(clock), tokenId, accountId)
			.update() == 1;
	}

	static String digest(String value) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha256.digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String hint(String value) {
		return value.length() <= 8 ? value.substring(0, Math.min(4, value.length())) + "…"
				: value.substring(0, 7) + "…";
	}

	record CreatedToken(UUID id, String value) {
	}

	public record TokenView(UUID id, String name, String hint, OffsetDateTime createdAt, OffsetDateTime revokedAt) {

		boolean active() {
			return revokedAt == null;
		}

	}

}
