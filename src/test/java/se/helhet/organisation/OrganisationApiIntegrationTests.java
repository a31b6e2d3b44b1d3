package se.helhet.organisation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.testsupport.HelhetIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organisation API over HTTP, as a client sees it. Only units of kind UNIT are
 * created here, under a förvaltning, so the demo's förvaltningar, bolag and functions
 * stay as they are for the other tests that share the database.
 */
@HelhetIntegrationTest
class OrganisationApiIntegrationTests {

	private static final String UNITS = "/api/v1/organisation/units";

	private static final String PROBLEM_JSON = "application/problem+json";

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Test
	void unitsListEveryUnitWithIdNameKindAndParent() throws Exception {
		HttpResponse<String> response = send("GET", UNITS, "bestallare", null);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(contentType(response)).startsWith("application/json");
		List<JsonNode> units = list(json.readTree(response.body()));
		assertThat(units).hasSizeGreaterThan(20).allSatisfy(unit -> {
			assertThat(UUID.fromString(unit.get("id").asString())).isNotNull();
			assertThat(unit.get("name").asString()).isNotBlank();
			assertThat(unit.get("kind").asString()).isIn("FORVALTNING", "BOLAG", "FUNCTION", "UNIT");
			assertThat(unit.has("parentId")).as("parentId finns med, också när den är null: %s", unit).isTrue();
		});
	}

	@Test
	void demoGroupHasEightForvaltningarAtTheTop() throws Exception {
		List<JsonNode> forvaltningar = ofKind(units(), "FORVALTNING");

		assertThat(forvaltningar).hasSize(8).allSatisfy(f -> assertThat(f.get("parentId").isNull()).isTrue());
		assertThat(forvaltningar).extracting(f -> f.get("name").asString())
			.contains("Kommunledningsförvaltningen", "Utbildningsförvaltningen", "Omsorgsförvaltningen",
					"Tekniska förvaltningen");
	}

	@Test
	void demoGroupHasAtLeastSixBolagThatDoNotOrderCentralServices() throws Exception {
		List<JsonNode> bolag = ofKind(units(), "BOLAG");

		assertThat(bolag).hasSizeGreaterThanOrEqualTo(6)
			.allSatisfy(
					b -> assertThat(b.get("ordersCentralServices").asBoolean()).as(b.get("name").asString()).isFalse());
	}

	@Test
	void demoGroupHasTheCentralFunctionsHrEkonomiAndKommunikation() throws Exception {
		List<JsonNode> functions = ofKind(units(), "FUNCTION");

		assertThat(functions).extracting(f -> f.get("shortName").asString())
			.containsExactlyInAnyOrder("HR", "EK", "KOM");
	}

	@Test
	void everyUnitOfKindUnitHasAParentInTheList() throws Exception {
		List<JsonNode> units = units();
		Set<String> ids = units.stream().map(u -> u.get("id").asString()).collect(Collectors.toSet());

		assertThat(ofKind(units, "UNIT")).isNotEmpty().allSatisfy(u -> {
			assertThat(u.get("parentId").isNull()).as(u.get("name").asString()).isFalse();
			assertThat(u.get("parentId").asString()).isIn(ids);
		});
	}

	@Test
	void anonymousCallGets401ProblemInSwedish() throws Exception {
		HttpResponse<String> response = send("GET", UNITS, null, null);

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(contentType(response)).startsWith(PROBLEM_JSON);
		assertThat(json.readTree(response.body()).get("title").asString()).isEqualTo("Inloggning krävs");
	}

	@Test
	void adminCreatesAUnitAndGets201WithLocationAndEtag() throws Exception {
		String parent = forvaltning("Utbildningsförvaltningen");
		String name = uniqueName("Sjöängens förskola");

		HttpResponse<String> response = send("POST", UNITS, "admin", """
				{"name": "%s", "kind": "UNIT", "parentId": "%s", "description": "Ny förskola i Sjöängen"}"""
			.formatted(name, parent));

		assertThat(response.statusCode()).isEqualTo(201);
		JsonNode created = json.readTree(response.body());
		String id = created.get("id").asString();
		assertThat(created.get("name").asString()).isEqualTo(name);
		assertThat(created.get("kind").asString()).isEqualTo("UNIT");
		assertThat(created.get("parentId").asString()).isEqualTo(parent);
		assertThat(created.get("ordersCentralServices").asBoolean()).isTrue();
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(URI.create(location).getPath()).isEqualTo(UNITS + "/" + id));
		assertThat(response.headers().firstValue("ETag")).hasValue("\"0\"");

