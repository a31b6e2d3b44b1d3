package se.helhet.knowledge;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.helhet.platform.WebSession;
import se.helhet.testsupport.HelhetIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Governing documents: the lead decides new versions, the old ones stay readable and
 * marked as replaced, owners are reminded before the review date and the lead sees what
 * is overdue.
 */
@HelhetIntegrationTest
class GoverningDocumentIntegrationTests {

	private static final String DOCUMENTS = "/api/v1/documents";

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Knowledge knowledge;

	KnowledgeApiSupport api;

	@BeforeEach
	void api() {
		api = new KnowledgeApiSupport(port);
	}

	@Test
	void theDemoLibraryHasDocumentsWithSeveralVersionsAndAnOverdueReview() throws Exception {
		JsonNode documents = json.readTree(api.send("GET", DOCUMENTS, "bestallare", null).body());

		assertThat(documents.size()).isGreaterThanOrEqualTo(15);
		assertThat(documents.valueStream().anyMatch(d -> d.get("overdue").asBoolean())).isTrue();
		assertThat(documents.valueStream().anyMatch(d -> d.get("current").get("number").asInt() >= 2)).isTrue();
		assertThat(documents.valueStream().map(d -> d.get("title").asString())).contains("Attestreglemente");
	}

	@Test
	void aNewVersionReplacesTheCurrentOneWhichStaysReadableMarkedAsReplaced() throws Exception {
		String id = createHrDocument("Rutin för introduktion av nyanställda", "2027-06-30");

		HttpResponse<String> revised = api.send("POST", DOCUMENTS + "/" + id + "/versions", "hr-chef",
				"""
						{"body": "Nya steg för introduktionen.", "decidedBy": "HR-chef", "decisionDate": "2026-10-01",
						 "validFrom": "2026-11-01", "reviewDate": "2028-10-31", "changeNote": "Checklistan för första veckan är ny."}""",
				"If-Match", "\"0\"");
		assertThat(revised.statusCode()).as(revised.body()).isEqualTo(201);
		assertThat(json.readTree(revised.body()).get("current").get("number").asInt()).isEqualTo(2);

		JsonNode versions = json
			.readTree(api.send("GET", DOCUMENTS + "/" + id + "/versions", "bestallare", null).body());
		assertThat(versions.size()).isEqualTo(2);
		assertThat(versions.get(1).get("number").asInt()).isEqualTo(1);
		assertThat(versions.get(1).get("replacedBy").asInt()).isEqualTo(2);
		assertThat(versions.get(0).get("replacedBy").isNull()).isTrue();

		WebSession requester = loggedIn("bestallare");
		HttpResponse<String> old = requester.get("/kunskap/styrdokument/" + id + "/versioner/1");
		assertThat(old.statusCode()).isEqualTo(200);
		assertThat(old.body()).contains("Ersatt av version 2", "Den första texten");
		assertThat(requester.get("/kunskap/styrdokument/" + id).body()).contains("Nya steg för introduktionen",
				"Checklistan för första veckan är ny.", "Versionshistorik");
	}

	@Test
	void aNewVersionOnAStaleDocumentIsRefusedWith412() throws Exception {
		String id = createHrDocument("Instruktion för lönekartläggning", "2027-06-30");
		String version = """
				{"body": "Text", "decidedBy": "HR-chef", "decisionDate": "2026-10-01",
				 "validFrom": "2026-11-01", "reviewDate": "2028-10-31", "changeNote": "Ändring"}""";
		assertThat(api.send("POST", DOCUMENTS + "/" + id + "/versions", "hr-chef", version, "If-Match", "\"0\"")
			.statusCode()).isEqualTo(201);

		HttpResponse<String> stale = api.send("POST", DOCUMENTS + "/" + id + "/versions", "hr-chef", version,
				"If-Match", "\"0\"");

		assertThat(stale.statusCode()).isEqualTo(412);
	}

	@Test
	void onlyTheFunctionsLeadAddsDocumentsAndVersions() throws Exception {
		String id = createHrDocument("Riktlinje för friskvårdsbidrag", "2027-06-30");
		String version = """
				{"body": "Text", "decidedBy": "HR-chef", "decisionDate": "2026-10-01",
				 "validFrom": "2026-11-01", "reviewDate": "2028-10-31", "changeNote": "Ändring"}""";

		assertThat(api.send("POST", DOCUMENTS, "handlaggare", "{}").statusCode()).isEqualTo(403);
		assertThat(api.send("POST", DOCUMENTS + "/" + id + "/versions", "handlaggare", version).statusCode())
			.isEqualTo(403);
		assertThat(api.send("POST", DOCUMENTS + "/" + id + "/versions", "ekonomichef", version).statusCode())
			.as("another function's lead")
			.isEqualTo(403);
		assertThat(api.send("GET", DOCUMENTS + "/" + id, "bestallare", null).statusCode()).isEqualTo(200);
		WebSession requester = WebSession.withoutRedirects("http://localhost:" + port);
		requester.login("bestallare", "demo");
		assertThat(requester.get("/kunskap/styrdokument/" + id + "/ny-version").statusCode()).isEqualTo(403);
	}

	@Test
	void aDocumentWithAReviewBeforeItIsValidIsRefusedInSwedish() throws Exception {
		HttpResponse<String> response = api.send("POST", DOCUMENTS, "hr-chef", """
				{"title": "Fel datum", "type": "RUTIN", "body": "Text", "decidedBy": "HR-chef",
				 "decisionDate": "2026-10-01", "validFrom": "2026-11-01", "reviewDate": "2026-01-01"}""");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Översynen ska ligga efter");
	}

	@Test
	void theOwnerIsRemindedOnceBeforeTheReviewDate() throws Exception {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
		String title = "Rutin för påminnelsetest " + UUID.randomUUID();
		createHrDocument(title, today.plusDays(10).toString());

		knowledge.remindOwners(today);
		knowledge.remindOwners(today);

		assertThat(jdbc.sql("select count(*) from platform_outbox where subject = ?")
			.param("Dags att se över " + title)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theLeadSeesOverdueReviewsOfTheFunction() throws Exception {
		HttpResponse<String> created = api.send("POST", DOCUMENTS, "hr-chef", """
				{"title": "Gammal rutin för tjänstebil", "type": "RUTIN", "body": "Text", "decidedBy": "HR-chef",
				 "decisionDate": "2020-01-10", "validFrom": "2020-02-01", "reviewDate": "2022-01-31"}""");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

		String leads = loggedIn("hr-chef").get("/kunskap/styrdokument").body();
		String requesters = loggedIn("bestallare").get("/kunskap/styrdokument").body();

		assertThat(leads).contains("Försenad översyn (", "Gammal rutin för tjänstebil");
		assertThat(requesters).doesNotContain("Försenad översyn (").contains("Gammal rutin för tjänstebil");
	}

	private String createHrDocument(String title, String reviewDate) throws Exception {
		HttpResponse<String> created = api.send("POST", DOCUMENTS, "hr-chef", """
				{"title": "%s", "type": "RUTIN", "body": "Den första texten.", "decidedBy": "HR-chef",
				 "decisionDate": "2025-01-10", "validFrom": "2025-02-01", "reviewDate": "%s"}""".formatted(title,
				reviewDate));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return json.readTree(created.body()).get("id").asString();
	}

	private WebSession loggedIn(String username) {
		WebSession session = WebSession.at("http://localhost:" + port);
		session.login(username, "demo");
		return session;
	}

}
