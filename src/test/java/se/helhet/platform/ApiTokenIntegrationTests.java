package se.helhet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.helhet.platform.Accounts.NewAccount;
import se.helhet.testsupport.HelhetIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Personal API tokens: the API answers 401 in JSON (never a login redirect) without a
 * valid token, a token made on the profile page works until it is revoked there, and the
 * database keeps only a digest.
 */
@HelhetIntegrationTest
class ApiTokenIntegrationTests {

	private static final Pattern NEW_TOKEN = Pattern.compile("id=\"new-token\">([^<]+)</code>");

	private static final Pattern REVOKE_ACTION = Pattern.compile("action=\"/profil/tokens/([0-9a-f-]{36})/aterkalla\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	JsonMapper json;

	@Test
	void apiWithoutTokenAnswers401ProblemDetailsInSwedishInsteadOfRedirectingToLogin() {
		HttpResponse<String> response = api("/api/v1/me", null);

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Location")).isEmpty();
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.path("status").asInt()).isEqualTo(401);
		assertThat(problem.path("title").asString()).isEqualTo("Inloggning krävs");
		assertThat(problem.path("detail").asString()).contains("saknar en giltig API-token")
			.contains("Authorization: Bearer");
		assertThat(problem.path("instance").asString()).isEqualTo("/api/v1/me");
	}

	@Test
	void demoTokenAuthenticatesAsItsOwner() {
		HttpResponse<String> response = api("/api/v1/me", "demo-handlaggare");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode me = this.json.readTree(response.body());
		assertThat(me.path("username").asString()).isEqualTo("handlaggare");
		assertThat(me.path("roles").toString()).contains("HANDLER").doesNotContain("ADMIN");
	}

	@Test
	void browserSessionDoesNotAuthenticateTheApi() {
		// The API has no CSRF protection, which is only safe while cookies cannot log in
		// to it.
		WebSession browser = WebSession.withoutRedirects(baseUrl());
		browser.login("handlaggare", "demo");
		String session = browser.cookie("JSESSIONID").orElseThrow();

		HttpResponse<String> response = send(request("/api/v1/me").header("Cookie", "JSESSIONID=" + session).build());

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).doesNotContain("handlaggare\"");
	}

	@Test
	void unknownOrMalformedTokensAnswer401() {
		for (String garbage : List.of("nonsens", "demo-", "demo-handlaggare2", "DEMO-HANDLAGGARE",
				"hh_" + "A".repeat(43), "x".repeat(500))) {
			HttpResponse<String> response = api("/api/v1/me", garbage);
			assertThat(response.statusCode()).as("token %s", garbage).isEqualTo(401);
			assertThat(response.body()).as("token %s", garbage).doesNotContain("handlaggare\"");
		}
		HttpResponse<String> basic = send(
				request("/api/v1/me").header("Authorization", "Basic aGFuZGxhZ2dhcmU6ZGVtbw==").build());
		assertThat(basic.statusCode()).isEqualTo(401);
	}

	@Test
	void tokenMadeOnTheProfilePageWorksOnTheApiUntilRevokedThere() throws Exception {
		String username = throwawayAccount();
		WebSession browser = WebSession.at(baseUrl());
		browser.login(username, "demo");
		HttpResponse<String> profile = browser.get("/profil");

		HttpResponse<String> created = browser.postForm("/profil/tokens", WebSession.csrfToken(profile),
				Map.of("name", "Power BI-rapport"));

		assertThat(created.uri().getPath()).isEqualTo("/profil");
		Matcher shown = NEW_TOKEN.matcher(created.body());
		assertThat(shown.find()).as("the new token is shown once").isTrue();
		String token = shown.group(1);
		assertThat(token).startsWith("hh_").hasSizeGreaterThanOrEqualTo(40);
		HttpResponse<String> me = api("/api/v1/me", token);
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(me.body()).path("username").asString()).isEqualTo(username);
		assertThat(browser.get("/profil").body()).as("the token is shown only once").doesNotContain(token);

		Matcher revoke = REVOKE_ACTION.matcher(created.body());
		assertThat(revoke.find()).isTrue();
		HttpResponse<String> revoked = browser.postForm("/profil/tokens/" + revoke.group(1) + "/aterkalla",
				WebSession.csrfToken(created), Map.of());

		assertThat(revoked.body()).contains("Token är återkallad och fungerar inte längre.");
		assertThat(api("/api/v1/me", token).statusCode()).isEqualTo(401);
	}

	@Test
	void databaseKeepsOnlyTheSha256DigestOfAToken() throws Exception {
		String username = throwawayAccount();
		WebSession browser = WebSession.at(baseUrl());
		browser.login(username, "demo");
		HttpResponse<String> created = browser.postForm("/profil/tokens", WebSession.csrfToken(browser.get("/profil")),
				Map.of("name", "Lönesystemet"));
		Matcher shown = NEW_TOKEN.matcher(created.body());
		assertThat(shown.find()).isTrue();
		String token = shown.group(1);

		List<Map<String, Object>> rows = this.jdbc.sql("""
				select t.* from platform_api_token t join platform_account a on a.id = t.account_id
				where a.username = ? and t.name = ?""").params(username, "Lönesystemet").query().listOfRows();

		assertThat(rows).hasSize(1);
		Map<String, Object> row = rows.get(0);
		assertThat(row.get("token_digest")).isEqualTo(sha256Hex(token));
		assertThat(row.values()).allSatisfy(value -> assertThat(String.valueOf(value)).doesNotContain(token));
		assertThat(String.valueOf(row.get("token_hint"))).hasSizeLessThanOrEqualTo(8);
	}

	@Test
	void personCannotRevokeSomeoneElsesToken() {
		String owner = throwawayAccount();
		WebSession ownerBrowser = WebSession.at(baseUrl());
		ownerBrowser.login(owner, "demo");
		HttpResponse<String> created = ownerBrowser.postForm("/profil/tokens",
				WebSession.csrfToken(ownerBrowser.get("/profil")), Map.of("name", "Ägarens token"));
		Matcher shown = NEW_TOKEN.matcher(created.body());
		Matcher revoke = REVOKE_ACTION.matcher(created.body());
		assertThat(shown.find() && revoke.find()).isTrue();

		WebSession other = WebSession.at(baseUrl());
		other.login(throwawayAccount(), "demo");
		HttpResponse<String> attempt = other.postForm("/profil/tokens/" + revoke.group(1) + "/aterkalla",
				WebSession.csrfToken(other.get("/profil")), Map.of());

		assertThat(attempt.body()).contains("Token finns inte eller är redan återkallad.");
		assertThat(api("/api/v1/me", shown.group(1)).statusCode()).isEqualTo(200);
	}

	/** A fresh requester with the demo password, so no shared demo account is changed. */
	private String throwawayAccount() {
		String username = "token.test." + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.save(new NewAccount(username, "Tova Tokensson", null, null, Set.of(Role.REQUESTER), null, null));
		this.accounts.grantDemoCredentials(username);
		return username;
	}

	private HttpResponse<String> api(String path, String token) {
		HttpRequest.Builder request = request(path);
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return send(request.build());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Accept", "application/json").GET();
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

	private String baseUrl() {
		return "http://localhost:" + this.port;
	}

	private static String sha256Hex(String value) throws Exception {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
	}

}
