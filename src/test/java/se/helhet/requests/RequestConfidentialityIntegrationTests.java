package se.helhet.requests;

import se.helhet.testsupport.ApiTestSupport;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.helhet.catalogue.ServiceView;
import se.helhet.organisation.StaffView;
import se.helhet.organisation.UnitView;
import se.helhet.requests.ApiClient.Response;
import se.helhet.testsupport.HelhetIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A confidential request (Rehabilitering, OSL 39 kap.) exists only for its requester, the
 * HR lead and the HR handlers who have the rehabilitation competence (the assignee among
 * them). For every demo account, and for HR handlers with and without the competence, the
 * request is checked where it could leak: the API, the API list, the request page, the
 * web list and the in-app notifications.
 */
@HelhetIntegrationTest
class RequestConfidentialityIntegrationTests extends ApiTestSupport {

	private static final List<String> DEMO_ACCOUNTS = List.of("admin", "bestallare", "handlaggare", "hr-chef",
			"ekonomichef", "kommunikationschef", "forvaltningschef", "kommundirektor", "redaktor", "facklig");

	@Test
	void confidentialRehabilitationRequestIsSeenOnlyByThoseWhoMayEverywhereItCouldShow() {
		UUID rehab = fixtures.competence("HR", "Rehabilitering");
		List<StaffView> hrStaff = organisation.staff(fixtures.function("HR").id());
		String withoutCompetence = hrStaff.stream()
			.filter(s -> !s.lead() && s.username() != null && s.level(rehab) == 0)
			.findFirst()
			.orElseThrow(() -> new AssertionError("The demo HR function has no handler without Rehabilitering"))
			.username();
		StaffView colleagueWithCompetence = hrStaff.stream()
			.filter(s -> !s.lead() && s.username() != null && s.level(rehab) > 0 && !s.username().equals("handlaggare"))
			.findFirst()
			.orElseThrow();
		String economist = organisation.staff(fixtures.function("EK").id())
			.stream()
			.filter(s -> !s.lead() && s.username() != null)
			.findFirst()
			.orElseThrow()
			.username();
		String title = "Rehabilitering av medarbetare " + Long.toString(System.nanoTime(), 36);

		JsonNode created = fileRehabilitation(title);
		String id = created.get("id").asString();
		String number = created.get("number").asString();
		handleTheRequest(id, colleagueWithCompetence, withoutCompetence);

		Map<String, Boolean> expected = new LinkedHashMap<>();
		DEMO_ACCOUNTS.forEach(a -> expected.put(a, false));
		expected.put("bestallare", true);
		expected.put("handlaggare", true);
		expected.put("hr-chef", true);
		expected.put(colleagueWithCompetence.username(), true);
		expected.put(withoutCompetence, false);
		expected.put(economist, false);

		List<String> failures = new ArrayList<>();
		expected.forEach((account, visible) -> check(account, visible, id, number, title, failures));
		assertThat(failures).as("where the confidential request %s showed wrongly", number).isEmpty();

		List<String> notified = jdbc.sql("select distinct username from req_notification where request_id = ?")
			.param(UUID.fromString(id))
			.query(String.class)
			.list();
		Set<String> mayKnow = Set.of("bestallare", "handlaggare", "hr-chef", colleagueWithCompetence.username());
		assertThat(notified).as("notified about %s", number)
			.contains("bestallare", colleagueWithCompetence.username())
			.allSatisfy(user -> assertThat(mayKnow).contains(user));
		assertThat(jdbc.sql("select message from req_notification where request_id = ?")
			.param(UUID.fromString(id))
			.query(String.class)
			.list()).as("notifications name the number, never the content")
			.allSatisfy(message -> assertThat(message).doesNotContain(title));
	}

