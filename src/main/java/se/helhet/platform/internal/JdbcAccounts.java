package se.helhet.platform.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import se.helhet.platform.Accounts;
import se.helhet.platform.CurrentUser;
import se.helhet.platform.DemoMode;
import se.helhet.platform.Role;

@Service
@Transactional
class JdbcAccounts implements Accounts {

	static final String DEMO_PASSWORD = "demo";

	private final JdbcClient jdbc;

	private final PasswordEncoder passwordEncoder;

	private final ApiTokens tokens;

	private final DemoMode demoMode;

	private final Clock clock;

	/**
	 * One hash for every demo account: hashing the same known password forty times only
	 * costs time.
	 */
	private String demoPasswordHash;

	JdbcAccounts(JdbcClient jdbc, PasswordEncoder passwordEncoder, ApiTokens tokens, DemoMode demoMode, Clock clock) {
		this.jdbc = jdbc;
		this.passwordEncoder = passwordEncoder;
		this.tokens = tokens;
		this.demoMode = demoMode;
		this.clock = clock;
	}

	@Override
	public UUID save(NewAccount account) {
		String username = account.username().trim().toLowerCase();
		Optional<UUID> existing = jdbc.sql("select id from platform_account where username = ?")
			.param(username)
			.query(UUID.class)
			.optional();
		UUID id = existing.orElseGet(UUID::randomUUID);
		if (existing.isPresent()) {
			jdbc.sql("""
					update platform_account set display_name = ?, title = ?, email = ?, unit_id = ?, staff_id = ?
					where id = ?""")
				.params(account.displayName(), account.title(), account.email(), account.unitId(), account.staffId(),
						id)
				.update();
			jdbc.sql("delete from platform_account_role where account_id = ?").param(id).update();
		}
		else {
			jdbc.sql("""
					insert into platform_account (id, username, display_name, title, email, unit_id, staff_id, demo,
					 enabled, created_at) values (?, ?, ?, ?, ?, ?, ?, false, true, ?)""")
				.params(id, username, account.displayName(), account.title(), account.email(), account.unitId(),
						account.staffId(), OffsetDateTime.now(clock))
				.update();
		}
		for (Role role : account.roles()) {
			jdbc.sql("insert into platform_account_role (account_id, role) values (?, ?)")
				.params(id, role.name())
				.update();
		}
		return id;
	}

	@Override
	public void grantDemoCredentials(String username) {
		if (!demoMode.enabled()) {
			throw new IllegalStateException("Demo credentials are only given in demo mode");
		}
		if (demoPasswordHash == null) {
			demoPasswordHash = passwordEncoder.encode(DEMO_PASSWORD);
		}
		UUID id = jdbc.sql("select id from platform_account where username = ?")
			.param(username)
			.query(UUID.class)
			.single();
		jdbc.sql("update platform_account set password_hash = ?, demo = true where id = ?")
			.params(demoPasswordHash, id)
			.update();
		tokens.storeDemoToken(id, "demo-" + username);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CurrentUser> findByUsername(String username) {
		return query("where a.username = ? and a.enabled = true", username.trim().toLowerCase()).stream().findFirst();
	}

	/**
	 * The enabled account that owns this API token, if the token is valid and not
	 * revoked: one statement outside any transaction, as every API call asks it (a lookup
	 * of the token and then of its account, each in a transaction of its own, were six
	 * statements and two pool checkouts per call).
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	Optional<CurrentUser> findByApiToken(String token) {
		if (token == null || token.isBlank() || token.length() > 200) {
			return Optional.empty();
		}
		return query("""
				join platform_api_token t on t.account_id = a.id
				where t.token_digest = ? and t.revoked_at is null and a.enabled = true""", ApiTokens.digest(token))
			.stream()
			.findFirst();
	}

	@Override
	@Transactional(readOnly = true)
	public List<CurrentUser> findByUnit(UUID unitId) {
		return query("where a.unit_id = ? and a.enabled = true", unitId);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> emailOf(String username) {
		if (username == null || username.isBlank()) {
			return Optional.empty();
		}
		return jdbc.sql("select email from platform_account where username = ? and enabled = true")
			.param(username.trim().toLowerCase())
			.query(String.class)
			.list()
			.stream()
			.filter(email -> email != null && !email.isBlank())
			.findFirst();
	}

	@Transactional(readOnly = true)
	Optional<String> passwordHash(String username) {
		return jdbc.sql("select password_hash from platform_account where username = ? and enabled = true")
			.param(username.trim().toLowerCase())
			.query(String.class)
			.optional();
	}

	/** Whether an account with this username exists but may not log in. */
	@Transactional(readOnly = true)
	boolean isDisabled(String username) {
		return jdbc.sql("select count(*) from platform_account where username = ? and enabled = false")
			.param(username.trim().toLowerCase())
			.query(Long.class)
			.single() > 0;
	}

	@Transactional(readOnly = true)
	List<CurrentUser> demoAccounts() {
		return query("where a.demo = true and a.enabled = true order by a.username");
	}

	/**
	 * Outside demo mode no known password or token may work, even in a database that once
	 * had them.
	 */
	void disableDemoCredentials() {
		jdbc.sql("update platform_account set password_hash = null where demo = true").update();
		jdbc.sql("""
				update platform_api_token set revoked_at = ? where revoked_at is null
				 and account_id in (select id from platform_account where demo = true)""")
			.param(OffsetDateTime.now(clock))
			.update();
	}

	boolean anyAccount() {
		return jdbc.sql("select count(*) from platform_account").query(Long.class).single() > 0;
	}

	void setPassword(String username, String rawPassword) {
		jdbc.sql("update platform_account set password_hash = ? where username = ?")
			.params(passwordEncoder.encode(rawPassword), username)
			.update();
	}

	private List<CurrentUser> query(String where, Object... params) {
		Map<UUID, Row> rows = new LinkedHashMap<>();
		jdbc.sql("""
				select a.id, a.username, a.display_name, a.title, a.unit_id, a.staff_id, r.role
				from platform_account a left join platform_account_role r on r.account_id = a.id
				""" + where).params(params).query((rs, n) -> {
			UUID id = rs.getObject("id", UUID.class);
			Row row = rows.computeIfAbsent(id,
					k -> new Row(id, getString(rs, "username"), getString(rs, "display_name"), getString(rs, "title"),
							getUuid(rs, "unit_id"), getUuid(rs, "staff_id"), EnumSet.noneOf(Role.class)));
			String role = rs.getString("role");
			if (role != null) {
				row.roles().add(Role.valueOf(role));
			}
			return id;
		}).list();
		List<CurrentUser> users = new ArrayList<>();
		rows.values()
			.forEach(r -> users.add(new CurrentUser(r.id(), r.username(), r.displayName(), r.title(), r.roles(),
					r.unitId(), r.staffId())));
		return users;
	}

	private static String getString(java.sql.ResultSet rs, String column) {
		try {
			return rs.getString(column);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static UUID getUuid(java.sql.ResultSet rs, String column) {
		try {
			return rs.getObject(column, UUID.class);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Row(UUID id, String username, String displayName, String title, UUID unitId, UUID staffId,
			Set<Role> roles) {
	}

}
