package se.helhet.requests;

import se.helhet.testsupport.ApiTestSupport;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.helhet.catalogue.ServiceView;
import se.helhet.organisation.Organisation.SaveUnit;
import se.helhet.organisation.StaffView;
import se.helhet.organisation.UnitKind;
import se.helhet.requests.ApiClient.Response;
import se.helhet.testsupport.HelhetIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The requests API as a client uses it with a demo API token: filing, reading, changing
 * status with ETags, comments, time, assignment, the requester's confirmation and rating,
 * and the queues. Every test files its own requests.
 */
@HelhetIntegrationTest
class RequestsApiIntegrationTests extends ApiTestSupport {

	private static final String REQUESTS = "/api/v1/requests";

	private static final String PROBLEM_JSON = "application/problem+json";

	// ---- filing

	@Test
	void postCreatesARequestWith201NumberStatusAssigneeEtagAndLocation() {
		ServiceView service = fixtures.service("Lönefråga");

		Response response = api.post(REQUESTS, "bestallare", """
				{"serviceId": "%s", "title": "Fel OB-tillägg i oktober",
				 "description": "Två medarbetare har fått fel OB-tillägg.",
				 "fields": {"typ": "OB och tillägg", "period": "Oktober"}}""".formatted(service.id()));

		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		JsonNode created = response.json();
		String id = created.get("id").asString();
		assertThat(UUID.fromString(id)).isNotNull();
		int year = Year.now(WorkingCalendar.STOCKHOLM).getValue();
		assertThat(created.get("number").asString()).matches("HR " + year + "/\\d{5}");
		// Utbildningsförvaltningen's named HR contact is the demo handler
		assertThat(created.get("status").asString()).isEqualTo("TILLDELAD");
		assertThat(created.get("assignee").get("username").asString()).isEqualTo("handlaggare");
		assertThat(created.get("function").asString()).isEqualTo("HR");
		assertThat(created.get("service").asString()).isEqualTo("Lönefråga");
		assertThat(created.get("forvaltning").asString()).isEqualTo("Utbildningsförvaltningen");
		assertThat(created.get("fields").get("typ").asString()).isEqualTo("OB och tillägg");
		assertThat(created.get("confidential").asBoolean()).isFalse();
		assertThat(OffsetDateTime.parse(created.get("dueAt").asString()))
			.isAfter(OffsetDateTime.parse(created.get("createdAt").asString()));
		assertThat(response.header("ETag")).isEqualTo("\"0\"");
		assertThat(response.header("Location")).endsWith(REQUESTS + "/" + id);

		Response fetched = api.get(REQUESTS + "/" + id, "bestallare");
		assertThat(fetched.status()).isEqualTo(200);
		assertThat(fetched.header("ETag")).isEqualTo("\"0\"");
		assertThat(fetched.json().get("number").asString()).isEqualTo(created.get("number").asString());
	}

