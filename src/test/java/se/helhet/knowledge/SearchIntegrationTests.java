package se.helhet.knowledge;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import se.helhet.catalogue.ServiceView;
import se.helhet.organisation.UnitView;
import se.helhet.platform.CurrentUser;
import se.helhet.platform.WebSession;
import se.helhet.requests.RequestView;
import se.helhet.requests.Requests.SubmitRequest;
import se.helhet.requests.RequestFixtures;
import se.helhet.requests.ApiClient.Response;
import se.helhet.testsupport.ApiTestSupport;
import se.helhet.testsupport.HelhetIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search box, similar requests and the synonyms, over the API and the pages, with the
 * demo knowledge base: Swedish words and compounds, any text as a query, and above all
 * that nobody finds what they may not see.
 */
@HelhetIntegrationTest
class SearchIntegrationTests extends ApiTestSupport {

	private static final Duration INDEXED_WITHIN = Duration.ofSeconds(10);

	@Test
	void searchFindsArticlesDocumentsAndServicesByInflectionsAndCompounds() {
		List<JsonNode> hits = hits("/api/v1/search?q=semester&limit=20", "bestallare");

		assertThat(titles(hits)).anyMatch(t -> t.contains("semesterlöneskulden"));
		assertThat(titles(hits)).anyMatch(t -> t.toLowerCase().contains("semesterväxling"));
		assertThat(hits).allSatisfy(hit -> {
			assertThat(hit.get("type").asString()).isIn("SERVICE", "ARTICLE", "DOCUMENT", "REQUEST");
			assertThat(hit.get("id").asString()).isNotBlank();
			assertThat(hit.get("title").asString()).isNotBlank();
			assertThat(hit.has("snippet")).isTrue();
		});
		JsonNode routine = hits("/api/v1/search?q=" + encode("semesterlöneskuld") + "&type=DOCUMENT", "bestallare")
			.getFirst();
		assertThat(routine.get("type").asString()).isEqualTo("DOCUMENT");
		assertThat(routine.get("snippet").asString()).contains("<mark>");
	}

