package se.helhet.organisation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import se.helhet.organisation.Organisation.SaveAbsence;
import se.helhet.platform.CurrentUser;
import se.helhet.platform.Role;
import se.helhet.testsupport.HelhetIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Absences over HTTP as a client sees them, and their effect on capacity. All tests share
 * the demo database, so each test uses its own weeks in the 2030s, far from the demo's
 * absences and from each other.
 */
@HelhetIntegrationTest
@RecordApplicationEvents
class AbsenceApiIntegrationTests {

	private static final String ABSENCES = "/api/v1/absences";

	private static final String PROBLEM_JSON = "application/problem+json";

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Organisation organisation;

	@Test
	void staffRegisterTheirOwnAbsenceAndGet201WithLocationAndEtag() throws Exception {
		HttpResponse<String> response = send("POST", ABSENCES, "handlaggare", """
				{"kind": "SEMESTER", "from": "2031-07-07", "to": "2031-07-18", "note": "Sommarsemester"}""");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		JsonNode created = json.readTree(response.body());
		assertThat(created.get("staffId").asString()).isEqualTo(staffId("handlaggare").toString());
		assertThat(created.get("kind").asString()).isEqualTo("SEMESTER");
		assertThat(created.get("from").asString()).isEqualTo("2031-07-07");
		assertThat(created.get("to").asString()).isEqualTo("2031-07-18");
		assertThat(created.get("partDayPercent").isNull()).isTrue();
		assertThat(created.get("registeredBy").asString()).isEqualTo("handlaggare");
		assertThat(response.headers().firstValue("ETag")).hasValue("\"0\"");
		String id = created.get("id").asString();
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(URI.create(l).getPath()).isEqualTo(ABSENCES + "/" + id));
	}

	@Test
	void theLeadRegistersAnAbsenceForStaffOfTheFunction() throws Exception {
		HttpResponse<String> response = send("POST", ABSENCES, "hr-chef", """
				{"staffId": "%s", "kind": "VAB", "from": "2031-03-03", "to": "2031-03-03", "partDayPercent": 50}"""
			.formatted(staffId("handlaggare")));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		JsonNode created = json.readTree(response.body());
		assertThat(created.get("staffId").asString()).isEqualTo(staffId("handlaggare").toString());
		assertThat(created.get("partDayPercent").asInt()).isEqualTo(50);
		assertThat(created.get("registeredBy").asString()).isEqualTo("hr-chef");
	}

	@Test
	void staffMayNotRegisterAnAbsenceForAColleague() throws Exception {
		HttpResponse<String> response = send("POST", ABSENCES, "handlaggare", """
				{"staffId": "%s", "kind": "SJUKDOM", "from": "2031-03-10", "to": "2031-03-10"}"""
			.formatted(staffId("hr-chef")));

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(contentType(response)).startsWith(PROBLEM_JSON);
	}

	@Test
	void aRequesterGets403() throws Exception {
		assertThat(send("GET", ABSENCES, "bestallare", null).statusCode()).isEqualTo(403);
		HttpResponse<String> post = send("POST", ABSENCES, "bestallare", """
				{"staffId": "%s", "kind": "SEMESTER", "from": "2031-04-07", "to": "2031-04-08"}"""
			.formatted(staffId("handlaggare")));
		assertThat(post.statusCode()).isEqualTo(403);
		assertThat(contentType(post)).startsWith(PROBLEM_JSON);
	}

	@Test
	void anotherFunctionsLeadCanNeitherSeeNorChangeTheAbsences() throws Exception {
		String id = create("handlaggare", "UTBILDNING", "2031-05-05", "2031-05-06");
		UUID hr = functionOf("handlaggare");

		assertThat(send("POST", ABSENCES, "ekonomichef", """
				{"staffId": "%s", "kind": "SEMESTER", "from": "2031-05-12", "to": "2031-05-13"}"""
			.formatted(staffId("handlaggare"))).statusCode()).isEqualTo(403);
		assertThat(send("PUT", ABSENCES + "/" + id, "ekonomichef", """
				{"kind": "SEMESTER", "from": "2031-05-05", "to": "2031-05-06"}""").statusCode()).isEqualTo(404);
		assertThat(send("DELETE", ABSENCES + "/" + id, "ekonomichef", null).statusCode()).isEqualTo(404);
		assertThat(send("GET", ABSENCES + "?functionId=" + hr, "ekonomichef", null).statusCode()).isEqualTo(403);
		List<JsonNode> own = list(send("GET", ABSENCES + "?from=2031-05-01&to=2031-05-31", "ekonomichef", null));
		assertThat(own).noneSatisfy(a -> assertThat(a.get("id").asString()).isEqualTo(id));
	}

	@Test
	void colleaguesOfTheFunctionSeeTheAbsenceButNotItsNote() throws Exception {
		HttpResponse<String> created = send("POST", ABSENCES, "hr-chef", """
				{"kind": "TJANSTLEDIGHET", "from": "2031-06-02", "to": "2031-06-04", "note": "Flytt"}""");
		String id = json.readTree(created.body()).get("id").asString();

		List<JsonNode> seen = list(send("GET", ABSENCES + "?from=2031-06-01&to=2031-06-30", "handlaggare", null));

		assertThat(seen).filteredOn(a -> a.get("id").asString().equals(id))
			.singleElement()
			.satisfies(a -> assertThat(a.get("note").isNull()).isTrue());
	}

	@Test
	void aChangeOnAStaleVersionGets412AndTheCurrentOneSucceeds() throws Exception {
		String id = create("handlaggare", "SEMESTER", "2031-08-04", "2031-08-08");
		String path = ABSENCES + "/" + id;

		HttpResponse<String> first = send("PUT", path, "handlaggare", """
				{"kind": "SEMESTER", "from": "2031-08-04", "to": "2031-08-15"}""", "If-Match", "\"0\"");
		assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
		assertThat(first.headers().firstValue("ETag")).hasValue("\"1\"");

		HttpResponse<String> stale = send("PUT", path, "handlaggare", """
				{"kind": "SEMESTER", "from": "2031-08-04", "to": "2031-08-22"}""", "If-Match", "\"0\"");
		assertThat(stale.statusCode()).isEqualTo(412);
		assertThat(contentType(stale)).startsWith(PROBLEM_JSON);
		assertThat(json.readTree(stale.body()).get("title").asString()).isEqualTo("Någon annan har ändrat");

		assertThat(send("DELETE", path, "handlaggare", null, "If-Match", "\"0\"").statusCode()).isEqualTo(412);
		assertThat(send("DELETE", path, "handlaggare", null, "If-Match", "\"1\"").statusCode()).isEqualTo(204);
		assertThat(send("GET", path, "handlaggare", null).statusCode()).isEqualTo(404);
	}

	@Test
	void anOverlappingAbsenceIsRefusedWithASwedishMessage() throws Exception {
		create("handlaggare", "SEMESTER", "2031-09-01", "2031-09-05");

		HttpResponse<String> response = send("POST", ABSENCES, "handlaggare", """
				{"kind": "UTBILDNING", "from": "2031-09-04", "to": "2031-09-10"}""");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(contentType(response)).startsWith(PROBLEM_JSON);
		assertThat(json.readTree(response.body()).get("errors").get("from").asString())
			.contains("har redan semester 2031-09-01–2031-09-05", "överlappar");
	}

	@Test
	void invalidInputIsRefusedPerField() throws Exception {
		HttpResponse<String> response = send("POST", ABSENCES, "handlaggare", """
				{"kind": "LEDIG", "from": "2031-10-10", "to": "2031-10-09"}""");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json.readTree(response.body()).get("errors").get("kind").asString()).contains("SEMESTER");

		HttpResponse<String> backwards = send("POST", ABSENCES, "handlaggare", """
				{"kind": "SJUKDOM", "from": "2031-10-10", "to": "2031-10-09", "partDayPercent": 100}""");
		JsonNode errors = json.readTree(backwards.body()).get("errors");
		assertThat(errors.get("to").asString()).contains("före första dagen");
		assertThat(errors.get("partDayPercent").asString()).contains("mellan 1 och 99");
	}

	@Test
	void aCsvImportWithAnyErrorSavesNothingAndListsTheRows() throws Exception {
		String colleague = hrColleague();
		String csv = """
				anstalld;typ;fran;till;andel
				handlaggare;semester;2032-01-12;2032-01-16;
				ingen.alls;SEMESTER;2032-01-12;2032-01-16;
				%s;Sjukdom;2032-01-14;13/1;
				handlaggare;UTBILDNING;2032-01-15;2032-01-15;50
				""".formatted(colleague);

		HttpResponse<String> response = sendCsv("hr-chef", csv);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(contentType(response)).startsWith(PROBLEM_JSON);
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.get("detail").asString()).contains("Inget importerades");
		List<Integer> rows = new ArrayList<>();
		problem.get("rows").forEach(row -> rows.add(row.get("row").asInt()));
		assertThat(rows).containsExactly(3, 4, 5);
		assertThat(problem.get("rows").get(0).get("message").asString()).contains("ingen.alls", "användarnamnet");
		assertThat(problem.get("rows").get(2).get("message").asString()).contains("överlappar", "rad 2");
		assertThat(list(send("GET", ABSENCES + "?staffId=" + staffId("handlaggare") + "&from=2032-01-01&to=2032-01-31",
				"hr-chef", null)))
			.isEmpty();
	}

	@Test
	void aCorrectCsvIsImportedWhole() throws Exception {
		String colleague = hrColleague();
		String email = jdbc.sql("select email from org_staff where username = ?")
			.param(colleague)
			.query(String.class)
			.single();
		String csv = "Anställd,Typ,Från,Till,Andel\nhandlaggare,FORALDRALEDIGHET,2032-03-01,2032-03-12,\n" + email
				+ ",utbildning,2032-03-03,2032-03-03,50\n";

		HttpResponse<String> response = sendCsv("hr-chef", csv);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		assertThat(json.readTree(response.body()).get("imported").asInt()).isEqualTo(2);
		List<JsonNode> march = list(
				send("GET", ABSENCES + "?functionId=" + functionOf("handlaggare") + "&from=2032-03-01&to=2032-03-31",
						"hr-chef", null));
		assertThat(march).extracting(a -> a.get("kind").asString())
			.containsExactlyInAnyOrder("FORALDRALEDIGHET", "UTBILDNING");
	}

	@Test
	void aLeadCannotImportAbsencesOfAnotherFunction() throws Exception {
		HttpResponse<String> response = sendCsv("ekonomichef",
				"anstalld;typ;fran;till\nhandlaggare;SEMESTER;2032-05-03;2032-05-07\n");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json.readTree(response.body()).get("rows").get(0).get("message").asString())
			.contains("annan funktion");
		assertThat(sendCsv("handlaggare", "anstalld;typ;fran;till\n").statusCode()).isEqualTo(403);
	}

	@Test
	void anAbsenceReducesTheWeeksCapacityAndIsPublished(ApplicationEvents events) {
		UUID staff = staffId("handlaggare");
		StaffView person = organisation.staffMember(staff).orElseThrow();
		CurrentUser user = new CurrentUser(UUID.randomUUID(), "handlaggare", person.fullName(), "HR-konsult",
				Set.of(Role.HANDLER), person.functionId(), staff);
		// Monday 3 and Tuesday 4 November 2031 of a week with five working days
		LocalDate monday = LocalDate.of(2031, 11, 3);
		assertThat(organisation.availableHours(staff, monday)).isEqualByComparingTo(person.weeklyCapacityHours());

		UUID id = organisation
			.registerAbsence(new SaveAbsence(staff, AbsenceKind.SJUKDOM, monday, monday.plusDays(1), null, null, null),
					user)
			.absenceId();

		BigDecimal expected = person.weeklyCapacityHours()
			.multiply(BigDecimal.valueOf(3))
			.divide(BigDecimal.valueOf(5), 1, RoundingMode.HALF_UP);
		assertThat(organisation.availableHours(staff, monday.plusDays(4))).isEqualByComparingTo(expected);
		assertThat(organisation.isAbsent(staff, monday)).isTrue();
		assertThat(organisation.isAbsent(staff, monday.plusDays(2))).isFalse();
		assertThat(events.stream(AbsenceRegistered.class)).singleElement().satisfies(event -> {
			assertThat(event.absenceId()).isEqualTo(id);
			assertThat(event.kind()).isEqualTo(AbsenceKind.SJUKDOM);
			assertThat(event.functionId()).isEqualTo(person.functionId());
		});
	}

	@Test
	void colleaguesSeeThatSomeoneIsAwayButNotWhyWhenTheReasonIsAboutHealthOrFamily() throws Exception {
		HttpResponse<String> sick = send("POST", ABSENCES, "handlaggare", """
				{"kind": "SJUKDOM", "from": "2032-02-02", "to": "2032-02-03", "note": "Feber"}""");
		String sickId = json.readTree(sick.body()).get("id").asString();
		String courseId = create("handlaggare", "UTBILDNING", "2032-02-09", "2032-02-09");

		JsonNode seenByColleague = json.readTree(send("GET", ABSENCES + "/" + sickId, hrColleague(), null).body());
		JsonNode courseSeenByColleague = json
			.readTree(send("GET", ABSENCES + "/" + courseId, hrColleague(), null).body());
		JsonNode seenByLead = json.readTree(send("GET", ABSENCES + "/" + sickId, "hr-chef", null).body());
		JsonNode seenByThemselves = json.readTree(send("GET", ABSENCES + "/" + sickId, "handlaggare", null).body());

		assertThat(seenByColleague.get("from").asString()).isEqualTo("2032-02-02");
		assertThat(seenByColleague.get("kind").isNull()).isTrue();
		assertThat(seenByColleague.get("note").isNull()).isTrue();
		assertThat(courseSeenByColleague.get("kind").asString()).isEqualTo("UTBILDNING");
		assertThat(seenByLead.get("kind").asString()).isEqualTo("SJUKDOM");
		assertThat(seenByThemselves.get("kind").asString()).isEqualTo("SJUKDOM");
		assertThat(seenByThemselves.get("note").asString()).isEqualTo("Feber");
	}

	private String create(String username, String kind, String from, String to) throws Exception {
		HttpResponse<String> response = send("POST", ABSENCES, username, """
				{"kind": "%s", "from": "%s", "to": "%s"}""".formatted(kind, from, to));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return json.readTree(response.body()).get("id").asString();
	}

	private UUID staffId(String username) {
		return jdbc.sql("select id from org_staff where username = ?").param(username).query(UUID.class).single();
	}

	private UUID functionOf(String username) {
		return jdbc.sql("select function_id from org_staff where username = ?")
			.param(username)
			.query(UUID.class)
			.single();
	}

	/** Another HR staff member than handlaggare and the lead. */
	private String hrColleague() {
		return jdbc.sql("""
				select username from org_staff where function_id = ? and username not in ('handlaggare', 'hr-chef')
				order by username""").param(functionOf("handlaggare")).query(String.class).list().getFirst();
	}

	private List<JsonNode> list(HttpResponse<String> response) throws Exception {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		List<JsonNode> items = new ArrayList<>();
		json.readTree(response.body()).forEach(items::add);
		return items;
	}

	private static String contentType(HttpResponse<String> response) {
		return response.headers().firstValue("Content-Type").orElse("");
	}

	private HttpResponse<String> sendCsv(String username, String csv) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + ABSENCES + "/import"))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "application/json")
			.header("Content-Type", "text/csv; charset=utf-8")
			.header("Authorization", "Bearer demo-" + username)
			.POST(BodyPublishers.ofString(csv))
			.build();
		return http.send(request, BodyHandlers.ofString());
	}

	private HttpResponse<String> send(String method, String path, String username, String body, String... headers)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "application/json")
			.method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (username != null) {
			request.header("Authorization", "Bearer demo-" + username);
		}
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return http.send(request.build(), BodyHandlers.ofString());
	}

}
