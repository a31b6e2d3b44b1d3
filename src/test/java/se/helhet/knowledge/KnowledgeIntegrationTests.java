package se.helhet.knowledge;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import se.helhet.catalogue.Catalogue;
import se.helhet.organisation.Organisation;
import se.helhet.platform.Accounts;
import se.helhet.platform.CurrentUser;
import se.helhet.platform.WebSession;
import se.helhet.requests.RequestFixtures;
import se.helhet.requests.RequestStatus;
import se.helhet.requests.RequestView;
import se.helhet.requests.Requests;
import se.helhet.testsupport.HelhetIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Knowledge articles over the API and in the browser, with the demo knowledge base: who
 * writes, who publishes, who reads what, feedback, and stale changes.
 */
@HelhetIntegrationTest
@RecordApplicationEvents
class KnowledgeIntegrationTests {

	private static final String ARTICLES = "/api/v1/articles";

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Autowired
	Knowledge knowledge;

	@Autowired
	Accounts accounts;

	@Autowired
	Requests requests;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Organisation organisation;

	KnowledgeApiSupport api;

	@BeforeEach
	void api() {
		api = new KnowledgeApiSupport(port);
	}

	@Test
	void theDemoKnowledgeBaseHasArticlesOfEveryFunction() {
		long articles = jdbc.sql("select count(*) from kn_article").query(Long.class).single();
		long functions = jdbc.sql("select count(distinct function_id) from kn_article").query(Long.class).single();

		assertThat(articles).isGreaterThanOrEqualTo(40);
		assertThat(functions).isEqualTo(3);
	}

	@Test
	void aHandlersDraftIsHiddenFromRequestersUntilTheLeadPublishesIt() throws Exception {
		HttpResponse<String> created = api.send("POST", ARTICLES, "handlaggare", """
				{"title": "Så ansöker du om tjänstledighet för studier", "body": "Ansök **senast** en månad innan.",
				 "tags": ["Tjänstledighet", "studier"], "owner": "hr-chef"}""");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(created.headers().firstValue("ETag")).hasValue("\"0\"");
		JsonNode article = json.readTree(created.body());
		String id = article.get("id").asString();
		assertThat(article.get("status").asString()).isEqualTo("UTKAST");
		assertThat(article.get("tags").toString()).isEqualTo("[\"tjänstledighet\",\"studier\"]");
		assertThat(article.get("html").asString()).contains("<strong>senast</strong>");

		assertThat(api.send("GET", ARTICLES + "/" + id, "bestallare", null).statusCode()).isEqualTo(404);
		HttpResponse<String> handlerPublishing = api.send("POST", ARTICLES + "/" + id + "/status", "handlaggare",
				"{\"status\": \"PUBLICERAD\"}");
		assertThat(handlerPublishing.statusCode()).as("not the owner, not the lead").isEqualTo(403);

		HttpResponse<String> published = api.send("POST", ARTICLES + "/" + id + "/status", "hr-chef",
				"{\"status\": \"PUBLICERAD\"}", "If-Match", "\"0\"");
		assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
		assertThat(api.send("GET", ARTICLES + "/" + id, "bestallare", null).statusCode()).isEqualTo(200);
	}

	@Test
	void publishingAnArticleTellsTheRestOfHelhet() {
		CurrentUser lead = accounts.findByUsername("hr-chef").orElseThrow();
		ArticleView draft = knowledge.writeArticle(
				new Knowledge.SaveArticle(null, "Händelsetest", "Text om lön.", "lön", null, null, null), lead);

		knowledge.moveArticle(draft.id(), ArticleStatus.PUBLICERAD, draft.version(), lead);

		assertThat(events.stream(ArticlePublished.class)).anyMatch(e -> e.articleId().equals(draft.id()));
		assertThat(events.stream(ArticleChanged.class))
			.anyMatch(e -> e.articleId().equals(draft.id()) && e.status() == ArticleStatus.PUBLICERAD);
	}

