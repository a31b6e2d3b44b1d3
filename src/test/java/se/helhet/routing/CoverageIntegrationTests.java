package se.helhet.routing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.organisation.Organisation;
import se.helhet.platform.SwedishWorkingDays;
import se.helhet.platform.WebSession;
import se.helhet.routing.internal.Coverage;
import se.helhet.testsupport.HelhetIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coverage forecast over HTTP with the demo municipality, whose staff take three
 * weeks of summer holiday each in weeks 27–32: the lead's page and
 * {@code /api/v1/coverage}.
 */
@HelhetIntegrationTest
class CoverageIntegrationTests {

	private static final String API = "/api/v1/coverage";

	private static final String PROBLEM_JSON = "application/problem+json";

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	Organisation organisation;

	@Autowired
	Coverage coverage;

	@Test
	void theDemoSummerShowsVulnerableCompetencesInTheHolidayWeeks() throws Exception {
		LocalDate summer = coverage.comingSummer();

		JsonNode forecast = ok(get(API + "?weeks=12&from=" + summer, "hr-chef"));

		assertThat(forecast.get("function").get("shortName").asString()).isEqualTo("HR");
		assertThat(forecast.get("weeks")).hasSize(12);
		assertThat(forecast.get("weeks").get(0).get("week").asString()).isEqualTo(summer.getYear() + "-W26");
		assertThat(forecast.get("weeks").get(1).get("week").asString()).isEqualTo(summer.getYear() + "-W27");
		assertThat(forecast.get("competences")).hasSize(organisation.competences(hr()).size());
		// the holiday weeks 27–32 are indexes 1–6: some competence is vulnerable there
		List<String> thin = new ArrayList<>();
		for (JsonNode competence : forecast.get("competences")) {
			assertThat(competence.get("counts")).hasSize(12);
			competence.get("vulnerable").forEach(i -> {
				if (i.asInt() >= 1 && i.asInt() <= 6) {
					thin.add(competence.get("name").asString() + " " + i.asInt());
				}
			});
		}
		assertThat(thin).isNotEmpty();
		// the function as a whole is thinner in the holiday weeks than before and after
		// them
		int[] total = new int[12];
		forecast.get("competences").forEach(c -> {
			for (int i = 0; i < 12; i++) {
				total[i] += c.get("counts").get(i).asInt();
			}
		});
		int thinnest = java.util.stream.IntStream.rangeClosed(1, 6).map(i -> total[i]).min().orElseThrow();
		assertThat(thinnest).isLessThan(Math.max(total[0], total[11]));
		assertThat(forecast.get("services")).isNotEmpty();
		assertThat(forecast.get("services").get(0).get("counts")).hasSize(12);
	}

	@Test
	void aCompetenceOnlyOnePersonHasIsListedWithWhomToTrain() throws Exception {
		JsonNode forecast = ok(get(API, "ekonomichef"));

		JsonNode dependencies = forecast.get("singlePersonDependencies");
		assertThat(dependencies).isNotEmpty();
		List<String> names = new ArrayList<>();
		for (JsonNode dependency : dependencies) {
			names.add(dependency.get("kind").asString() + " " + dependency.get("name").asString());
			assertThat(dependency.get("onlyPerson").get("name").asString()).isNotBlank();
			assertThat(dependency.get("suggestions")).isNotEmpty();
			dependency.get("suggestions")
				.forEach(s -> assertThat(s.get("id").asString())
					.isNotEqualTo(dependency.get("onlyPerson").get("id").asString()));
		}
		// the demo's finance function has one Finansstrateg, and the lead is not counted
		assertThat(names).contains("COMPETENCE Finansiering");
		for (JsonNode competence : forecast.get("competences")) {
			if (competence.get("name").asString().equals("Finansiering")) {
				assertThat(competence.get("qualified").asInt()).isEqualTo(1);
				assertThat(competence.get("vulnerable")).hasSize(12);
			}
		}
	}

