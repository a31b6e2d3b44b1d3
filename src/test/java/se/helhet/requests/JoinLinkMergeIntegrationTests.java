package se.helhet.requests;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.helhet.platform.CurrentUser;
import se.helhet.requests.ApiClient.Response;
import se.helhet.testsupport.ApiTestSupport;
import se.helhet.testsupport.HelhetIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The same question caught across förvaltningar: a requester joins another förvaltning's
 * request instead of filing it again, handlers link related requests and merge a
 * duplicate into the request that handles the question. Through the API and the pages,
 * with confidentiality and stale versions.
 */
@HelhetIntegrationTest
class JoinLinkMergeIntegrationTests extends ApiTestSupport {

	private static String unique(String text) {
		return text + " " + Long.toString(System.nanoTime(), 36);
	}

	/**
	 * A requester in Omsorgsförvaltningen, who may not see Utbildningsförvaltningen's
	 * requests.
	 */
	private CurrentUser otherForvaltningRequester() {
		return fixtures.person("omsorg.bestallare", "Olle Omsorg", fixtures.unit("Omsorgsförvaltningen").id());
	}

	private JsonNode get(String id, String user) {
		Response response = api.get("/api/v1/requests/" + id, user);
		assertThat(response.status()).as("%s", response).isEqualTo(200);
		return response.json();
	}

	private static List<String> texts(JsonNode array, String field) {
		List<String> values = new ArrayList<>();
		if (array != null) {
			array.forEach(node -> values.add(node.get(field).asString()));
		}
		return values;
	}

	// ---- join