	@Test
	void assigningAConfidentialRequestToAHandlerWithoutTheCompetenceIsRefused() {
		UUID rehab = fixtures.competence("HR", "Rehabilitering");
		StaffView withoutCompetence = organisation.staff(fixtures.function("HR").id())
			.stream()
			.filter(s -> !s.lead() && s.username() != null && s.level(rehab) == 0)
			.findFirst()
			.orElseThrow();
		String id = fileRehabilitation("Återgång i arbete " + Long.toString(System.nanoTime(), 36)).get("id")
			.asString();

		Response response = api.send("PUT", "/api/v1/requests/" + id + "/assignee", "hr-chef",
				"{\"staffId\": \"%s\", \"reason\": \"Arbetsfördelning\"}".formatted(withoutCompetence.id()), "If-Match",
				api.get("/api/v1/requests/" + id, "hr-chef").header("ETag"));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").get("staffId").asString()).isEqualTo(withoutCompetence.fullName()
				+ " saknar kompetensen som ärendet kräver och får inte se sekretessärenden i tjänsten.");
		assertThat(api.get("/api/v1/requests/" + id, withoutCompetence.username()).status()).isEqualTo(404);
		assertThat(jdbc.sql("select count(*) from req_notification where request_id = ? and username = ?")
			.params(UUID.fromString(id), withoutCompetence.username())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void confidentialRequestIsNeverGivenAtIntakeToANamedContactWithoutTheCompetence() {
		// Personalärende needs Arbetsrätt; the förvaltningar's named HR contacts are
		// HR-konsulter, who mostly do not have it. Every förvaltning is tried.
		ServiceView personnel = fixtures.service("Personalärende");
		List<String> failures = new ArrayList<>();
		for (UnitView forvaltning : organisation.units()
			.stream()
			.filter(u -> u.kind() == se.helhet.organisation.UnitKind.FORVALTNING)
			.toList()) {
			String username = "konf-" + forvaltning.shortName().toLowerCase() + "-"
					+ Long.toString(System.nanoTime(), 36);
			fixtures.person(username, "Chef på " + forvaltning.shortName(), forvaltning.id());
			RequestView request = fixtures.submit(username, "Personalärende", "Misskötsamhet");
			if (request.assigneeStaffId() != null) {
				StaffView assignee = organisation.staffMember(request.assigneeStaffId()).orElseThrow();
				if (!assignee.lead() && assignee.level(personnel.competenceId()) == 0) {
					failures.add(forvaltning.name() + " → " + assignee.fullName());
				}
			}
			else {
				assertThat(request.status()).isEqualTo(RequestStatus.NY);
			}
		}

		assertThat(failures).as("confidential requests given to a contact without the competence").isEmpty();
	}

	private JsonNode fileRehabilitation(String title) {
		ServiceView service = fixtures.service("Rehabilitering");
		assertThat(service.confidential()).isTrue();
		Response response = api.post("/api/v1/requests", "bestallare", """
				{"serviceId": "%s", "title": "%s",
				 "description": "Medarbetaren har varit sjukskriven i tre veckor och behöver en plan för återgång.",
				 "fields": {"anledning": "Sjukskrivning längre än 14 dagar", "medarbetaren_informerad": "ja"}}"""
			.formatted(service.id(), title));
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		assertThat(response.json().get("confidential").asBoolean()).isTrue();
		return response.json();
	}

	/**
	 * Everything that notifies someone: comments both ways, an internal note, waiting for
	 * the requester, a refused assignment to someone without the competence, and an
	 * assignment to a colleague who has it.
	 */
	private void handleTheRequest(String id, StaffView colleague, String withoutCompetence) {
		String path = "/api/v1/requests/" + id;
		assertThat(api.post(path + "/comments", "handlaggare", "{\"body\": \"Jag kontaktar dig i veckan.\"}").status())
			.isEqualTo(201);
		assertThat(api.post(path + "/comments", "handlaggare", "{\"body\": \"Läkarintyg finns.\", \"internal\": true}")
			.status()).isEqualTo(201);
		Response waiting = api.send("PATCH", path, "handlaggare", "{\"status\": \"VANTAR\"}", "If-Match",
				api.get(path, "handlaggare").header("ETag"));
		assertThat(waiting.status()).as(waiting.toString()).isEqualTo(200);
		assertThat(api.post(path + "/comments", "bestallare", "{\"body\": \"Medarbetaren är informerad.\"}").status())
			.isEqualTo(201);
		StaffView refused = fixtures.staff(withoutCompetence);
		assertThat(api
			.send("PUT", path + "/assignee", "hr-chef",
					"{\"staffId\": \"%s\", \"reason\": \"Test\"}".formatted(refused.id()), "If-Match",
					api.get(path, "hr-chef").header("ETag"))
			.status()).isEqualTo(400);
		Response assigned = api.send("PUT", path + "/assignee", "hr-chef",
				"{\"staffId\": \"%s\", \"reason\": \"Semester\"}".formatted(colleague.id()), "If-Match",
				api.get(path, "hr-chef").header("ETag"));
		assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
	}

	private void check(String account, boolean visible, String id, String number, String title, List<String> failures) {
		Response apiGet = api.get("/api/v1/requests/" + id, account);
		if (apiGet.status() != (visible ? 200 : 404)) {
			failures.add(account + ": GET /api/v1/requests/{id} gave " + apiGet.status());
		}
		if (!visible && apiGet.body().contains(title)) {
			failures.add(account + ": the API answer names the request");
		}
		boolean listed = api.listAll("queue=ALL", account).stream().anyMatch(r -> r.get("id").asString().equals(id));
		if (listed != visible) {
			failures.add(account + ": the API list " + (listed ? "shows" : "does not show") + " it");
		}
		Browser browser = Browser.loggedIn(port, account);
		HttpResponse<String> page = browser.get("/arenden/" + id);
		if (page.statusCode() != (visible ? 200 : 404)) {
			failures.add(account + ": /arenden/{id} gave " + page.statusCode());
		}
		if (!visible && page.body().contains(title)) {
			failures.add(account + ": the error page names the request");
		}
		HttpResponse<String> list = browser.get("/arenden?vy=alla&sortera=CREATED&ordning=desc");
		if (list.statusCode() != 200) {
			failures.add(account + ": /arenden?vy=alla gave " + list.statusCode());
		}
		else if (list.body().contains(number) != visible) {
			failures.add(account + ": /arenden?vy=alla " + (visible ? "does not show " : "shows ") + number);
		}
	}

}
