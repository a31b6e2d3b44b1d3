package se.helhet.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.platform.Accounts.NewAccount;
import se.helhet.platform.CurrentUser;
import se.helhet.platform.Role;
import se.helhet.platform.WebSession;
import se.helhet.testsupport.HelhetIntegrationTest;

/**
 * Leaving demo mode: a database that once had the demo passwords and tokens must not
 * accept them any more. The test shares the database with every other test, so it gives
 * the demo credentials back when it is done.
 */
@HelhetIntegrationTest
class DemoCredentialsIntegrationTests {

	private static final String REAL_PASSWORD = "Ett-riktigt-lösenord-2026";

	@LocalServerPort
	int port;

	@Autowired
	JdbcAccounts accounts;

	@Autowired
	ApiTokens tokens;

	@Test
	void disablingDemoCredentialsStopsDemoPasswordsAndAllTokensOfDemoAccounts() {
		String demoUser = account("demo.engang.");
		this.accounts.grantDemoCredentials(demoUser);
		String ownToken = this.tokens.create(this.accounts.findByUsername(demoUser).orElseThrow().accountId(), "Egen")
			.value();
		String realUser = account("riktig.");
		this.accounts.setPassword(realUser, REAL_PASSWORD);
		String realToken = this.tokens.create(this.accounts.findByUsername(realUser).orElseThrow().accountId(), "Egen")
			.value();
		List<String> demoUsernames = this.accounts.demoAccounts().stream().map(CurrentUser::username).toList();
		assertThat(demoUsernames).contains("handlaggare", "admin", demoUser).doesNotContain(realUser);
		assertThat(canLogIn(demoUser, "demo")).isTrue();
		assertThat(apiStatus("demo-" + demoUser)).isEqualTo(200);
		assertThat(apiStatus(ownToken)).isEqualTo(200);

		try {
			this.accounts.disableDemoCredentials();

			assertThat(canLogIn(demoUser, "demo")).isFalse();
			assertThat(canLogIn("handlaggare", "demo")).isFalse();
			assertThat(canLogIn("admin", "demo")).isFalse();
			assertThat(apiStatus("demo-" + demoUser)).isEqualTo(401);
			assertThat(apiStatus("demo-handlaggare")).isEqualTo(401);
			assertThat(apiStatus("demo-admin")).isEqualTo(401);
			assertThat(apiStatus(ownToken)).as("a demo account's own token").isEqualTo(401);
			assertThat(this.accounts.passwordHash("handlaggare")).isEmpty();
			// Accounts that were never demo keep what they have.
			assertThat(canLogIn(realUser, REAL_PASSWORD)).isTrue();
			assertThat(apiStatus(realToken)).isEqualTo(200);
		}
		finally {
			demoUsernames.forEach(this.accounts::grantDemoCredentials);
		}
		assertThat(canLogIn("handlaggare", "demo")).as("demo credentials given back").isTrue();
		assertThat(apiStatus("demo-admin")).isEqualTo(200);
	}

	@Test
	void demoCredentialsAreGivenOnlyInDemoMode() {
		String username = account("inte.demo.");
		JdbcAccounts outsideDemoMode = new JdbcAccounts(null, null, this.tokens, () -> false, null);

		assertThatIllegalStateException().isThrownBy(() -> outsideDemoMode.grantDemoCredentials(username));
		assertThat(this.accounts.passwordHash(username)).isEmpty();
	}

	private String account(String prefix) {
		String username = prefix + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.save(new NewAccount(username, "Testa Testsson", null, null, Set.of(Role.REQUESTER), null, null));
		return username;
	}

	private boolean canLogIn(String username, String password) {
		return WebSession.at("http://localhost:" + this.port).login(username, password).uri().getPath().equals("/");
	}

	private int apiStatus(String token) {
		try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
			return client
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/me"))
					.header("Authorization", "Bearer " + token)
					.build(), HttpResponse.BodyHandlers.discarding())
				.statusCode();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
