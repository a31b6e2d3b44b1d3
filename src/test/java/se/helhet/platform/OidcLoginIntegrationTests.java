package se.helhet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import se.helhet.platform.Accounts.NewAccount;
import se.helhet.testsupport.PostgresAvailability;

/**
 * Single sign-on through the municipality's identity provider, played by a mock OIDC
 * issuer. The issuer has to answer before Spring starts (the client registration reads
 * its discovery document), so this test has its own application context with the
 * {@code kommun} registration; the shared test context has no OIDC at all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(PostgresAvailability.class)
class OidcLoginIntegrationTests {

	private static final String ISSUER_ID = "kommun";

	private static final MockOAuth2Server issuer = new MockOAuth2Server();

	static {
		issuer.start();
	}

	@DynamicPropertySource
	static void kommunensInloggning(DynamicPropertyRegistry registry) {
		String registration = "spring.security.oauth2.client.registration.kommun.";
		registry.add(registration + "client-id", () -> "helhet");
		registry.add(registration + "client-secret", () -> "hemligt");
		registry.add(registration + "scope", () -> "openid,profile,email");
		registry.add(registration + "client-name", () -> "Kommunens inloggning");
		registry.add("spring.security.oauth2.client.provider.kommun.issuer-uri",
				() -> issuer.issuerUrl(ISSUER_ID).toString());
	}

	@AfterAll
	static void stopIssuer() {
		issuer.shutdown();
	}

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void loginPageOffersTheMunicipalitysSingleSignOn() {
		HttpResponse<String> login = web().get("/login");

		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.body()).contains("Logga in med Kommunens inloggning")
			.contains("href=\"/oauth2/authorization/kommun\"");
	}

	@Test
	void handlerLoggingInThroughSingleSignOnLandsOnTheirOwnStartPage() {
		issuer.enqueueCallback(personWithUsername("handlaggare", "Någon Annan"));
		WebSession browser = web();

		HttpResponse<String> landing = browser.get("/oauth2/authorization/kommun");

		assertThat(landing.statusCode()).isEqualTo(200);
		assertThat(landing.uri().getPath()).isEqualTo("/");
		assertThat(landing.body()).contains("Min kö").doesNotContain("id=\"login-heading\"");
		// Roles and name come from Helhet, not from the identity provider.
		String handlerName = this.accounts.findByUsername("handlaggare").orElseThrow().displayName();
		assertThat(landing.body()).contains("Hej " + handlerName + "!").doesNotContain("Någon Annan");
		assertThat(browser.get("/profil").body()).contains("<code>handlaggare</code>");
	}

	@Test
	void unknownPersonLoggingInThroughSingleSignOnGetsANewRequesterAccount() {
		String username = "ny.person." + UUID.randomUUID().toString().substring(0, 8);
		assertThat(this.accounts.findByUsername(username)).isEmpty();
		issuer.enqueueCallback(personWithUsername(username, "Nora Nyström"));

		HttpResponse<String> landing = web().get("/oauth2/authorization/kommun");

		assertThat(landing.statusCode()).isEqualTo(200);
		assertThat(landing.uri().getPath()).isEqualTo("/");
		assertThat(landing.body()).contains("Hej Nora Nyström!").contains("Mina ärenden").doesNotContain("Min kö");
		CurrentUser created = this.accounts.findByUsername(username).orElseThrow();
		assertThat(created.roles()).containsExactly(Role.REQUESTER);
		assertThat(created.displayName()).isEqualTo("Nora Nyström");
	}

	@Test
	void singleSignOnWithoutAUsernameClaimIsRefused() {
		issuer.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, UUID.randomUUID().toString(), "JWT", null,
				Map.of("name", "Utan Namn")));

		HttpResponse<String> landing = web().get("/oauth2/authorization/kommun");

		assertThat(landing.uri().getPath()).isEqualTo("/login");
		assertThat(landing.body()).contains("id=\"login-heading\"")
			.contains("Inloggningen med kommunens inloggning gick inte igenom")
			.doesNotContain("Utan Namn");
	}

	@Test
	void disabledAccountCannotLogInThroughSingleSignOnAndKeepsItsData() {
		String username = "avstangd." + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.save(
				new NewAccount(username, "Agnes Avstängd", "Lönehandläggare", null, Set.of(Role.HANDLER), null, null));
		this.jdbc.sql("update platform_account set enabled = false where username = ?").param(username).update();
		issuer.enqueueCallback(personWithUsername(username, "Agnes Avstängd"));

		HttpResponse<String> landing = web().get("/oauth2/authorization/kommun");

		assertThat(landing.statusCode()).isEqualTo(200);
		assertThat(landing.uri().getPath()).isEqualTo("/login");
		assertThat(landing.body()).contains("Inloggningen med kommunens inloggning gick inte igenom");
		Map<String, Object> account = this.jdbc.sql("select title, enabled from platform_account where username = ?")
			.param(username)
			.query()
			.singleRow();
		assertThat(account.get("title")).as("the account is not overwritten").isEqualTo("Lönehandläggare");
		assertThat(account.get("enabled")).isEqualTo(false);
		assertThat(this.jdbc.sql("""
				select r.role from platform_account_role r join platform_account a on a.id = r.account_id
				where a.username = ?""").param(username).query(String.class).list()).containsExactly("HANDLER");
	}

	private static DefaultOAuth2TokenCallback personWithUsername(String username, String name) {
		return new DefaultOAuth2TokenCallback(ISSUER_ID, UUID.randomUUID().toString(), "JWT", null,
				Map.of("preferred_username", username, "name", name, "email", username + "@sjovik.example"));
	}

	private WebSession web() {
		return WebSession.at("http://localhost:" + this.port);
	}

}