	@Test
	void anyTextIsAValidQuery() {
		for (String query : List.of("", "   ", "\"(*:~", "AND OR NOT", "?*", "x".repeat(10_000),
				"semester ".repeat(1_200))) {
			Response response = api.get("/api/v1/search?q=" + encode(query), "bestallare");
			assertThat(response.status()).as(query.length() > 30 ? query.substring(0, 30) : query).isEqualTo(200);
			assertThat(api.get("/api/v1/requests/similar?text=" + encode(query), "bestallare").status()).isEqualTo(200);
		}
		Response badType = api.get("/api/v1/search?q=semester&type=BLOGG", "bestallare");
		assertThat(badType.status()).isEqualTo(400);
		assertThat(badType.body()).contains("Okänd typ");
		assertThat(api.get("/api/v1/search?q=semester&limit=tusen", "bestallare").status()).isEqualTo(400);
		WebSession browser = loggedIn("bestallare");
		HttpResponse<String> page = browser.get("/sok?q=" + encode("\"(*:~ <script>alert(1)</script>"));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).doesNotContain("<script>alert(1)</script>");
	}

	@Test
	void aSavedRequestIsFoundRightAfterBySearchAndBySimilarity() {
		RequestView filed = fixtures.submit("bestallare", "Lönefråga", "Kvastfenas tillägg saknas på lönen");

		List<JsonNode> hits = eventually("/api/v1/search?q=kvastfenas&type=REQUEST", "bestallare",
				found -> !found.isEmpty());

		assertThat(hits.getFirst().get("number").asString()).isEqualTo(filed.number());
		assertThat(hits.getFirst().get("url").asString()).isEqualTo("/arenden/" + filed.id());
	}

	@Test
	void aChangeSavedByAnotherNodeReachesThisNodesIndexAfterItIndexedTheRequestItself() {
		RequestView filed = fixtures.submit("bestallare", "Lönefråga", "Snickarglädjes tillägg saknas på lönen");
		eventually("/api/v1/search?q=snickarglädjes&type=REQUEST", "bestallare", found -> !found.isEmpty());

		// another node changes the request: no event here, only the database knows
		jdbc.sql("update req_request set title = ?, updated_at = updated_at + interval '1' second where id = ?")
			.params("Tallbarrsdoftens tillägg", filed.id())
			.update();

		List<JsonNode> hits = eventually("/api/v1/search?q=tallbarrsdoftens&type=REQUEST", "bestallare",
				found -> !found.isEmpty());
		assertThat(hits.getFirst().get("number").asString()).isEqualTo(filed.number());
	}

	@Test
	void confidentialRequestIsFoundOnlyWithinItsFunction() {
		UnitView school = fixtures.unit("Utbildningsförvaltningen");
		CurrentUser requester = fixtures.person("sok-rehab-" + UUID.randomUUID().toString().substring(0, 8),
				"Sara Rehab", school.id());
		ServiceView rehab = fixtures.service("Rehabilitering");
		RequestView confidential = requests
			.submit(new SubmitRequest(rehab.id(), "Plönkvists återgång efter sjukskrivning",
					"Plönkvist har varit sjukskriven i tre månader och ska börja arbeta igen.",
					RequestFixtures.validAnswers(rehab), null), requester);

		String query = "/api/v1/search?q=pl%C3%B6nkvists&type=REQUEST";
		eventually(query, "hr-chef", found -> !found.isEmpty());
		assertThat(hits(query, requester.username())).extracting(h -> h.get("number").asString())
			.containsExactly(confidential.number());
		for (String outsider : List.of("ekonomichef", "kommunikationschef", "bestallare", "forvaltningschef",
				"kommundirektor", "redaktor", "facklig")) {
			assertThat(hits(query, outsider)).as(outsider).isEmpty();
			assertThat(similar("Plönkvist har varit sjukskriven i tre månader och ska börja arbeta igen", outsider))
				.as(outsider)
				.noneMatch(h -> h.get("id").asString().equals(confidential.id().toString()));
		}
	}

	@Test
	void aConfidentialSimilarRequestIsShownWithinItsFunctionAndToNobodyElse() {
		UnitView school = fixtures.unit("Utbildningsförvaltningen");
		CurrentUser requester = fixtures.person("sok-lik-" + UUID.randomUUID().toString().substring(0, 8),
				"Sture Liknande", school.id());
		ServiceView rehab = fixtures.service("Rehabilitering");
		String text = "Vindelqvist har varit sjukskriven i fyra månader efter en olycka och ska börja arbeta halvtid igen.";
		RequestView confidential = requests.submit(new SubmitRequest(rehab.id(),
				"Vindelqvists återgång i arbete efter olyckan", text, RequestFixtures.validAnswers(rehab), null),
				requester);
		assertThat(confidential.confidential()).isTrue();

		// the similar-request candidates hold it right after it was filed
		List<JsonNode> inFunction = eventually("/api/v1/requests/similar?limit=10&text=" + encode(text), "hr-chef",
				found -> found.stream().anyMatch(h -> h.get("id").asString().equals(confidential.id().toString())));
		assertThat(inFunction).filteredOn(h -> h.get("id").asString().equals(confidential.id().toString()))
			.allSatisfy(h -> assertThat(h.get("title").asString()).contains("Vindelqvist"));
		assertThat(similar(text, requester.username())).as("the requester sees their own")
			.anyMatch(h -> h.get("id").asString().equals(confidential.id().toString()));
		for (String outsider : List.of("ekonomichef", "kommunikationschef", "bestallare", "forvaltningschef",
				"kommundirektor", "redaktor", "facklig")) {
			assertThat(similar(text, outsider)).as(outsider)
				.noneMatch(h -> h.get("id").asString().equals(confidential.id().toString()))
				.noneMatch(h -> h.toString().contains("Vindelqvist"));
		}
	}

	@Test
	void similarRequestFromAnotherForvaltningIsShownWithoutItsDetails() {
		UnitView social = fixtures.unit("Omsorgsförvaltningen");
		CurrentUser first = fixtures.person("sok-forst-" + UUID.randomUUID().toString().substring(0, 8), "Frida Först",
				social.id());
		ServiceView closing = fixtures.service("Bokslutsstöd");
		RequestView open = requests.submit(new SubmitRequest(closing.id(),
				"Hur räknar vi ut semesterlöneskulden för Trumslagarvägen i bokslutet?",
				"Vi får inte ihop semesterlöneskulden för Trumslagarvägens boende i bokslutet. Hur ska den räknas?",
				RequestFixtures.validAnswers(closing), null), first);
		String question = "Hur räknar vi semesterlöneskulden för Trumslagarvägen i bokslutet?";

		List<JsonNode> mine = eventually("/api/v1/requests/similar?text=" + encode(question), first.username(),
				found -> found.stream().anyMatch(h -> h.get("id").asString().equals(open.id().toString())));
		JsonNode own = mine.stream()
			.filter(h -> h.get("id").asString().equals(open.id().toString()))
			.findFirst()
			.orElseThrow();
		assertThat(own.get("title").asString()).contains("Trumslagarvägen");
		assertThat(own.get("score").asDouble()).isBetween(0.0, 1.0);

		JsonNode other = similar(question, "bestallare").stream()
			.filter(h -> h.get("id").asString().equals(open.id().toString()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("the other förvaltning's requester should be told it is handled"));
		assertThat(other.get("number").asString()).isEqualTo(open.number());
		assertThat(other.has("title")).isFalse();
		assertThat(other.get("note").asString()).contains("handläggs redan av EK");
		assertThat(other.toString()).doesNotContain("Trumslagarvägen");

		long avoided = savings("UNDVIKEN_DUBBLETT");
		assertThat(api.post("/api/v1/requests/" + open.id() + "/join", "bestallare", "").status()).isEqualTo(200);
		long deadline = System.nanoTime() + INDEXED_WITHIN.toNanos();
		while (savings("UNDVIKEN_DUBBLETT") == avoided && System.nanoTime() < deadline) {
			sleep(50);
		}
		assertThat(savings("UNDVIKEN_DUBBLETT")).as("the joined request counts as a duplicate avoided")
			.isEqualTo(avoided + 1);
		assertThat(jdbc.sql("select forvaltning_id from kn_saving where kind = 'UNDVIKEN_DUBBLETT' and request_id = ?")
			.param(open.id())
			.query(UUID.class)
			.single()).isEqualTo(fixtures.unit("Utbildningsförvaltningen").id());

		JsonNode staff = similar(question, "ekonomichef").stream()
			.filter(h -> h.get("id").asString().equals(open.id().toString()))
			.findFirst()
			.orElseThrow();
		assertThat(staff.get("title").asString()).contains("Trumslagarvägen");
	}

	@Test
	void synonymsALeadAddsApplyAtOnceAndOnlyTheirOwnFunctionsCanBeChanged() {
		assertThat(hits("/api/v1/search?q=glimrodukt&type=ARTICLE", "bestallare")).isEmpty();
		WebSession lead = loggedIn("hr-chef");
		HttpResponse<String> page = lead.get("/kunskap/synonymer");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("vård av barn");

		HttpResponse<String> refused = lead.postForm("/kunskap/synonymer", WebSession.csrfToken(page),
				Map.of("one", "glimrodukt", "other", ""));
		assertThat(refused.body()).contains("Skriv vad det betyder").contains("value=\"glimrodukt\"");

		lead.postForm("/kunskap/synonymer", WebSession.csrfToken(page),
				Map.of("one", "glimrodukt", "other", "friskvårdsbidrag"));
		assertThat(titles(hits("/api/v1/search?q=glimrodukt&type=ARTICLE", "bestallare")))
			.anyMatch(t -> t.toLowerCase().contains("friskvård"));

		UUID economy = fixtures.function("EK").id();
		assertThat(lead.get("/kunskap/synonymer?funktion=" + economy).statusCode()).isEqualTo(404);
		assertThat(loggedIn("handlaggare").get("/kunskap/synonymer").statusCode()).isEqualTo(403);
	}

	@Test
	void aRequesterWhoFoundTheAnswerIsCountedAsAvoidedWork() {
		JsonNode article = hits("/api/v1/search?q=" + encode("semesterlöneskulden i bokslutet") + "&type=ARTICLE",
				"bestallare")
			.getFirst();
		long before = savings("AVLEDD");
		WebSession browser = loggedIn("bestallare");
		HttpResponse<String> form = browser.get("/arenden/ny?tjanst=" + fixtures.service("Bokslutsstöd").id());
		HttpResponse<String> answered = browser.postForm("/kunskap/forslag/hjalpte?typ=ARTICLE&id="
				+ article.get("id").asString() + "&tjanst=" + fixtures.service("Bokslutsstöd").id(),
				WebSession.csrfToken(form), Map.of());

		assertThat(answered.statusCode()).isEqualTo(200);
		assertThat(answered.body()).contains("Bra att du hittade svaret");
		assertThat(savings("AVLEDD")).isEqualTo(before + 1);
	}

	@Test
	void theRequesterSeesSuggestionsWhileWriting() {
		WebSession browser = loggedIn("bestallare");
		HttpResponse<String> panel = browser.get("/kunskap/forslag?serviceId=" + fixtures.service("Bokslutsstöd").id()
				+ "&title=" + encode("Semesterlöneskulden i bokslutet") + "&description="
				+ encode("Hur räknar vi semesterlöneskulden i bokslutet?"));

		assertThat(panel.statusCode()).isEqualTo(200);
		assertThat(panel.body()).contains("Finns svaret redan?").contains("semesterlöneskulden");
		assertThat(browser.get("/kunskap/forslag?title=kort").body()).doesNotContain("Finns svaret redan?");
	}

	@Test
	void theAdministratorRebuildsTheIndexAndNothingIsMissingAfterwards() {
		assertThat(api.post("/api/v1/search/index/rebuild", "hr-chef", "").status()).isEqualTo(403);
		Response started = api.post("/api/v1/search/index/rebuild", "admin", "");
		assertThat(started.status()).isEqualTo(202);

		JsonNode status = null;
		long deadline = System.nanoTime() + INDEXED_WITHIN.toNanos() * 3;
		while (System.nanoTime() < deadline) {
			status = api.get("/api/v1/search/index", "admin").json();
			if (!status.get("rebuilding").asBoolean() && status.get("rebuildFinishedAt") != null
					&& !status.get("rebuildFinishedAt").isNull()) {
				break;
			}
			sleep(100);
		}
		assertThat(status.get("rebuilding").asBoolean()).isFalse();
		assertThat(status.get("percent").asInt()).isEqualTo(100);
		assertThat(status.get("counts").get("REQUEST").asLong())
			.isEqualTo(jdbc.sql("select count(*) from req_request").query(Long.class).single());
		assertThat(status.get("counts").get("SERVICE").asInt()).isGreaterThanOrEqualTo(30);
		assertThat(hits("/api/v1/search?q=semester", "bestallare")).isNotEmpty();
	}

	// ---- helpers

	private long savings(String kind) {
		return jdbc.sql("select count(*) from kn_saving where kind = ?").param(kind).query(Long.class).single();
	}

	private List<JsonNode> similar(String text, String user) {
		Response response = api.get("/api/v1/requests/similar?limit=10&text=" + encode(text), user);
		assertThat(response.status()).isEqualTo(200);
		return list(response.json().get("hits"));
	}

	private List<JsonNode> hits(String path, String user) {
		Response response = api.get(path, user);
		assertThat(response.status()).as(path).isEqualTo(200);
		return list(response.json().get("hits"));
	}

	/** Hits once the change has reached the index (right after its transaction). */
	private List<JsonNode> eventually(String path, String user, Predicate<List<JsonNode>> done) {
		long deadline = System.nanoTime() + INDEXED_WITHIN.toNanos();
		List<JsonNode> found = hits(path, user);
		while (!done.test(found) && System.nanoTime() < deadline) {
			sleep(50);
			found = hits(path, user);
		}
		assertThat(done.test(found)).as("indexed within %s: %s", INDEXED_WITHIN, path).isTrue();
		return found;
	}

	private static List<JsonNode> list(JsonNode array) {
		List<JsonNode> list = new ArrayList<>();
		array.forEach(list::add);
		return list;
	}

	private static List<String> titles(List<JsonNode> hits) {
		return hits.stream().map(h -> h.get("title").asString()).toList();
	}

	private WebSession loggedIn(String username) {
		WebSession browser = WebSession.at("http://localhost:" + port);
		assertThat(browser.login(username, "demo").statusCode()).isEqualTo(200);
		return browser;
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
