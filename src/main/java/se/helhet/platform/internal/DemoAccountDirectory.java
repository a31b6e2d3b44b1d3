package se.helhet.platform.internal;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.helhet.platform.CurrentUser;

/** The demo accounts the login page lists: one per role, in the order of DESIGN.md §2. */
@Component
public class DemoAccountDirectory {

	/** The usernames promised to newcomers; other clients rely on them. */
	static final List<String> ROLE_ACCOUNTS = List.of("bestallare", "handlaggare", "hr-chef", "ekonomichef",
			"kommunikationschef", "forvaltningschef", "kommundirektor", "redaktor", "facklig", "admin");

	private final JdbcAccounts accounts;

	DemoAccountDirectory(JdbcAccounts accounts) {
		this.accounts = accounts;
	}

	public List<DemoAccount> roleAccounts() {
		Map<String, CurrentUser> demo = new java.util.HashMap<>();
		accounts.demoAccounts().forEach(u -> demo.put(u.username(), u));
		return ROLE_ACCOUNTS.stream()
			.filter(demo::containsKey)
			.map(demo::get)
			.map(u -> new DemoAccount(u.username(), u.displayName(), u.title(), u.primaryRole().labelKey()))
			.toList();
	}

	public record DemoAccount(String username, String displayName, String title, String roleKey) {
	}

}
