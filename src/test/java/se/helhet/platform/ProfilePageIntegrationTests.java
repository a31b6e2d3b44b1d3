package se.helhet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.helhet.platform.Accounts.NewAccount;
import se.helhet.testsupport.HelhetIntegrationTest;

/**
 * The profile page's forms: mistakes are explained in Swedish on the same page, and
 * nothing changes until the input is right.
 */
@HelhetIntegrationTest
class ProfilePageIntegrationTests {

	private static final String NEW_PASSWORD = "Sommarstuga-vid-sjon-7";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void wrongCurrentPasswordIsExplainedAndThePasswordStays() {
		String username = throwawayAccount();
		WebSession browser = loggedIn(username);

		HttpResponse<String> answer = changePassword(browser, "fel-lösenord", NEW_PASSWORD, NEW_PASSWORD);

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("Det nuvarande lösenordet stämmer inte. Skriv det igen.")
			.contains("role=\"alert\"")
			.contains("id=\"password-heading\"");
		assertThat(canLogIn(username, "demo")).isTrue();
		assertThat(canLogIn(username, NEW_PASSWORD)).isFalse();
	}

	@Test
	void tooShortOrMismatchedNewPasswordsAreExplained() {
		WebSession browser = loggedIn(throwawayAccount());

		assertThat(changePassword(browser, "demo", "kort", "kort").body())
			.contains("Det nya lösenordet är för kort. Använd minst 12 tecken.");
		assertThat(changePassword(browser, "demo", NEW_PASSWORD, NEW_PASSWORD + "x").body())
			.contains("De två nya lösenorden är inte lika.");
	}

	@Test
	void changedPasswordReplacesTheOldOne() {
		String username = throwawayAccount();
		WebSession browser = loggedIn(username);

		HttpResponse<String> answer = changePassword(browser, "demo", NEW_PASSWORD, NEW_PASSWORD);

		assertThat(answer.uri().getPath()).isEqualTo("/profil");
		assertThat(answer.body()).contains("Lösenordet är bytt.");
		assertThat(canLogIn(username, NEW_PASSWORD)).isTrue();
		assertThat(canLogIn(username, "demo")).isFalse();
	}

	@Test
	void emptyTokenNameIsExplainedAndThePageStays() {
		String username = throwawayAccount();
		WebSession browser = loggedIn(username);

		HttpResponse<String> answer = browser.postForm("/profil/tokens", WebSession.csrfToken(browser.get("/profil")),
				Map.of("name", "   "));

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.uri().getPath()).as("no redirect: the form is shown again").isEqualTo("/profil/tokens");
		assertThat(answer.body()).contains("Skriv ett namn på token så att du känner igen den senare.")
			.contains("id=\"token-name-error\"")
			.contains("aria-invalid=\"true\"")
			.contains("id=\"tokens-heading\"")
			.doesNotContain("id=\"new-token\"");
		assertThat(ownTokens(username)).isZero();
	}

	@Test
	void tooLongTokenNameIsExplainedAndKeptForCorrection() {
		String username = throwawayAccount();
		WebSession browser = loggedIn(username);
		String name = "Rapport ".repeat(20);

		HttpResponse<String> answer = browser.postForm("/profil/tokens", WebSession.csrfToken(browser.get("/profil")),
				Map.of("name", name));

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("Namnet får vara högst 100 tecken.").contains(name.strip());
		assertThat(ownTokens(username)).isZero();
	}

	private HttpResponse<String> changePassword(WebSession browser, String current, String next, String repeat) {
		return browser.postForm("/profil/losenord", WebSession.csrfToken(browser.get("/profil")),
				Map.of("current", current, "next", next, "repeat", repeat));
	}

	private boolean canLogIn(String username, String password) {
		return WebSession.at(baseUrl()).login(username, password).uri().getPath().equals("/");
	}

	private WebSession loggedIn(String username) {
		WebSession browser = WebSession.at(baseUrl());
		assertThat(browser.login(username, "demo").uri().getPath()).isEqualTo("/");
		return browser;
	}

	private long ownTokens(String username) {
		return this.jdbc.sql("""
				select count(*) from platform_api_token t join platform_account a on a.id = t.account_id
				where a.username = ? and t.name <> 'Demotoken'""").param(username).query(Long.class).single();
	}

	private String throwawayAccount() {
		String username = "profil.test." + UUID.randomUUID().toString().substring(0, 8);
		this.accounts
			.save(new NewAccount(username, "Petra Profilsson", null, null, Set.of(Role.REQUESTER), null, null));
		this.accounts.grantDemoCredentials(username);
		return username;
	}

	private String baseUrl() {
		return "http://localhost:" + this.port;
	}

}