	@Test
	void sameIdempotencyKeyTwiceGivesTheSameRequestAndOneRow() {
		ServiceView service = fixtures.service("Lönerevision och lönesättning");
		String key = "retry-" + UUID.randomUUID();
		String body = """
				{"serviceId": "%s", "title": "Lönekartläggning", "description": "Underlag inför lönerevisionen."}"""
			.formatted(service.id());

		Response first = api.post(REQUESTS, "bestallare", body, "Idempotency-Key", key);
		Response second = api.post(REQUESTS, "bestallare", body, "Idempotency-Key", key);

		assertThat(first.status()).as(first.toString()).isEqualTo(201);
		assertThat(second.status()).as(second.toString()).isIn(200, 201);
		assertThat(second.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
		assertThat(second.json().get("number").asString()).isEqualTo(first.json().get("number").asString());
		assertThat(jdbc.sql("select count(*) from req_request where idempotency_key = ?")
			.param(key)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theSameIdempotencyKeyFromTwoPeopleGivesTwoRequests() {
		ServiceView service = fixtures.service("Lönerevision och lönesättning");
		String key = "shared-" + UUID.randomUUID();
		String body = """
				{"serviceId": "%s", "title": "Lönekriterier", "description": "Hjälp med lönekriterier."}"""
			.formatted(service.id());

		Response mine = api.post(REQUESTS, "bestallare", body, "Idempotency-Key", key);
		Response theirs = api.post(REQUESTS, "facklig", body, "Idempotency-Key", key);

		assertThat(mine.status()).isEqualTo(201);
		assertThat(theirs.status()).isEqualTo(201);
		assertThat(theirs.json().get("id").asString()).isNotEqualTo(mine.json().get("id").asString());
	}

	@Test
	void missingTitleAndRequiredFieldGive400ProblemWithSwedishFieldErrors() {
		ServiceView service = fixtures.service("Lönefråga");

		Response response = api.post(REQUESTS, "bestallare", """
				{"serviceId": "%s", "title": "  ", "description": "Fel lön", "fields": {}}""".formatted(service.id()));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith(PROBLEM_JSON);
		JsonNode problem = response.json();
		assertThat(problem.get("title").asString()).isEqualTo("Ogiltiga uppgifter");
		assertThat(problem.get("errors").get("title").asString())
			.isEqualTo("Skriv en kort rubrik som säger vad du behöver hjälp med.");
		// the form's fields are named as the client sent them, fields.<key>
		assertThat(problem.get("errors").get("fields.typ").asString()).isEqualTo("Fyll i gäller.");
		assertThat(problem.get("detail").asString()).startsWith("Uppgifterna behöver rättas:");
	}

	@Test
	void missingDescriptionAndUnknownServiceGive400WithSwedishFieldErrors() {
		Response response = api.post(REQUESTS, "bestallare", """
				{"serviceId": "%s", "title": "Hjälp"}""".formatted(UUID.randomUUID()));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith(PROBLEM_JSON);
		JsonNode errors = response.json().get("errors");
		assertThat(errors.get("serviceId").asString()).isEqualTo("Välj en tjänst i katalogen som går att beställa.");
		assertThat(errors.get("description").asString()).isEqualTo("Beskriv vad du behöver hjälp med.");
	}

	@Test
	void bolagEmployeeIsRefusedWithAClearExplanationAndNothingIsFiled() {
		UUID bolag = fixtures.unit("Sjövikshem AB").id();
		String username = "api-bolag-" + Long.toString(System.nanoTime(), 36);
		fixtures.person(username, "Britt Bostad", bolag);

		Response response = api.post(REQUESTS, username, """
				{"serviceId": "%s", "title": "Rekrytering av fastighetsskötare", "description": "Vi behöver hjälp."}"""
			.formatted(fixtures.service("Lönerevision och lönesättning").id()));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith(PROBLEM_JSON);
		assertThat(response.json().get("errors").get("forvaltning").asString())
			.startsWith("Sjövikshem AB ingår inte i de centrala stödfunktionerna")
			.contains("bolagets egna");
		assertThat(countRequestsBy(username)).isZero();
	}

	@Test
	void employeeOfAUnitUnderABolagIsRefusedToo() {
		UUID bolag = fixtures.unit("Sjövik Energi AB").id();
		UUID unit = organisation.saveUnit(new SaveUnit(null, UnitKind.UNIT,
				"Kundtjänst " + Long.toString(System.nanoTime(), 36), null, bolag, null, null, null));
		String username = "api-bolagsenhet-" + Long.toString(System.nanoTime(), 36);
		fixtures.person(username, "Eva Energi", unit);

		Response response = api.post(REQUESTS, username, """
				{"serviceId": "%s", "title": "Lönefråga", "description": "Fel lön."}"""
			.formatted(fixtures.service("Lönerevision och lönesättning").id()));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").get("forvaltning").asString())
			.startsWith("Sjövik Energi AB ingår inte i de centrala stödfunktionerna");
		assertThat(countRequestsBy(username)).isZero();
	}

	// ---- reading

	@Test
	void anotherRequesterGets404AsIfTheRequestDidNotExist() {
		String id = create("bestallare", "Lönerevision och lönesättning", "Lönesamtal").get("id").asString();

		Response other = api.get(REQUESTS + "/" + id, "facklig");
		Response unknown = api.get(REQUESTS + "/" + UUID.randomUUID(), "facklig");

		assertThat(other.status()).isEqualTo(404);
		assertThat(other.contentType()).startsWith(PROBLEM_JSON);
		assertThat(other.json().get("detail").asString())
			.isEqualTo("Ärendet finns inte, eller så har du inte behörighet att se det.");
		assertThat(other.body()).doesNotContain("Lönesamtal");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().get("detail").asString()).isEqualTo(other.json().get("detail").asString());
	}

	// ---- status

	@Test
	void patchWithStaleIfMatchGives412NamingWhatChangedAndKeepsTheOtherChange() {
		String id = create("bestallare", "Lönerevision och lönesättning", "Lönestatistik").get("id").asString();
		String etag = api.get(REQUESTS + "/" + id, "handlaggare").header("ETag");

		Response started = patch(id, "handlaggare", "PAGAR", etag);
		Response stale = patch(id, "hr-chef", "VANTAR", etag);

		assertThat(started.status()).as(started.toString()).isEqualTo(200);
		assertThat(started.header("ETag")).isNotEqualTo(etag);
		assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
		assertThat(stale.contentType()).startsWith(PROBLEM_JSON);
		String detail = stale.json().get("detail").asString();
		assertThat(detail)
			.contains(fixtures.user("handlaggare").displayName() + " ändrade status från Tilldelad till Pågår")
			.contains("Din ändring är inte sparad");
		assertThat(api.get(REQUESTS + "/" + id, "handlaggare").json().get("status").asString()).isEqualTo("PAGAR");
	}

	@Test
	void patchWithStaleIfMatchGives412AlsoWhenTheRequestedStepIsNoLongerPossible() {
		String id = create("bestallare", "Lönerevision och lönesättning", "Lönebesked").get("id").asString();
		String etag = api.get(REQUESTS + "/" + id, "handlaggare").header("ETag");
		assertThat(patch(id, "handlaggare", "LOST", etag).status()).isEqualTo(200);

		// the colleague still sees Tilldelad and puts it on hold: the answer must be that
		// someone else changed it, not that Löst cannot become Väntar
		Response stale = patch(id, "hr-chef", "VANTAR", etag);

		assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
		assertThat(stale.json().get("detail").asString()).contains("ändrade status från Tilldelad till Löst");
	}

	@Test
	void patchWithoutIfMatchGives400InSwedish() {
		String id = create("bestallare", "Lönerevision och lönesättning", "Löneläge").get("id").asString();

		Response response = api.send("PATCH", REQUESTS + "/" + id, "handlaggare", "{\"status\": \"PAGAR\"}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith(PROBLEM_JSON);
		assertThat(response.json().get("errors").get("If-Match").asString())
			.startsWith("Skicka If-Match med ärendets ETag");
		assertThat(api.get(REQUESTS + "/" + id, "handlaggare").json().get("status").asString()).isEqualTo("TILLDELAD");
	}

	@Test
	void invalidTransitionGives400ExplainingThePossibleNextSteps() {
		String id = create("bestallare", "Lönerevision och lönesättning", "Lönetrappa").get("id").asString();

		Response response = patch(id, "handlaggare", "STANGD", "\"0\"");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").get("status").asString())
			.isEqualTo("Ett ärende med status Tilldelad kan inte få status Stängd. "
					+ "Möjliga nästa steg: Pågår, Väntar på beställare, Löst.");
	}

	@Test
	void unknownStatusGives400ListingTheStatuses() {
		String id = create("bestallare", "Lönerevision och lönesättning", "Lönenivå").get("id").asString();

		Response response = patch(id, "handlaggare", "KLAR", "\"0\"");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").get("status").asString()).contains("NY, TILLDELAD, PAGAR");
	}

	@Test
	void requesterCannotChangeTheStatus() {
		String id = create("bestallare", "Lönerevision och lönesättning", "Lönedialog").get("id").asString();

		Response response = patch(id, "bestallare", "LOST", "\"0\"");

		assertThat(response.status()).isEqualTo(403);
		assertThat(api.get(REQUESTS + "/" + id, "bestallare").json().get("status").asString()).isEqualTo("TILLDELAD");
	}

	@Test
	void handlerOfAnotherFunctionMaySeeButNotChangeAnOrdinaryRequest() {
		String id = create("bestallare", "Lönerevision och lönesättning", "Lönekostnad").get("id").asString();

		assertThat(api.get(REQUESTS + "/" + id, "ekonomichef").status()).isEqualTo(200);
		assertThat(patch(id, "ekonomichef", "PAGAR", "\"0\"").status()).isEqualTo(403);
	}

	// ---- comments

	@Test
	void internalNotesAreInvisibleToTheRequester() {
		String id = create("bestallare", "Lönerevision och lönesättning", "Lönesamtal i år").get("id").asString();

		Response note = api.post(REQUESTS + "/" + id + "/comments", "handlaggare",
				"{\"body\": \"Rektorn har frågat förut, se förra årets ärende.\", \"internal\": true}");
		Response reply = api.post(REQUESTS + "/" + id + "/comments", "handlaggare",
				"{\"body\": \"Jag ringer dig i morgon.\"}");
		Response question = api.post(REQUESTS + "/" + id + "/comments", "bestallare",
				"{\"body\": \"Tack, jag är på plats efter nio.\"}");

		assertThat(note.status()).as(note.toString()).isEqualTo(201);
		assertThat(reply.status()).isEqualTo(201);
		assertThat(question.status()).isEqualTo(201);
		JsonNode asRequester = api.get(REQUESTS + "/" + id, "bestallare").json();
		assertThat(texts(asRequester.get("comments"), "body")).containsExactly("Jag ringer dig i morgon.",
				"Tack, jag är på plats efter nio.");
		assertThat(api.get(REQUESTS + "/" + id, "bestallare").body()).doesNotContain("förra årets");
		assertThat(texts(asRequester.get("audit"), "action")).doesNotContain("ANTECKNING");
		JsonNode asHandler = api.get(REQUESTS + "/" + id, "handlaggare").json();
		assertThat(texts(asHandler.get("comments"), "body")).hasSize(3)
			.contains("Rektorn har frågat förut, se förra årets ärende.");
		assertThat(texts(asHandler.get("audit"), "action")).contains("ANTECKNING");
	}

	@Test
	void requesterCannotWriteInternalNotesAndEmptyCommentsAreRefused() {
		String id = create("bestallare", "Lönerevision och lönesättning", "Lönefrågor").get("id").asString();

		Response internal = api.post(REQUESTS + "/" + id + "/comments", "bestallare",
				"{\"body\": \"Hemligt\", \"internal\": true}");
		Response empty = api.post(REQUESTS + "/" + id + "/comments", "bestallare", "{\"body\": \"  \"}");

		assertThat(internal.status()).isEqualTo(403);
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.json().get("errors").get("body").asString()).isEqualTo("Skriv något i kommentaren.");
	}

	@Test
	void requestersAnswerToAWaitingRequestPutsItBackInProgress() {
		String id = create("bestallare", "Lönerevision och lönesättning", "Lönespann").get("id").asString();
		assertThat(patch(id, "handlaggare", "VANTAR", "\"0\"").status()).isEqualTo(200);

		Response answer = api.post(REQUESTS + "/" + id + "/comments", "bestallare",
				"{\"body\": \"Här är underlaget.\"}");

		assertThat(answer.status()).isEqualTo(201);
		assertThat(answer.json().get("status").asString()).isEqualTo("PAGAR");
	}

	// ---- time

	@Test
	void handlerLogsTimeThatTheRequesterDoesNotSee() {
		String id = create("bestallare", "Lönerevision och lönesättning", "Lönetid").get("id").asString();
		String today = LocalDate.now(WorkingCalendar.STOCKHOLM).toString();

		Response logged = api.post(REQUESTS + "/" + id + "/time-entries", "handlaggare",
				"{\"date\": \"%s\", \"minutes\": 45, \"activity\": \"Utredning\"}".formatted(today));

		assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
		JsonNode entries = logged.json().get("timeEntries");
		assertThat(entries).hasSize(1);
		assertThat(entries.get(0).get("minutes").asInt()).isEqualTo(45);
		assertThat(entries.get(0).get("staffUsername").asString()).isEqualTo("handlaggare");
		assertThat(api.get(REQUESTS + "/" + id, "bestallare").json().get("timeEntries")).isEmpty();
	}

	@Test
	void timeInTheFutureOrOfZeroMinutesIsRefusedInSwedish() {
		String id = create("bestallare", "Lönerevision och lönesättning", "Löneunderlag").get("id").asString();
		String tomorrow = LocalDate.now(WorkingCalendar.STOCKHOLM).plusDays(1).toString();
		String today = LocalDate.now(WorkingCalendar.STOCKHOLM).toString();

		Response future = api.post(REQUESTS + "/" + id + "/time-entries", "handlaggare",
				"{\"date\": \"%s\", \"minutes\": 30, \"activity\": \"Möte\"}".formatted(tomorrow));
		Response zero = api.post(REQUESTS + "/" + id + "/time-entries", "handlaggare",
				"{\"date\": \"%s\", \"minutes\": 0, \"activity\": \"Möte\"}".formatted(today));
		Response noActivity = api.post(REQUESTS + "/" + id + "/time-entries", "handlaggare",
				"{\"date\": \"%s\", \"minutes\": 10}".formatted(today));
		Response byRequester = api.post(REQUESTS + "/" + id + "/time-entries", "bestallare",
				"{\"date\": \"%s\", \"minutes\": 10, \"activity\": \"Möte\"}".formatted(today));

		assertThat(future.status()).isEqualTo(400);
		assertThat(future.contentType()).startsWith(PROBLEM_JSON);
		assertThat(future.json().get("errors").get("date").asString()).isEqualTo("Datumet kan inte ligga i framtiden.");
		assertThat(zero.status()).isEqualTo(400);
		assertThat(zero.json().get("errors").get("minutes").asString())
			.isEqualTo("Ange tiden i minuter, mellan 1 och 1440.");
		assertThat(noActivity.status()).isEqualTo(400);
		assertThat(noActivity.json().get("errors").has("activity")).isTrue();
		assertThat(byRequester.status()).isEqualTo(403);
		assertThat(api.get(REQUESTS + "/" + id, "handlaggare").json().get("timeEntries")).isEmpty();
	}

	// ---- assignment

	@Test
	void handlerReassignsWithAReasonAndTheChangeIsInTheTrail() {
		String id = create("bestallare", "Lönerevision och lönesättning", "Lönekarta").get("id").asString();
		StaffView colleague = hrColleague();

		Response response = api.send("PUT", REQUESTS + "/" + id + "/assignee", "handlaggare",
				"{\"staffId\": \"%s\", \"reason\": \"Semester vecka 49\"}".formatted(colleague.id()), "If-Match",
				"\"0\"");

		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.json().get("assignee").get("staffId").asString()).isEqualTo(colleague.id().toString());
		assertThat(response.header("ETag")).isEqualTo("\"1\"");
		JsonNode last = last(response.json().get("audit"), "TILLDELAD");
		assertThat(last.get("before").asString()).isEqualTo(fixtures.user("handlaggare").displayName());
		assertThat(last.get("after").asString()).isEqualTo(colleague.fullName() + " (Semester vecka 49)");
	}

	@Test
	void reassigningWithoutReasonOrToAnotherFunctionsStaffIsRefused() {
		String id = create("bestallare", "Lönerevision och lönesättning", "Lönepolicy").get("id").asString();
		StaffView economist = organisation.staff(fixtures.function("EK").id())
			.stream()
			.filter(s -> !s.lead())
			.findFirst()
			.orElseThrow();

		Response noReason = api.send("PUT", REQUESTS + "/" + id + "/assignee", "handlaggare",
				"{\"staffId\": \"%s\", \"reason\": \"\"}".formatted(hrColleague().id()), "If-Match", "\"0\"");
		Response otherFunction = api.send("PUT", REQUESTS + "/" + id + "/assignee", "handlaggare",
				"{\"staffId\": \"%s\", \"reason\": \"Ekonomisk fråga\"}".formatted(economist.id()), "If-Match",
				"\"0\"");
		Response noIfMatch = api.send("PUT", REQUESTS + "/" + id + "/assignee", "handlaggare",
				"{\"staffId\": \"%s\", \"reason\": \"Semester\"}".formatted(hrColleague().id()));

		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.json().get("errors").get("reason").asString()).startsWith("Skriv varför ärendet byter");
		assertThat(otherFunction.status()).isEqualTo(400);
		assertThat(otherFunction.contentType()).startsWith(PROBLEM_JSON);
		assertThat(otherFunction.json().get("errors").get("staffId").asString())
			.isEqualTo("Välj en handläggare i den funktion som äger ärendet.");
		assertThat(noIfMatch.status()).isEqualTo(400);
		assertThat(noIfMatch.json().get("errors").has("If-Match")).isTrue();
		assertThat(api.get(REQUESTS + "/" + id, "handlaggare").json().get("assignee").get("username").asString())
			.isEqualTo("handlaggare");
	}

