package se.helhet.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import se.helhet.platform.Accounts.NewAccount;
import se.helhet.platform.Role;
import se.helhet.testsupport.HelhetIntegrationTest;

/**
 * What the database holds about passwords and demo credentials: salted Argon2id hashes
 * and token digests, never anything from which the password or token can be read.
 */
@HelhetIntegrationTest
class PasswordStorageIntegrationTests {

	/** Spring Security's Argon2 format: parameters, salt and hash, each salt random. */
	private static final Pattern ARGON2ID = Pattern
		.compile("\\{argon2\\}\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcAccounts accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void everyStoredPasswordIsASaltedArgon2idHash() {
		List<String> hashes = this.jdbc
			.sql("select password_hash from platform_account where password_hash is not null")
			.query(String.class)
			.list();

		assertThat(hashes).as("the demo accounts have passwords").hasSizeGreaterThanOrEqualTo(10);
		assertThat(hashes).allSatisfy(hash -> {
			Matcher argon2 = ARGON2ID.matcher(hash);
			assertThat(argon2.matches()).as("Argon2id: %s", hash).isTrue();
			assertThat(Integer.parseInt(argon2.group(1))).as("memory in KiB").isGreaterThanOrEqualTo(16 * 1024);
			assertThat(Integer.parseInt(argon2.group(2))).as("iterations").isGreaterThanOrEqualTo(2);
			assertThat(Base64.getDecoder().decode(argon2.group(4))).as("salt").hasSizeGreaterThanOrEqualTo(16);
			assertThat(Base64.getDecoder().decode(argon2.group(5))).as("hash").hasSizeGreaterThanOrEqualTo(32);
		});
	}

	@Test
	void demoPasswordIsStoredOnlyAsArgon2AndChecksOut() {
		String hash = this.accounts.passwordHash("handlaggare").orElseThrow();

		assertThat(hash).startsWith("{argon2}$argon2id$");
		assertThat(this.passwordEncoder.matches("demo", hash)).isTrue();
		assertThat(this.passwordEncoder.matches("Demo", hash)).isFalse();
		assertThat(this.passwordEncoder.matches("demo ", hash)).isFalse();
		assertThat(this.passwordEncoder.upgradeEncoding(hash)).as("current parameters").isFalse();
	}

	@Test
	void demoAccountsStoreNothingThatRevealsTheirPasswordOrToken() {
		List<Map<String, Object>> accountRows = this.jdbc.sql("select * from platform_account where demo = true")
			.query()
			.listOfRows();
		List<Map<String, Object>> tokenRows = this.jdbc.sql("""
				select t.* from platform_api_token t join platform_account a on a.id = t.account_id
				where a.demo = true and t.name = 'Demotoken'""").query().listOfRows();

		assertThat(accountRows).hasSizeGreaterThanOrEqualTo(10);
		assertThat(tokenRows).hasSizeGreaterThanOrEqualTo(accountRows.size());
		for (Map<String, Object> account : accountRows) {
			String password = "demo";
			String token = "demo-" + account.get("username");
			assertThat(account.values()).allSatisfy(value -> {
				String stored = String.valueOf(value);
				assertThat(stored).isNotEqualTo(password)
					.isNotEqualTo("{noop}" + password)
					.isNotEqualTo(sha256Hex(password))
					.doesNotContain(token);
			});
		}
		for (Map<String, Object> token : tokenRows) {
			assertThat(String.valueOf(token.get("token_digest"))).matches("[0-9a-f]{64}");
			assertThat(String.valueOf(token.get("token_hint"))).hasSizeLessThanOrEqualTo(8);
		}
	}

	@Test
	void aSetPasswordGetsItsOwnSaltEvenWhenThePasswordIsTheSame() {
		String first = freshAccount();
		String second = freshAccount();
		this.accounts.setPassword(first, "Samma-lösenord-för-båda");
		this.accounts.setPassword(second, "Samma-lösenord-för-båda");

		String firstHash = this.accounts.passwordHash(first).orElseThrow();
		String secondHash = this.accounts.passwordHash(second).orElseThrow();

		assertThat(firstHash).isNotEqualTo(secondHash).doesNotContain("Samma-lösenord");
		assertThat(this.passwordEncoder.matches("Samma-lösenord-för-båda", firstHash)).isTrue();
		assertThat(this.passwordEncoder.matches("Samma-lösenord-för-båda", secondHash)).isTrue();
	}

	private String freshAccount() {
		String username = "hash.test." + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.save(new NewAccount(username, "Hanna Hashsson", null, null, Set.of(Role.REQUESTER), null, null));
		return username;
	}

	private static String sha256Hex(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