	@Test
	void withoutParametersTheForecastIsTwelveWeeksFromThisWeek() throws Exception {
		JsonNode forecast = ok(get(API, "hr-chef"));

		LocalDate monday = SwedishWorkingDays.weekStart(coverage.today());
		assertThat(forecast.get("weeks")).hasSize(12);
		assertThat(forecast.get("from").asString()).isEqualTo(monday.toString());
		assertThat(forecast.get("to").asString()).isEqualTo(monday.plusWeeks(12).minusDays(1).toString());
		JsonNode first = forecast.get("weeks").get(0);
		assertThat(LocalDate.parse(first.get("from").asString()).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
		assertThat(first.get("week").asString()).matches("\\d{4}-W\\d{2}");
	}

	@Test
	void weeksOutsideOneToTwentySixAreRefusedWithAProblemInSwedish() throws Exception {
		for (String weeks : List.of("0", "27", "tolv")) {
			HttpResponse<String> response = get(API + "?weeks=" + weeks, "hr-chef");

			assertThat(response.statusCode()).as(weeks).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying(t -> assertThat(t).startsWith(PROBLEM_JSON));
			JsonNode problem = json.readTree(response.body());
			assertThat(problem.get("errors").get("weeks").asString())
				.isEqualTo("weeks ska vara ett antal veckor från 1 till 26, t.ex. 12.");
		}
		assertThat(get(API + "?from=midsommar", "hr-chef").statusCode()).isEqualTo(400);
	}

	@Test
	void aRequesterAndAHandlerAreRefused() throws Exception {
		for (String user : List.of("bestallare", "handlaggare")) {
			HttpResponse<String> response = get(API, user);

			assertThat(response.statusCode()).as(user).isEqualTo(403);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying(t -> assertThat(t).startsWith(PROBLEM_JSON));
		}
		assertThat(get(API, null).statusCode()).isEqualTo(401);
	}

	@Test
	void aLeadSeesOnlyTheirOwnFunctionAndTheAdministratorAny() throws Exception {
		assertThat(get(API + "?functionId=" + hr(), "ekonomichef").statusCode()).isEqualTo(403);

		JsonNode asAdmin = ok(get(API + "?functionId=" + hr() + "&weeks=4", "admin"));
		assertThat(asAdmin.get("function").get("id").asString()).isEqualTo(hr().toString());
		assertThat(asAdmin.get("weeks")).hasSize(4);
		assertThat(get(API + "?functionId=" + UUID.randomUUID(), "admin").statusCode()).isEqualTo(404);
	}

	@Test
	void theLeadsPageShowsTheSummerHeatmapAndThePersonberoende() {
		WebSession browser = loggedIn("ekonomichef");
		LocalDate summer = coverage.comingSummer();

		HttpResponse<String> page = browser.get("/tilldelning/tackning?fran=" + summer);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Täckning och personberoende – Ekonomiavdelningen", "Sårbara veckor",
				"role=\"region\"", "v. 27", "Per kompetens", "Per tjänst", "sårbar, bara en", "Personberoende",
				"Finansiering", "Kan utbildas:", "Visa sommaren");
		assertThat(browser.get("/tilldelning").body()).contains("href=\"/tilldelning/tackning?funktion=");
	}

	@Test
	void thePageSaysWhatIsWrongWithTheWeeksAndShowsTheDefault() {
		HttpResponse<String> page = loggedIn("hr-chef").get("/tilldelning/tackning?veckor=40");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("antalet veckor ska vara 1–26", "value=\"12\"");
	}

	@Test
	void aLeadCannotOpenAnotherFunctionsPage() {
		assertThat(loggedIn("ekonomichef").get("/tilldelning/tackning?funktion=" + hr()).statusCode()).isEqualTo(403);
		assertThat(loggedIn("bestallare").get("/tilldelning/tackning").statusCode()).isEqualTo(403);
	}

	private UUID hr() {
		return organisation.functions().stream().filter(f -> "HR".equals(f.shortName())).findFirst().orElseThrow().id();
	}

	private JsonNode ok(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json.readTree(response.body());
	}

	private HttpResponse<String> get(String path, String username) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "application/json")
			.GET();
		if (username != null) {
			request.header("Authorization", "Bearer demo-" + username);
		}
		return http.send(request.build(), BodyHandlers.ofString());
	}

	private WebSession loggedIn(String username) {
		WebSession browser = WebSession.at("http://localhost:" + port);
		assertThat(browser.login(username, "demo").statusCode()).isEqualTo(200);
		return browser;
	}

}