	@Test
	void assigningToNobodyPutsTheRequestBackInTheFunctionsQueue() {
		String id = create("bestallare", "Lönerevision och lönesättning", "Lönetillägg").get("id").asString();

		Response response = api.send("PUT", REQUESTS + "/" + id + "/assignee", "handlaggare",
				"{\"staffId\": null, \"reason\": \"Annan kompetens behövs\"}", "If-Match", "\"0\"");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("assignee").isNull()).isTrue();
		assertThat(response.json().get("status").asString()).isEqualTo("NY");
		assertThat(ids(api.listAll("queue=UNASSIGNED", "hr-chef"))).contains(id);
	}

	@Test
	void aClosedRequestDoesNotChangeHandler() {
		String id = create("bestallare", "Lönerevision och lönesättning", "Lönesamtal").get("id").asString();
		Response started = patch(id, "handlaggare", "PAGAR", "\"0\"");
		patch(id, "handlaggare", "LOST", started.header("ETag"));
		Response closed = api.post(REQUESTS + "/" + id + "/confirmation", "bestallare", "{\"solved\": true}");
		assertThat(closed.json().get("status").asString()).isEqualTo("STANGD");

		Response response = api.send("PUT", REQUESTS + "/" + id + "/assignee", "handlaggare",
				"{\"staffId\": \"%s\", \"reason\": \"Semester\"}".formatted(hrColleague().id()), "If-Match",
				closed.header("ETag"));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").get("staffId").asString())
			.contains("är stängt och byter inte handläggare");
		assertThat(api.get(REQUESTS + "/" + id, "handlaggare").json().get("assignee").get("username").asString())
			.isEqualTo("handlaggare");
	}

	// ---- the requester's confirmation and rating

	@Test
	void requesterReopensAResolvedRequestAndLaterConfirmsIt() {
		String id = create("bestallare", "Lönerevision och lönesättning", "Lönerevision 2027").get("id").asString();
		patch(id, "handlaggare", "LOST", "\"0\"");

		Response reopenWithoutComment = api.post(REQUESTS + "/" + id + "/confirmation", "bestallare",
				"{\"solved\": false}");
		Response reopened = api.post(REQUESTS + "/" + id + "/confirmation", "bestallare",
				"{\"solved\": false, \"comment\": \"Underlaget för förskolan saknas.\"}");
		Response resolvedAgain = patch(id, "handlaggare", "LOST", reopened.header("ETag"));
		Response confirmed = api.post(REQUESTS + "/" + id + "/confirmation", "bestallare", "{\"solved\": true}");

		assertThat(reopenWithoutComment.status()).isEqualTo(400);
		assertThat(reopenWithoutComment.json().get("errors").get("comment").asString())
			.isEqualTo("Skriv vad som saknas, så att handläggaren kan fortsätta.");
		assertThat(reopened.status()).as(reopened.toString()).isEqualTo(200);
		assertThat(reopened.json().get("status").asString()).isEqualTo("PAGAR");
		assertThat(texts(reopened.json().get("comments"), "body")).contains("Underlaget för förskolan saknas.");
		assertThat(resolvedAgain.status()).isEqualTo(200);
		assertThat(confirmed.status()).isEqualTo(200);
		assertThat(confirmed.json().get("status").asString()).isEqualTo("STANGD");
		assertThat(confirmed.json().get("closedAt").isNull()).isFalse();
	}

	@Test
	void onlyTheRequesterConfirmsAndOnlyAResolvedRequest() {
		String id = create("bestallare", "Lönerevision och lönesättning", "Lönestruktur").get("id").asString();

		Response notResolved = api.post(REQUESTS + "/" + id + "/confirmation", "bestallare", "{\"solved\": true}");
		patch(id, "handlaggare", "LOST", "\"0\"");
		Response byHandler = api.post(REQUESTS + "/" + id + "/confirmation", "handlaggare", "{\"solved\": true}");

		assertThat(notResolved.status()).isEqualTo(400);
		assertThat(notResolved.json().get("errors").get("status").asString())
			.isEqualTo("Bara ett löst ärende kan bekräftas.");
		assertThat(byHandler.status()).isEqualTo(403);
	}

	@Test
	void reopeningAfterTheReopeningPeriodIsRefusedWithWhatToDoInstead() {
		JsonNode created = create("bestallare", "Lönerevision och lönesättning", "Gammal lönefråga");
		String id = created.get("id").asString();
		patch(id, "handlaggare", "LOST", "\"0\"");
		api.post(REQUESTS + "/" + id + "/confirmation", "bestallare", "{\"solved\": true}");
		OffsetDateTime longAgo = OffsetDateTime.now().minusDays(15);
		jdbc.sql("update req_request set resolved_at = ?, closed_at = ? where id = ?")
			.params(longAgo, longAgo, UUID.fromString(id))
			.update();

		Response response = api.post(REQUESTS + "/" + id + "/confirmation", "bestallare",
				"{\"solved\": false, \"comment\": \"Det blev fel igen.\"}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").get("status").asString())
			.isEqualTo("Ärendet avslutades för mer än 14 dagar sedan och kan inte öppnas igen. "
					+ "Beställ ett nytt ärende och hänvisa till " + created.get("number").asString() + ".");
		assertThat(api.get(REQUESTS + "/" + id, "bestallare").json().get("status").asString()).isEqualTo("STANGD");
	}

	@Test
	void reopeningWithinThePeriodWorksAlsoForAClosedRequest() {
		String id = create("bestallare", "Lönerevision och lönesättning", "Nästan gammal").get("id").asString();
		patch(id, "handlaggare", "LOST", "\"0\"");
		api.post(REQUESTS + "/" + id + "/confirmation", "bestallare", "{\"solved\": true}");
		OffsetDateTime recently = OffsetDateTime.now().minusDays(13);
		jdbc.sql("update req_request set closed_at = ? where id = ?").params(recently, UUID.fromString(id)).update();

		Response response = api.post(REQUESTS + "/" + id + "/confirmation", "bestallare",
				"{\"solved\": false, \"comment\": \"Det blev fel igen.\"}");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("status").asString()).isEqualTo("PAGAR");
		assertThat(response.json().get("closedAt").isNull()).isTrue();
	}

	@Test
	void ratingFrom1To5IsGivenOnlyAfterTheRequestIsResolved() {
		String id = create("bestallare", "Lönerevision och lönesättning", "Betygsatt fråga").get("id").asString();

		Response tooEarly = api.post(REQUESTS + "/" + id + "/rating", "bestallare", "{\"rating\": 5}");
		patch(id, "handlaggare", "LOST", "\"0\"");
		Response six = api.post(REQUESTS + "/" + id + "/rating", "bestallare", "{\"rating\": 6}");
		Response zero = api.post(REQUESTS + "/" + id + "/rating", "bestallare", "{\"rating\": 0}");
		Response byHandler = api.post(REQUESTS + "/" + id + "/rating", "handlaggare", "{\"rating\": 5}");
		Response five = api.post(REQUESTS + "/" + id + "/rating", "bestallare",
				"{\"rating\": 5, \"comment\": \"Snabb och tydlig hjälp.\"}");

		assertThat(tooEarly.status()).isEqualTo(400);
		assertThat(tooEarly.json().get("errors").get("rating").asString())
			.isEqualTo("Du kan betygsätta hjälpen när ärendet är löst.");
		assertThat(six.status()).isEqualTo(400);
		assertThat(six.json().get("errors").get("rating").asString()).isEqualTo("Välj ett betyg från 1 till 5.");
		assertThat(zero.status()).isEqualTo(400);
		assertThat(byHandler.status()).isEqualTo(403);
		assertThat(five.status()).isEqualTo(200);
		assertThat(five.json().get("rating").asInt()).isEqualTo(5);
	}

	// ---- lists

	@Test
	void mineListsTheOpenRequestsAssignedToMe() {
		String id = create("bestallare", "Lönerevision och lönesättning", "Min kö").get("id").asString();
		String resolved = create("bestallare", "Lönerevision och lönesättning", "Löst kö").get("id").asString();
		patch(resolved, "handlaggare", "LOST", "\"0\"");

		List<JsonNode> mine = api.listAll("queue=MINE", "handlaggare");

		assertThat(ids(mine)).contains(id).doesNotContain(resolved);
		assertThat(mine)
			.allSatisfy(row -> assertThat(row.get("status").asString()).isIn("NY", "TILLDELAD", "PAGAR", "VANTAR"));
		assertThat(ids(api.listAll("queue=MINE", "hr-chef"))).doesNotContain(id);
	}

	@Test
	void unassignedListsTheFunctionsQueueOnly() {
		String queued = create("bestallare", "Lönerevision och lönesättning", "Kö-fråga").get("id").asString();
		api.send("PUT", REQUESTS + "/" + queued + "/assignee", "handlaggare",
				"{\"staffId\": null, \"reason\": \"Till kön\"}", "If-Match", "\"0\"");
		String assigned = create("bestallare", "Lönerevision och lönesättning", "Tilldelad fråga").get("id").asString();
		String economy = create("bestallare", "Budgetarbete", "Budgetfråga").get("id").asString();

		List<JsonNode> unassigned = api.listAll("queue=UNASSIGNED", "handlaggare");

		assertThat(ids(unassigned)).contains(queued).doesNotContain(assigned, economy);
		assertThat(unassigned).allSatisfy(row -> {
			assertThat(row.get("function").asString()).isEqualTo("HR");
			assertThat(row.get("assignee").isNull()).isTrue();
		});
	}

	@Test
	void overdueListsOpenRequestsPastTheirDueTime() {
		String late = create("bestallare", "Lönerevision och lönesättning", "Sen fråga").get("id").asString();
		String onTime = create("bestallare", "Lönerevision och lönesättning", "Fråga i tid").get("id").asString();
		String lateButResolved = create("bestallare", "Lönerevision och lönesättning", "Sen men löst").get("id")
			.asString();
		patch(lateButResolved, "handlaggare", "LOST", "\"0\"");
		OffsetDateTime yesterday = OffsetDateTime.now().minusDays(1);
		for (String id : List.of(late, lateButResolved)) {
			jdbc.sql("update req_request set due_at = ? where id = ?").params(yesterday, UUID.fromString(id)).update();
		}

		List<JsonNode> overdue = api.listAll("queue=OVERDUE", "handlaggare");

		assertThat(ids(overdue)).contains(late).doesNotContain(onTime, lateButResolved);
		assertThat(overdue).allSatisfy(row -> assertThat(row.get("overdue").asBoolean()).isTrue());
		assertThat(api.get(REQUESTS + "/" + late, "bestallare").json().get("overdue").asBoolean()).isTrue();
	}

	@Test
	void requestedListsMyOwnRequestsPagedAndSortedByDueTime() {
		String username = "api-lista-" + Long.toString(System.nanoTime(), 36);
		fixtures.person(username, "Lisa Listare", fixtures.unit("Katedralskolan").id());
		// services with different SLAs give different due times
		List<String> services = List.of("Rekrytering", "Lönefråga", "Arbetsrättslig rådgivning", "Rehabilitering",
				"Fakturafråga");
		List<String> created = new ArrayList<>();
		for (String service : services) {
			created.add(create(username, service, "Fråga om " + service.toLowerCase()).get("id").asString());
		}

		Response page0 = api.get(REQUESTS + "?queue=REQUESTED&sort=DUE&size=2&page=0", username);
		Response page1 = api.get(REQUESTS + "?queue=REQUESTED&sort=DUE&size=2&page=1", username);
		Response page2 = api.get(REQUESTS + "?queue=REQUESTED&sort=DUE&size=2&page=2", username);
		Response descending = api.get(REQUESTS + "?queue=REQUESTED&sort=DUE&order=desc&size=10", username);

		assertThat(page0.json().get("total").asLong()).isEqualTo(5);
		assertThat(page0.json().get("rows")).hasSize(2);
		assertThat(page1.json().get("rows")).hasSize(2);
		assertThat(page2.json().get("rows")).hasSize(1);
		List<JsonNode> all = new ArrayList<>();
		for (Response page : List.of(page0, page1, page2)) {
			page.json().get("rows").forEach(all::add);
		}
		assertThat(ids(all)).containsExactlyInAnyOrderElementsOf(created);
		List<OffsetDateTime> due = all.stream().map(r -> OffsetDateTime.parse(r.get("dueAt").asString())).toList();
		assertThat(due).isSortedAccordingTo(OffsetDateTime::compareTo);
		assertThat(due.getFirst()).isBefore(due.getLast());
		List<String> descendingIds = ids(list(descending.json().get("rows")));
		assertThat(descendingIds).containsExactlyElementsOf(ids(all).reversed());
		assertThat(ids(api.listAll("queue=REQUESTED", "bestallare"))).doesNotContainAnyElementsOf(created);
	}

	@Test
	void unknownQueueGives400ListingTheQueues() {
		Response response = api.get(REQUESTS + "?queue=ALLA", "bestallare");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").get("queue").asString())
			.isEqualTo("queue kan vara MINE, UNASSIGNED, FORVALTNING, OVERDUE, REQUESTED, ALL.");
	}

	// ---- support

	private JsonNode create(String user, String serviceName, String title) {
		ServiceView service = fixtures.service(serviceName);
		Response response = api.post(REQUESTS, user,
				json.writeValueAsString(java.util.Map.of("serviceId", service.id().toString(), "title", title,
						"description", "Beskrivning: " + title, "fields", RequestFixtures.validAnswers(service))));
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.json();
	}

	private Response patch(String id, String user, String status, String ifMatch) {
		return api.send("PATCH", REQUESTS + "/" + id, user, "{\"status\": \"%s\"}".formatted(status), "If-Match",
				ifMatch);
	}

	private StaffView hrColleague() {
		return organisation.staff(fixtures.function("HR").id())
			.stream()
			.filter(s -> !s.lead() && s.username() != null && !s.username().equals("handlaggare"))
			.findFirst()
			.orElseThrow();
	}

	private long countRequestsBy(String username) {
		return jdbc.sql("select count(*) from req_request where requester_username = ?")
			.param(username)
			.query(Long.class)
			.single();
	}

	private static List<String> texts(JsonNode array, String field) {
		return list(array).stream().map(n -> n.get(field).asString()).toList();
	}

	private static JsonNode last(JsonNode audit, String action) {
		return list(audit).stream().filter(n -> n.get("action").asString().equals(action)).toList().getLast();
	}

	private static List<String> ids(List<JsonNode> rows) {
		return rows.stream().map(r -> r.get("id").asString()).toList();
	}

	private static List<JsonNode> list(JsonNode array) {
		List<JsonNode> nodes = new ArrayList<>();
		array.forEach(nodes::add);
		return nodes;
	}

}