		HttpResponse<String> fetched = send("GET", UNITS + "/" + id, "handlaggare", null);
		assertThat(fetched.statusCode()).isEqualTo(200);
		assertThat(json.readTree(fetched.body()).get("name").asString()).isEqualTo(name);
		assertThat(fetched.headers().firstValue("ETag")).hasValue("\"0\"");
	}

	@Test
	void handlaggareGets403ProblemWhenCreatingAUnit() throws Exception {
		String name = uniqueName("Obehörig enhet");

		HttpResponse<String> response = send("POST", UNITS, "handlaggare", """
				{"name": "%s", "kind": "UNIT", "parentId": "%s"}""".formatted(name,
				forvaltning("Utbildningsförvaltningen")));

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(contentType(response)).startsWith(PROBLEM_JSON);
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.get("status").asInt()).isEqualTo(403);
		assertThat(problem.get("title").asString()).isEqualTo("Behörighet saknas");
		assertThat(problem.get("detail").asString()).contains("behörighet");
		assertThat(units()).noneSatisfy(u -> assertThat(u.get("name").asString()).isEqualTo(name));
	}

	@Test
	void handlaggareGets403ProblemWhenChangingAUnit() throws Exception {
		String id = createUnit(uniqueName("Enhet som handläggaren inte får ändra"));

		HttpResponse<String> response = send("PUT", UNITS + "/" + id, "handlaggare", """
				{"name": "Ändrad", "kind": "UNIT", "parentId": "%s"}"""
			.formatted(forvaltning("Utbildningsförvaltningen")), "If-Match", "\"0\"");

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(contentType(response)).startsWith(PROBLEM_JSON);
		assertThat(send("GET", UNITS + "/" + id, "admin", null).headers().firstValue("ETag")).hasValue("\"0\"");
	}

	@Test
	void unitWithoutNameGets400ProblemWithSwedishFieldError() throws Exception {
		JsonNode problem = refused("""
				{"kind": "UNIT", "parentId": "%s"}""".formatted(forvaltning("Utbildningsförvaltningen")));

		assertThat(problem.get("errors").get("name").asString()).isEqualTo("Skriv enhetens namn.");
	}

	@Test
	void unitWithoutParentGets400ProblemWithSwedishFieldError() throws Exception {
		JsonNode problem = refused("""
				{"name": "Föräldralös enhet", "kind": "UNIT"}""");

		assertThat(problem.get("errors").get("parentId").asString())
			.isEqualTo("En enhet ligger under en förvaltning, ett bolag eller en annan enhet. Välj vilken.");
	}

	@Test
	void forvaltningWithParentGets400ProblemWithSwedishFieldError() throws Exception {
		JsonNode problem = refused("""
				{"name": "Underförvaltningen", "kind": "FORVALTNING", "parentId": "%s"}"""
			.formatted(forvaltning("Utbildningsförvaltningen")));

		assertThat(problem.get("errors").get("parentId").asString())
			.isEqualTo("Förvaltningar och bolag ligger direkt under koncernen. Välj ingen överordnad enhet.");
	}

	@Test
	void unknownKindGets400ProblemWithSwedishFieldError() throws Exception {
		JsonNode problem = refused("""
				{"name": "Konstig enhet", "kind": "XYZ", "parentId": "%s"}"""
			.formatted(forvaltning("Utbildningsförvaltningen")));

		assertThat(problem.get("errors").get("kind").asString())
			.isEqualTo("kind ska vara FORVALTNING, BOLAG, FUNCTION eller UNIT.");
	}

	@Test
	void bodyThatIsNotJsonGets400ProblemInSwedish() throws Exception {
		HttpResponse<String> response = send("POST", UNITS, "admin", "{\"name\": ");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(contentType(response)).startsWith(PROBLEM_JSON);
		assertThat(json.readTree(response.body()).get("detail").asString()).contains("JSON");
		assertThat(json.readTree(response.body()).get("detail").asString()).doesNotContain("Failed");
	}

	@Test
	void parentIdThatIsNotAUuidGets400ProblemNamingTheField() throws Exception {
		HttpResponse<String> response = send("POST", UNITS, "admin", """
				{"name": "Enhet", "kind": "UNIT", "parentId": "utbildning"}""");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(contentType(response)).startsWith(PROBLEM_JSON);
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.get("detail").asString()).contains("parentId").doesNotContain("Failed");
		assertThat(problem.get("errors").has("parentId")).isTrue();
	}

	@Test
	void putWithTheCurrentEtagGets200AndANewEtag() throws Exception {
		String id = createUnit(uniqueName("Hemtjänst Väster"));
		String newName = uniqueName("Hemtjänst Västra");

		HttpResponse<String> response = send("PUT", UNITS + "/" + id, "admin", """
				{"name": "%s", "kind": "UNIT", "parentId": "%s"}""".formatted(newName,
				forvaltning("Omsorgsförvaltningen")), "If-Match", "\"0\"");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("ETag")).hasValue("\"1\"");
		JsonNode changed = json.readTree(response.body());
		assertThat(changed.get("name").asString()).isEqualTo(newName);
		assertThat(changed.get("parentId").asString()).isEqualTo(forvaltning("Omsorgsförvaltningen"));
	}

	@Test
	void putWithAStaleIfMatchGets412ProblemInSwedishAndChangesNothing() throws Exception {
		String id = createUnit(uniqueName("Fritidsgården Norr"));
		String parent = forvaltning("Kultur- och fritidsförvaltningen");
		String firstName = uniqueName("Fritidsgården Nord");
		assertThat(send("PUT", UNITS + "/" + id, "admin", """
				{"name": "%s", "kind": "UNIT", "parentId": "%s"}""".formatted(firstName, parent), "If-Match", "\"0\"")
			.statusCode()).isEqualTo(200);

		HttpResponse<String> stale = send("PUT", UNITS + "/" + id, "admin", """
				{"name": "Fritidsgården Gammal", "kind": "UNIT", "parentId": "%s"}""".formatted(parent), "If-Match",
				"\"0\"");

		assertThat(stale.statusCode()).isEqualTo(412);
		assertThat(contentType(stale)).startsWith(PROBLEM_JSON);
		JsonNode problem = json.readTree(stale.body());
		assertThat(problem.get("title").asString()).isEqualTo("Någon annan har ändrat");
		assertThat(problem.get("detail").asString()).startsWith("Någon annan har ändrat " + firstName);
		HttpResponse<String> current = send("GET", UNITS + "/" + id, "admin", null);
		assertThat(json.readTree(current.body()).get("name").asString()).isEqualTo(firstName);
		assertThat(current.headers().firstValue("ETag")).hasValue("\"1\"");
	}

	@Test
	void ifMatchThatIsNotAnEtagGets400Problem() throws Exception {
		String id = createUnit(uniqueName("Konsthallen Annex"));

		HttpResponse<String> response = send("PUT", UNITS + "/" + id, "admin", """
				{"name": "Konsthallen Annex", "kind": "UNIT", "parentId": "%s"}"""
			.formatted(forvaltning("Utbildningsförvaltningen")), "If-Match", "senaste");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(contentType(response)).startsWith(PROBLEM_JSON);
		assertThat(json.readTree(response.body()).get("errors").has("If-Match")).isTrue();
	}

	@Test
	void unknownIdGets404ProblemInSwedish() throws Exception {
		String unknown = UNITS + "/" + UUID.randomUUID();

		HttpResponse<String> get = send("GET", unknown, "admin", null);
		HttpResponse<String> put = send("PUT", unknown, "admin", """
				{"name": "Finns inte", "kind": "FORVALTNING"}""", "If-Match", "\"0\"");

		for (HttpResponse<String> response : List.of(get, put)) {
			assertThat(response.statusCode()).isEqualTo(404);
			assertThat(contentType(response)).startsWith(PROBLEM_JSON);
			assertThat(json.readTree(response.body()).get("detail").asString()).isEqualTo("Enheten finns inte.");
		}
	}

	@Test
	void idThatIsNotAUuidGets400ProblemInSwedishNot500() throws Exception {
		HttpResponse<String> response = send("GET", UNITS + "/inte-ett-id", "admin", null);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(contentType(response)).startsWith(PROBLEM_JSON);
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.get("detail").asString()).contains("id").doesNotContain("Failed to convert");
		assertThat(problem.get("errors").has("id")).isTrue();
	}

	@Test
	void bodyThatIsNotJsonContentGets415ProblemInSwedish() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + UNITS))
			.header("Authorization", "Bearer demo-admin")
			.header("Accept", "application/json")
			.header("Content-Type", "text/plain")
			.POST(BodyPublishers.ofString("name=Enhet"))
			.build();

		HttpResponse<String> response = http.send(request, BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(415);
		assertThat(contentType(response)).startsWith(PROBLEM_JSON);
		assertThat(json.readTree(response.body()).get("detail").asString()).contains("Content-Type: application/json");
	}

	@Test
	void methodTheApiDoesNotHaveGets405ProblemInSwedish() throws Exception {
		HttpResponse<String> response = send("DELETE", UNITS + "/" + forvaltning("Utbildningsförvaltningen"), "admin",
				null);

		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(contentType(response)).startsWith(PROBLEM_JSON);
		assertThat(json.readTree(response.body()).get("detail").asString()).contains("Metoden")
			.doesNotContain("Något gick fel");
		assertThat(units()).anySatisfy(u -> assertThat(u.get("name").asString()).isEqualTo("Utbildningsförvaltningen"));
	}

	@Test
	void staffListsTheCentralStaffWithCapacity() throws Exception {
		HttpResponse<String> response = send("GET", "/api/v1/organisation/staff", "bestallare", null);

		assertThat(response.statusCode()).isEqualTo(200);
		List<JsonNode> staff = list(json.readTree(response.body()));
		assertThat(staff).hasSizeGreaterThanOrEqualTo(35).allSatisfy(s -> {
			assertThat(s.get("name").asString()).isNotBlank();
			assertThat(s.get("weeklyCapacityHours").asDouble()).isBetween(1.0, 60.0);
		});
	}

	private JsonNode refused(String body) throws Exception {
		HttpResponse<String> response = send("POST", UNITS, "admin", body);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(contentType(response)).startsWith(PROBLEM_JSON);
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.get("status").asInt()).isEqualTo(400);
		assertThat(problem.get("title").asString()).isEqualTo("Ogiltiga uppgifter");
		assertThat(problem.get("detail").asString()).startsWith("Uppgifterna behöver rättas: ");
		assertThat(problem.get("errors").isObject()).isTrue();
		return problem;
	}

	private String createUnit(String name) throws Exception {
		HttpResponse<String> response = send("POST", UNITS, "admin", """
				{"name": "%s", "kind": "UNIT", "parentId": "%s"}""".formatted(name,
				forvaltning("Utbildningsförvaltningen")));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return json.readTree(response.body()).get("id").asString();
	}

	private String forvaltning(String name) throws Exception {
		return ofKind(units(), "FORVALTNING").stream()
			.filter(u -> u.get("name").asString().equals(name))
			.findFirst()
			.orElseThrow()
			.get("id")
			.asString();
	}

	private List<JsonNode> units() throws Exception {
		HttpResponse<String> response = send("GET", UNITS, "admin", null);
		assertThat(response.statusCode()).isEqualTo(200);
		return list(json.readTree(response.body()));
	}

	private static List<JsonNode> ofKind(List<JsonNode> units, String kind) {
		return units.stream().filter(u -> u.get("kind").asString().equals(kind)).toList();
	}

	private static List<JsonNode> list(JsonNode array) {
		assertThat(array.isArray()).isTrue();
		List<JsonNode> items = new ArrayList<>();
		array.forEach(items::add);
		return items;
	}

	private static String uniqueName(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	private static String contentType(HttpResponse<String> response) {
		return response.headers().firstValue("Content-Type").orElse("");
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