	@Test
	void aRequesterCannotWriteOrChangeArticles() throws Exception {
		String id = publishedArticle("FORVALTNINGAR");

		assertThat(api.send("POST", ARTICLES, "bestallare", "{\"title\": \"x\", \"body\": \"y\"}").statusCode())
			.isEqualTo(403);
		HttpResponse<String> change = api.send("PUT", ARTICLES + "/" + id, "bestallare",
				"{\"title\": \"x\", \"body\": \"y\"}");
		assertThat(change.statusCode()).isEqualTo(403);
		assertThat(change.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
	}

	@Test
	void anotherFunctionsHandlerReadsButCannotChangeAnArticle() throws Exception {
		String id = publishedArticle("FORVALTNINGAR");

		assertThat(api.send("GET", ARTICLES + "/" + id, "redaktor", null).statusCode()).isEqualTo(200);
		assertThat(api.send("PUT", ARTICLES + "/" + id, "redaktor", "{\"title\": \"x\", \"body\": \"y\"}").statusCode())
			.isEqualTo(403);
	}

	@Test
	void aFunctionOnlyArticleIsNotFoundForRequestersAndOtherFunctions() throws Exception {
		String id = publishedArticle("FUNKTIONEN");

		assertThat(api.send("GET", ARTICLES + "/" + id, "handlaggare", null).statusCode()).isEqualTo(200);
		assertThat(api.send("GET", ARTICLES + "/" + id, "bestallare", null).statusCode()).isEqualTo(404);
		assertThat(api.send("GET", ARTICLES + "/" + id, "ekonomichef", null).statusCode()).isEqualTo(404);
		assertThat(api.send("GET", ARTICLES, "bestallare", null).body()).doesNotContain(id);
		WebSession requester = loggedIn("bestallare");
		assertThat(requester.get("/kunskap/artiklar/" + id).statusCode()).isEqualTo(404);
	}

	@Test
	void aChangeBasedOnAnOldVersionIsRefusedWith412() throws Exception {
		String id = publishedArticle("FORVALTNINGAR");
		HttpResponse<String> first = api.send("PUT", ARTICLES + "/" + id, "handlaggare",
				"{\"title\": \"Första ändringen\", \"body\": \"Text\"}", "If-Match", "\"1\"");
		assertThat(first.statusCode()).as(first.body()).isEqualTo(200);

		HttpResponse<String> stale = api.send("PUT", ARTICLES + "/" + id, "handlaggare",
				"{\"title\": \"Andra ändringen\", \"body\": \"Text\"}", "If-Match", "\"1\"");

		assertThat(stale.statusCode()).isEqualTo(412);
		assertThat(json.readTree(stale.body()).get("detail").asString()).contains("Någon annan har ändrat artikeln");
	}

	@Test
	void anArticleWithoutTitleIsRefusedWithASwedishProblem() throws Exception {
		HttpResponse<String> response = api.send("POST", ARTICLES, "handlaggare", "{\"body\": \"Text\"}");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
		assertThat(response.body()).contains("Skriv en rubrik");
	}

	@Test
	void scriptsInAnArticleNeverReachTheReader() throws Exception {
		String id = publishedArticle("FORVALTNINGAR",
				"Hej <script>alert(1)</script> och [länk](javascript:alert(2))\\n\\n## Rubrik");

		JsonNode article = json.readTree(api.send("GET", ARTICLES + "/" + id, "bestallare", null).body());
		String page = loggedIn("bestallare").get("/kunskap/artiklar/" + id).body();

		assertThat(article.get("html").asString()).doesNotContain("<script", "href=\"javascript")
			.contains("<h2>Rubrik</h2>");
		org.jsoup.nodes.Element shown = org.jsoup.Jsoup.parse(page).selectFirst("article.prose");
		assertThat(shown).isNotNull();
		assertThat(shown.select("script, a[href^=javascript]")).isEmpty();
		assertThat(shown.select("h2").text()).isEqualTo("Rubrik");
	}

	@Test
	void eachPersonAnswersWasThisHelpfulOnceAndMayChangeTheAnswer() throws Exception {
		String id = publishedArticle("FORVALTNINGAR");

		api.send("POST", ARTICLES + "/" + id + "/feedback", "bestallare", "{\"helpful\": false}");
		api.send("POST", ARTICLES + "/" + id + "/feedback", "bestallare", "{\"helpful\": true}");
		JsonNode after = json.readTree(
				api.send("POST", ARTICLES + "/" + id + "/feedback", "forvaltningschef", "{\"helpful\": true}").body());

		assertThat(after.get("helpfulYes").asInt()).isEqualTo(2);
		assertThat(after.get("helpfulNo").asInt()).isZero();
	}

	@Test
	void aRequesterFindsThePublishedArticlesByWordAndAnswersInTheBrowser() {
		WebSession requester = loggedIn("bestallare");

		HttpResponse<String> list = requester.get("/kunskap?q=semesterlöneskulden");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("Så räknar vi semesterlöneskulden i bokslutet")
			.doesNotContain("href=\"/kunskap/artiklar/ny\"");
		String id = jdbc.sql("select id from kn_article where title = 'Så räknar vi semesterlöneskulden i bokslutet'")
			.query(String.class)
			.single();
		HttpResponse<String> article = requester.get("/kunskap/artiklar/" + id);
		assertThat(article.body()).contains("<table>", "Var det här till hjälp?");

		HttpResponse<String> answered = requester.postForm("/kunskap/artiklar/" + id + "/hjalpsam",
				WebSession.csrfToken(article), Map.of("helpful", "true"));

		assertThat(answered.body()).contains("Tack för ditt svar");
	}

	@Test
	void anyTextInTheWordFilterGivesAPage() {
		WebSession requester = loggedIn("bestallare");

		assertThat(requester.get("/kunskap?q=%22(*%3A~%25_%5C").statusCode()).isEqualTo(200);
		assertThat(requester.get("/kunskap?q=" + "semester+".repeat(200)).statusCode()).isEqualTo(200);
	}

	@Test
	void aStaleEditInTheBrowserIsRefusedKeepingTheText() throws Exception {
		String id = publishedArticle("FORVALTNINGAR");
		WebSession handler = loggedIn("handlaggare");
		HttpResponse<String> form = handler.get("/kunskap/artiklar/" + id + "/andra");
		assertThat(form.statusCode()).isEqualTo(200);
		api.send("PUT", ARTICLES + "/" + id, "hr-chef", "{\"title\": \"Chefen hann före\", \"body\": \"Text\"}");

		HttpResponse<String> refused = handler.postForm("/kunskap/artiklar/" + id + "/andra",
				WebSession.csrfToken(form), Map.of("title", "Min rubrik", "body", "Min omskrivna text", "version", "1",
						"audience", "FORVALTNINGAR", "tags", "", "owner", "hr-chef"));

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Någon annan har ändrat artikeln", "Min omskrivna text", "Min rubrik");
	}

	@Test
	void aSolvedRequestBecomesADraftOfItsFunctionInOneStep() {
		RequestFixtures fixtures = new RequestFixtures(catalogue, organisation, accounts, requests);
		CurrentUser lead = fixtures.user("hr-chef");
		RequestView open = fixtures.submit("bestallare", "Lönerevision och lönesättning", "Lön vid byte av tjänst");

		assertThatThrownBy(() -> knowledge.draftFromRequest(open.id(), lead))
			.isInstanceOf(se.helhet.platform.ValidationException.class);
		assertThatThrownBy(() -> knowledge.draftFromRequest(open.id(), fixtures.user("bestallare")))
			.isInstanceOf(se.helhet.platform.NotFoundException.class);
		RequestView solved = requests.changeStatus(open.id(), RequestStatus.LOST, open.version(), null, lead);

		ArticleView draft = knowledge.draftFromRequest(solved.id(), lead);

		assertThat(draft.status()).isEqualTo(ArticleStatus.UTKAST);
		assertThat(draft.audience()).isEqualTo(Audience.FORVALTNINGAR);
		assertThat(draft.functionId()).isEqualTo(solved.functionId());
		assertThat(draft.title()).isEqualTo("Lön vid byte av tjänst");
		assertThat(draft.body()).contains(solved.number(), "Ta bort namn", solved.description());
	}

	@Test
	void aConfidentialRequestNeverBecomesAnArticleForTheForvaltningar() {
		RequestFixtures fixtures = new RequestFixtures(catalogue, organisation, accounts, requests);
		CurrentUser lead = fixtures.user("hr-chef");
		RequestView open = fixtures.submit("bestallare", "Rehabilitering", "Rehabilitering efter lång sjukskrivning");
		requests.changeStatus(open.id(), RequestStatus.LOST, open.version(), null, lead);

		ArticleView draft = knowledge.draftFromRequest(open.id(), lead);

		assertThat(draft.audience()).isEqualTo(Audience.FUNKTIONEN);
		assertThatThrownBy(() -> knowledge.changeArticle(draft.id(),
				new Knowledge.SaveArticle(null, "Rehabilitering", "Allmän text", "", "FORVALTNINGAR", null,
						draft.version()),
				lead))
			.isInstanceOf(se.helhet.platform.ValidationException.class)
			.hasMessageContaining("konfidentiellt ärende");
	}

	@Test
	void aRequesterGets403OnTheWritingForm() {
		WebSession requester = WebSession.withoutRedirects("http://localhost:" + port);
		requester.login("bestallare", "demo");

		assertThat(requester.get("/kunskap/artiklar/ny").statusCode()).isEqualTo(403);
	}

	/** An HR article written by the handler and published by the lead: version 1. */
	private String publishedArticle(String audience) throws Exception {
		return publishedArticle(audience, "Text om **semester**.");
	}

	private String publishedArticle(String audience, String body) throws Exception {
		HttpResponse<String> created = api.send("POST", ARTICLES, "handlaggare", """
				{"title": "Testartikel", "body": "%s", "audience": "%s"}""".formatted(body, audience));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String id = json.readTree(created.body()).get("id").asString();
		HttpResponse<String> published = api.send("POST", ARTICLES + "/" + id + "/status", "hr-chef",
				"{\"status\": \"PUBLICERAD\"}");
		assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
		return id;
	}

	private WebSession loggedIn(String username) {
		WebSession session = WebSession.at("http://localhost:" + port);
		session.login(username, "demo");
		return session;
	}

}
