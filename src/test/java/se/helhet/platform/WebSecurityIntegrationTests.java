package se.helhet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.helhet.platform.Accounts.NewAccount;
import se.helhet.testsupport.HelhetIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The browser-facing protections (CSRF, headers, session fixation) and the operational
 * endpoints: health is public, metrics need an administrator's token, the API is
 * described.
 */
@HelhetIntegrationTest
class WebSecurityIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Test
	void formPostWithoutCsrfTokenIsRefusedAndChangesNothing() {
		String username = throwawayAccount();
		WebSession browser = WebSession.at(baseUrl());
		assertThat(browser.login(username, "demo").uri().getPath()).isEqualTo("/");

		HttpResponse<String> refused = browser.postRaw("/profil/tokens", Map.of("name", "Utan CSRF"));
		HttpResponse<String> wrongToken = browser.postRaw("/profil/tokens",
				Map.of("name", "Fel CSRF", "_csrf", "inte-en-riktig-token"));

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(wrongToken.statusCode()).isEqualTo(403);
		assertThat(this.jdbc.sql("""
				select count(*) from platform_api_token t join platform_account a on a.id = t.account_id
				where a.username = ? and t.name <> 'Demotoken'""").param(username).query(Long.class).single()).isZero();
		// The session itself is still fine: the same form with its token goes through.
		HttpResponse<String> accepted = browser.postForm("/profil/tokens", WebSession.csrfToken(browser.get("/profil")),
				Map.of("name", "Med CSRF"));
		assertThat(accepted.statusCode()).isEqualTo(200);
		assertThat(accepted.body()).contains("id=\"new-token\"");
	}

	@Test
	void loginPageOffersNoSingleSignOnWhenNoneIsConfigured() {
		HttpResponse<String> login = WebSession.at(baseUrl()).get("/login");

		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.body()).contains("id=\"login-heading\"")
			.doesNotContain("/oauth2/authorization/")
			.doesNotContain("Logga in med ");
	}

	@Test
	void loginWithoutCsrfTokenIsRefused() {
		WebSession browser = WebSession.at(baseUrl());
		browser.get("/login");

		HttpResponse<String> refused = browser.postRaw("/login", Map.of("username", "admin", "password", "demo"));

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(browser.get("/").uri().getPath()).isEqualTo("/login");
	}

	@Test
	void pagesCarryTheProtectiveHeaders() {
		HttpResponse<String> login = WebSession.at(baseUrl()).get("/login");

		assertThat(header(login, "Content-Security-Policy")).contains("default-src 'self'")
			.contains("script-src 'self'")
			.contains("frame-ancestors 'none'")
			.doesNotContain("unsafe-inline")
			.doesNotContain("unsafe-eval");
		assertThat(header(login, "X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(header(login, "X-Frame-Options")).isEqualTo("DENY");
		assertThat(header(login, "Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
	}

	@Test
	void apiResponsesCarryTheProtectiveHeaders() {
		HttpResponse<String> me = get("/api/v1/me", "demo-bestallare");

		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(header(me, "Content-Security-Policy")).contains("default-src 'none'")
			.contains("frame-ancestors 'none'");
		assertThat(header(me, "X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(header(me, "X-Frame-Options")).isEqualTo("DENY");
		assertThat(me.headers().firstValue("Set-Cookie")).as("the API is stateless").isEmpty();
	}

	@Test
	void sessionIdChangesAtLoginSoAPlantedSessionIsWorthless() {
		WebSession browser = WebSession.at(baseUrl());
		browser.get("/login");
		String before = browser.cookie("JSESSIONID").orElseThrow();

		HttpResponse<String> home = browser.login("handlaggare", "demo");

		assertThat(home.uri().getPath()).isEqualTo("/");
		String after = browser.cookie("JSESSIONID").orElseThrow();
		assertThat(after).isNotEqualTo(before);
		assertThat(withSessionCookie(before).statusCode()).as("the old session id is not logged in").isEqualTo(302);
		assertThat(withSessionCookie(after).statusCode()).isEqualTo(200);
	}

	@Test
	void logoutEndsTheSession() {
		WebSession browser = WebSession.at(baseUrl());
		HttpResponse<String> home = browser.login("handlaggare", "demo");
		String session = browser.cookie("JSESSIONID").orElseThrow();

		HttpResponse<String> loggedOut = browser.postForm("/logout", WebSession.csrfToken(home), Map.of());

		assertThat(loggedOut.uri().getPath()).isEqualTo("/login");
		assertThat(loggedOut.body()).contains("Du är utloggad.");
		assertThat(withSessionCookie(session).statusCode()).isEqualTo(302);
	}

	@Test
	void healthIsPublicAndUp() {
		HttpResponse<String> health = get("/actuator/health", null);

		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(health.body()).path("status").asString()).isEqualTo("UP");
		assertThat(health.body()).as("no details for the public").doesNotContain("components");
	}

	@Test
	void prometheusMetricsNeedAnAdministratorsToken() {
		assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
		HttpResponse<String> handler = get("/actuator/prometheus", "demo-handlaggare");
		assertThat(handler.statusCode()).isEqualTo(403);
		assertThat(header(handler, "Content-Type")).startsWith("application/problem+json");
		assertThat(handler.body()).contains("Behörighet saknas");

		HttpResponse<String> admin = get("/actuator/prometheus", "demo-admin");

		assertThat(admin.statusCode()).isEqualTo(200);
		assertThat(header(admin, "Content-Type")).startsWith("text/plain");
		assertThat(admin.body()).contains("# TYPE jvm_memory_used_bytes gauge");
	}

	@Test
	void otherActuatorEndpointsNeedAnAdministratorToo() {
		assertThat(get("/actuator", null).statusCode()).isEqualTo(401);
		assertThat(get("/actuator/info", "demo-handlaggare").statusCode()).isEqualTo(403);
	}

	@Test
	void openApiDescriptionDocumentsTheApi() {
		HttpResponse<String> docs = get("/v3/api-docs", null);

		assertThat(docs.statusCode()).isEqualTo(200);
		JsonNode paths = this.json.readTree(docs.body()).path("paths");
		assertThat(paths.has("/api/v1/organisation/units")).isTrue();
		assertThat(paths.has("/api/v1/me")).isTrue();
		assertThat(paths.path("/api/v1/me").path("get").path("summary").asString()).isEqualTo("Vem är jag");
		assertThat(paths.propertyNames()).as("only the API, not the HTML pages")
			.allSatisfy(path -> assertThat(path).startsWith("/api/"));
	}

	private String throwawayAccount() {
		String username = "webb.test." + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.save(new NewAccount(username, "Webb Testsson", null, null, Set.of(Role.REQUESTER), null, null));
		this.accounts.grantDemoCredentials(username);
		return username;
	}

	private HttpResponse<String> withSessionCookie(String sessionId) {
		return send(HttpRequest.newBuilder(URI.create(baseUrl() + "/"))
			.header("Cookie", "JSESSIONID=" + sessionId)
			.header("Accept", "text/html")
			.build());
	}

	private HttpResponse<String> get(String path, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return send(request.build());
	}

	private static HttpResponse<String> send(HttpRequest request) {
		try (HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build()) {
			return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String header(HttpResponse<String> response, String name) {
		return response.headers()
			.firstValue(name)
			.orElseThrow(() -> new AssertionError("No " + name + " header on " + response.uri()));
	}

	private String baseUrl() {
		return "http://localhost:" + this.port;
	}

}