	@Test
	void aRequesterOfAnotherForvaltningJoinsAnOpenRequestFollowsItAndTheHandlerSeesThem() {
		String joiner = otherForvaltningRequester().username();
		RequestView request = fixtures.submit("bestallare", "Lönefråga",
				unique("Hur räknar vi semesterlöneskulden i bokslutet?"));
		String id = request.id().toString();
		assertThat(api.get("/api/v1/requests/" + id, joiner).status()).as("before joining").isEqualTo(404);

		Response joined = api.post("/api/v1/requests/" + id + "/join", joiner, null);
		Response again = api.post("/api/v1/requests/" + id + "/join", joiner, null);

		assertThat(joined.status()).as("%s", joined).isEqualTo(200);
		assertThat(again.status()).as("joining twice is harmless").isEqualTo(200);
		JsonNode asFollower = get(id, joiner);
		assertThat(asFollower.get("number").asString()).isEqualTo(request.number());
		assertThat(texts(asFollower.get("audit"), "action")).as("a follower sees the public trail only")
			.doesNotContain("GICK_MED", "TID", "ANTECKNING");
		assertThat(asFollower.get("followers") == null || asFollower.get("followers").isNull())
			.as("followers are for staff")
			.isTrue();
		JsonNode asLead = get(id, "hr-chef");
		assertThat(texts(asLead.get("followers"), "username")).containsExactly(joiner);
		assertThat(asLead.get("followers").get(0).get("forvaltningName").asString()).isEqualTo("Omsorgsförvaltningen");
		assertThat(texts(asLead.get("audit"), "action")).as("the trail says who joined, once")
			.containsOnlyOnce("GICK_MED");

		// the follower gets the request's updates
		String etag = api.get("/api/v1/requests/" + id, "hr-chef").header("ETag");
		assertThat(api
			.post("/api/v1/requests/" + id + "/comments", "hr-chef",
					"{\"body\": \"Semesterlöneskulden räknas centralt.\"}", "If-Match", etag)
			.status()).isEqualTo(201);
		assertThat(notifications(joiner, request.id())).anyMatch(m -> m.startsWith("Nytt meddelande i ärende"));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.sql("select count(*) from platform_outbox where recipient = ? and subject = ?")
				.params("omsorg.bestallare@sjovik.se", "Nytt meddelande i ärende " + request.number())
				.query(Long.class)
				.single() > 0);
	}

	@Test
	void aConfidentialRequestCannotBeJoinedOrSeenByARequesterOfAnotherForvaltning() {
		String joiner = otherForvaltningRequester().username();
		RequestView rehab = fixtures.submit("bestallare", "Rehabilitering", unique("Återgång efter sjukskrivning"));
		String id = rehab.id().toString();

		Response join = api.post("/api/v1/requests/" + id + "/join", joiner, null);

		assertThat(join.status()).as("as if it did not exist").isEqualTo(404);
		assertThat(join.body()).doesNotContain(rehab.title());
		assertThat(api.get("/api/v1/requests/" + id, joiner).status()).isEqualTo(404);
		assertThat(jdbc.sql("select count(*) from req_follower where request_id = ?")
			.param(rehab.id())
			.query(Long.class)
			.single()).isZero();
		Browser browser = Browser.loggedIn(port, joiner);
		HttpResponse<String> page = browser.postForm("/arenden/" + id + "/ga-med",
				Browser.csrfToken(browser.get("/arenden")), Map.of());
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).doesNotContain(rehab.title());
	}

	@Test
	void joiningIsForRequestersAndStaffAndNotForAClosedRequest() {
		RequestView request = fixtures.submit("bestallare", "Lönefråga", unique("OB-tillägg saknas"));
		String id = request.id().toString();

		assertThat(api.post("/api/v1/requests/" + id + "/join", "admin", null).status()).isEqualTo(403);
		assertThat(api.post("/api/v1/requests/" + id + "/join", "bestallare", null).status())
			.as("one's own request: already following it")
			.isEqualTo(200);

		String etag = api.get("/api/v1/requests/" + id, "hr-chef").header("ETag");
		api.send("PATCH", "/api/v1/requests/" + id, "hr-chef", "{\"status\": \"LOST\"}", "If-Match", etag);
		etag = api.get("/api/v1/requests/" + id, "hr-chef").header("ETag");
		assertThat(api.send("PATCH", "/api/v1/requests/" + id, "hr-chef", "{\"status\": \"STANGD\"}", "If-Match", etag)
			.status()).isEqualTo(200);
		Response closed = api.post("/api/v1/requests/" + id + "/join", otherForvaltningRequester().username(), null);
		assertThat(closed.status()).isEqualTo(400);
		assertThat(closed.json().get("errors").get("join").asString()).contains("är avslutat");
	}

	@Test
	void joiningFromThePageLeadsToTheRequestWithAMessage() {
		String joiner = otherForvaltningRequester().username();
		RequestView request = fixtures.submit("bestallare", "Lönefråga", unique("Semesterersättning vid avslut"));
		Browser browser = Browser.loggedIn(port, joiner);

		HttpResponse<String> page = browser.postForm("/arenden/" + request.id() + "/ga-med",
				Browser.csrfToken(browser.get("/arenden")), Map.of());

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.uri().getPath()).isEqualTo("/arenden/" + request.id());
		assertThat(page.body()).contains("Du följer nu ärendet").contains(request.title());
		HttpResponse<String> handlerPage = Browser.loggedIn(port, "hr-chef").get("/arenden/" + request.id());
		assertThat(handlerPage.body()).contains("Olle Omsorg").contains("Omsorgsförvaltningen");
	}

	@Test
	void theDemoHistorysFollowersAreShownWithTheirNamesAndForvaltningar() {
		long all = jdbc.sql("select count(*) from req_follower").query(Long.class).single();
		long named = jdbc
			.sql("select count(*) from req_follower where display_name is not null and forvaltning_name is not null")
			.query(Long.class)
			.single();

		assertThat(all).as("the demo history has followers").isPositive();
		assertThat(named).isGreaterThan(all * 9 / 10);
	}

	// ---- link

	@Test
	void aHandlerLinksRequestsAcrossFunctionsAndEachSideShowsOnlyWhatItsViewerMaySee() {
		RequestView hr = fixtures.submit("bestallare", "Lönefråga", unique("Semesterlöneskuld i bokslutet"));
		RequestView ek = fixtures.submit("forvaltningschef", "Bokslutsstöd",
				unique("Periodisering av semesterlöneskuld"));

		Response linked = api.post("/api/v1/requests/" + hr.id() + "/links", "hr-chef",
				"{\"otherNumber\": \"%s\"}".formatted(ek.number().toLowerCase()));

		assertThat(linked.status()).as("%s", linked).isEqualTo(201);
		assertThat(texts(linked.json().get("links"), "number")).containsExactly(ek.number());
		assertThat(linked.json().get("links").get(0).get("status").asString()).isEqualTo(ek.status().name());
		assertThat(texts(get(ek.id().toString(), "ekonomichef").get("links"), "number")).as("symmetric")
			.containsExactly(hr.number());
		assertThat(get(hr.id().toString(), "bestallare").get("links").isEmpty())
			.as("the requester may not see the other request, so its link is not shown")
			.isTrue();
		assertThat(api
			.post("/api/v1/requests/" + hr.id() + "/links", "hr-chef", "{\"otherId\": \"%s\"}".formatted(ek.id()))
			.json()
			.get("links")
			.size()).as("linking twice is harmless").isEqualTo(1);
		assertThat(api
			.post("/api/v1/requests/" + hr.id() + "/links", "bestallare", "{\"otherId\": \"%s\"}".formatted(ek.id()))
			.status()).as("the requester does not link").isEqualTo(403);

		Response unlinked = api.send("DELETE", "/api/v1/requests/" + hr.id() + "/links/" + ek.id(), "hr-chef", null);

		assertThat(unlinked.status()).isEqualTo(200);
		assertThat(unlinked.json().get("links").isEmpty()).isTrue();
		assertThat(get(ek.id().toString(), "ekonomichef").get("links").isEmpty()).isTrue();
		assertThat(texts(get(hr.id().toString(), "hr-chef").get("audit"), "action"))
			.as("unlinking removes the relation, never the trail")
			.containsSubsequence("LANKAD", "OLANKAD");
		assertThat(texts(get(ek.id().toString(), "ekonomichef").get("audit"), "action")).containsSubsequence("LANKAD",
				"OLANKAD");
	}

	@Test
	void aBadNumberOnTheLinkFormKeepsWhatWasTypedAndSaysWhatToDo() {
		RequestView request = fixtures.submit("bestallare", "Lönefråga", unique("Fel lön i november"));
		Browser browser = Browser.loggedIn(port, "hr-chef");
		String path = "/arenden/" + request.id();

		HttpResponse<String> page = browser.postForm(path + "/lankar", Browser.csrfToken(browser.get(path)),
				Map.of("other", "HR 1999/77777"));

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Det finns inget ärende HR 1999/77777 som du får se")
			.contains("value=\"HR 1999/77777\"");
	}

	// ---- merge

	@Test
	void mergingMovesCommentsNotesTimeAndFollowersKeepsTheNumberAndTellsTheRequester() {
		CurrentUser other = otherForvaltningRequester();
		RequestView target = fixtures.submit("bestallare", "Lönefråga", unique("Semesterlöneskuld i bokslutet"));
		RequestView duplicate = fixtures.submit(other.username(), "Lönefråga",
				unique("Hur räknar vi semesterlöneskulden?"));
		String dup = duplicate.id().toString();
		requests.logTime(duplicate.id(), LocalDate.now(), 30, "Utredning", fixtures.user("hr-chef"));
		requests.logTime(target.id(), LocalDate.now(), 45, "Utredning", fixtures.user("hr-chef"));
		int version = requests.find(duplicate.id(), fixtures.user("hr-chef")).orElseThrow().version();
		requests.comment(duplicate.id(), "Vi tittar på det.", false, version, fixtures.user("hr-chef"));
		requests.comment(duplicate.id(), "Samma som i Utbildningsförvaltningen.", true, version + 1,
				fixtures.user("hr-chef"));
		RequestView related = fixtures.submit("forvaltningschef", "Bokslutsstöd",
				unique("Semesterlöneskuld i bokslut"));
		requests.link(duplicate.id(), related.id(), fixtures.user("hr-chef"));
		String etag = api.get("/api/v1/requests/" + dup, "hr-chef").header("ETag");

		Response merged = api.post("/api/v1/requests/" + dup + "/merge", "hr-chef",
				"{\"into\": \"%s\"}".formatted(target.id()), "If-Match", etag);

		assertThat(merged.status()).as("%s", merged).isEqualTo(200);
		JsonNode into = merged.json();
		assertThat(into.get("id").asString()).isEqualTo(target.id().toString());
		int minutes = 0;
		for (JsonNode t : into.get("timeEntries")) {
			minutes += t.get("minutes").asInt();
		}
		assertThat(minutes).as("time is kept: the totals add up").isEqualTo(75);
		assertThat(texts(into.get("comments"), "body"))
			.contains("Vi tittar på det.", "Samma som i Utbildningsförvaltningen.")
			.anyMatch(b -> b.startsWith("Från " + duplicate.number() + ": " + duplicate.title()));
		assertThat(texts(into.get("followers"), "username")).as("the duplicate's requester follows the target")
			.contains(other.username());
		assertThat(texts(into.get("audit"), "action")).contains("SAMMANFOGAD_HIT");
		assertThat(texts(into.get("links"), "number")).as("the duplicate's relations carry over")
			.contains(related.number());

		JsonNode old = get(dup, "hr-chef");
		assertThat(old.get("status").asString()).isEqualTo("STANGD");
		assertThat(old.get("mergedInto").get("id").asString()).isEqualTo(target.id().toString());
		assertThat(old.get("mergedInto").get("number").asString()).isEqualTo(target.number());
		assertThat(texts(old.get("audit"), "action")).contains("SAMMANFOGAD");
		assertThat(get(target.id().toString(), other.username()).get("number").asString())
			.as("the duplicate's requester now sees the target as a follower")
			.isEqualTo(target.number());
		Response change = api.post("/api/v1/requests/" + dup + "/comments", other.username(), "{\"body\": \"Hallå?\"}");
		assertThat(change.status()).as("a merged request cannot be changed").isEqualTo(400);
		assertThat(change.body()).contains("är sammanfogat med " + target.number());

		String told = "Din fråga " + duplicate.number() + " handläggs nu i " + target.number();
		assertThat(notifications(other.username(), target.id())).anyMatch(m -> m.startsWith(told));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.sql("select count(*) from platform_outbox where recipient = ? and subject = ?")
				.params("omsorg.bestallare@sjovik.se", told)
				.query(Long.class)
				.single() > 0);
	}

	@Test
	void openingAMergedRequestsPageLeadsToTheRequestItWasMergedInto() {
		RequestView target = fixtures.submit("bestallare", "Lönefråga", unique("Löneväxling till pension"));
		RequestView duplicate = fixtures.submit("bestallare", "Lönefråga", unique("Löneväxling, hur gör jag?"));
		Browser browser = Browser.loggedIn(port, "hr-chef");
		String path = "/arenden/" + duplicate.id();

		HttpResponse<String> confirmation = browser.postForm(path + "/sammanfoga", Browser.csrfToken(browser.get(path)),
				Map.of("into", target.number().toLowerCase()));
		assertThat(confirmation.body()).contains("Sammanfoga " + duplicate.number() + " med " + target.number() + "?")
			.contains("Det här flyttas till det andra ärendet");
		assertThat(requests.find(duplicate.id(), fixtures.user("hr-chef")).orElseThrow().merged())
			.as("nothing is merged before the confirmation")
			.isFalse();
		int version = requests.find(duplicate.id(), fixtures.user("hr-chef")).orElseThrow().version();
		HttpResponse<String> done = browser.postForm(path + "/sammanfoga", Browser.csrfToken(confirmation),
				Map.of("intoId", target.id().toString(), "confirm", "true", "version", String.valueOf(version)));
		assertThat(done.uri().getPath()).isEqualTo("/arenden/" + target.id());
		assertThat(done.body()).contains("Ärendena är sammanfogade");

		HttpResponse<String> opened = Browser.loggedIn(port, "bestallare").get(path);

		assertThat(opened.statusCode()).isEqualTo(200);
		assertThat(opened.uri().getPath()).as("303 to the target").isEqualTo("/arenden/" + target.id());
		assertThat(opened.body())
			.contains("Ärende " + duplicate.number() + " är sammanfogat med det här ärendet och handläggs här.");
	}

	@Test
	void theMergeFormRefusesAnotherFunctionsRequestBeforeTheConfirmationAndKeepsTheNumber() {
		RequestView duplicate = fixtures.submit("bestallare", "Lönefråga", unique("Fel skatteavdrag"));
		RequestView otherFunction = fixtures.submit("bestallare", "Fakturafråga", unique("Faktura saknas"));
		Browser browser = Browser.loggedIn(port, "hr-chef");
		String path = "/arenden/" + duplicate.id();

		HttpResponse<String> page = browser.postForm(path + "/sammanfoga", Browser.csrfToken(browser.get(path)),
				Map.of("into", otherFunction.number()));

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Bara ärenden i samma funktion kan sammanfogas")
			.contains("value=\"" + otherFunction.number() + "\"")
			.doesNotContain("Det här flyttas till det andra ärendet");
	}

	@Test
	void mergingIsRefusedWhenStaleIntoItselfAcrossFunctionsIntoAClosedRequestOrWhenContentWouldLeak() {
		RequestView duplicate = fixtures.submit("bestallare", "Lönefråga", unique("Fel OB"));
		RequestView target = fixtures.submit("bestallare", "Lönefråga", unique("OB för helg"));
		RequestView otherFunction = fixtures.submit("bestallare", "Bokslutsstöd", unique("Bokslut april"));
		RequestView confidential = fixtures.submit("bestallare", "Rehabilitering", unique("Rehab"));
		RequestView othersConfidential = fixtures.submit("forvaltningschef", "Rehabilitering", unique("Rehab 2"));
		String dup = duplicate.id().toString();
		String etag = api.get("/api/v1/requests/" + dup, "hr-chef").header("ETag");
		api.post("/api/v1/requests/" + dup + "/comments", "bestallare", "{\"body\": \"Ett tillägg\"}");

		Response stale = merge(dup, target.id(), etag);
		assertThat(stale.status()).as("%s", stale).isEqualTo(412);
		assertThat(stale.body()).contains("har ändrats sedan du öppnade det");

		etag = api.get("/api/v1/requests/" + dup, "hr-chef").header("ETag");
		assertThat(error(merge(dup, duplicate.id(), etag))).contains("inte sammanfogas med sig självt");
		assertThat(error(merge(dup, otherFunction.id(), etag))).contains("Bara ärenden i samma funktion");
		assertThat(error(merge(dup, othersConfidential.id(), etag)))
			.contains("är ett sekretessärende som beställaren av " + duplicate.number() + " inte får se");
		String confidentialEtag = api.get("/api/v1/requests/" + confidential.id(), "hr-chef").header("ETag");
		assertThat(error(merge(confidential.id().toString(), target.id(), confidentialEtag)))
			.contains("innehållet skulle bli synligt");
		String targetEtag = api.get("/api/v1/requests/" + target.id(), "hr-chef").header("ETag");
		api.send("PATCH", "/api/v1/requests/" + target.id(), "hr-chef", "{\"status\": \"LOST\"}", "If-Match",
				targetEtag);
		targetEtag = api.get("/api/v1/requests/" + target.id(), "hr-chef").header("ETag");
		api.send("PATCH", "/api/v1/requests/" + target.id(), "hr-chef", "{\"status\": \"STANGD\"}", "If-Match",
				targetEtag);
		assertThat(error(merge(dup, target.id(), etag))).contains("är stängt");
		assertThat(api
			.post("/api/v1/requests/" + dup + "/merge", "ekonomichef", "{\"into\": \"%s\"}".formatted(target.id()),
					"If-Match", etag)
			.status()).as("a handler of another function").isEqualTo(403);
		assertThat(requests.find(duplicate.id(), fixtures.user("hr-chef")).orElseThrow().merged()).isFalse();
	}

	@Test
	void aNonConfidentialRequestMergesIntoTheSameRequestersConfidentialOne() {
		RequestView duplicate = fixtures.submit("bestallare", "Lönefråga", unique("Lön under sjukskrivning"));
		RequestView confidential = fixtures.submit("bestallare", "Rehabilitering", unique("Rehab och lön"));
		String etag = api.get("/api/v1/requests/" + duplicate.id(), "hr-chef").header("ETag");

		Response merged = api.post("/api/v1/requests/" + duplicate.id() + "/merge", "hr-chef",
				"{\"into\": \"%s\", \"version\": %s}".formatted(confidential.id(), etag.replace("\"", "")));

		assertThat(merged.status()).as("%s", merged).isEqualTo(200);
		assertThat(merged.json().get("number").asString()).isEqualTo(confidential.number());
	}

	private Response merge(String duplicateId, UUID into, String etag) {
		return api.post("/api/v1/requests/" + duplicateId + "/merge", "hr-chef", "{\"into\": \"%s\"}".formatted(into),
				"If-Match", etag);
	}

	private static String error(Response response) {
		assertThat(response.status()).as("%s", response).isEqualTo(400);
		return response.json().get("errors").get("into").asString();
	}

	private List<String> notifications(String username, UUID requestId) {
		return jdbc.sql("select message from req_notification where username = ? and request_id = ?")
			.params(username, requestId)
			.query(String.class)
			.list();
	}

}
