package se.helhet.routing;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.helhet.catalogue.ServiceView;
import se.helhet.organisation.StaffView;
import se.helhet.platform.WebSession;
import se.helhet.requests.ApiClient.Response;
import se.helhet.requests.RequestFixtures;
import se.helhet.requests.RequestView;
import se.helhet.requests.Requests;
import se.helhet.requests.Requests.SubmitRequest;
import se.helhet.requests.WorkingCalendar;
import se.helhet.testsupport.ApiTestSupport;
import se.helhet.testsupport.HelhetIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cover on absence, end to end over the API and the lead's page: a lead registers an
 * absence and the person's requests at risk are handed over with notes, the requester is
 * told who helps them, chains of absences never hand work to someone who is away, and the
 * lead can move requests back.
 */
@HelhetIntegrationTest
class CoverIntegrationTests extends ApiTestSupport {

	LocalDate today;

	ServiceView service;

	final List<UUID> absences = new ArrayList<>();

	@BeforeEach
	void setUp() {
		today = LocalDate.now(WorkingCalendar.STOCKHOLM);
		service = widelyCoveredService();
	}

	@AfterEach
	void removeTheAbsences() {
		absences.forEach(id -> jdbc.sql("delete from org_absence where id = ?").param(id).update());
	}

	@Test
	void aSickReportHandsTheRequestsDueDuringItToPresentColleaguesWithNotes() {
		StaffView sick = qualifiedColleagues().get(0);
		RequestView first = requestHandledBy(sick, "Lönekriterier för undersköterskor");
		RequestView second = requestHandledBy(sick, "Lönesamtal som inte blev av");

		Response registered = registerAbsence("hr-chef", sick, "SJUKDOM", today, today.plusDays(14));

		assertThat(registered.status()).isEqualTo(201);
		JsonNode handedOver = registered.json().get("handedOver");
		assertThat(numbers(handedOver)).contains(first.number(), second.number());
		for (JsonNode h : handedOver) {
			UUID to = UUID.fromString(h.get("to").get("id").asString());
			assertThat(to).isNotEqualTo(sick.id());
			assertThat(organisation.isAbsent(to, today)).isFalse();
		}
		JsonNode asLead = api.get("/api/v1/requests/" + first.id(), "hr-chef").json();
		assertThat(asLead.get("assignee").get("id").asString()).isNotEqualTo(sick.id().toString());
		assertThat(asLead.get("assignmentReason").asString()).startsWith("Täcker för " + sick.fullName() + " (borta");
		assertThat(comments(asLead, true))
			.anySatisfy(note -> assertThat(note).startsWith("Överlämnat från " + sick.fullName() + " (frånvarande ")
				.doesNotContainIgnoringCase("sjuk"));
	}

	@Test
	void theRequesterSeesWhoHelpsThemNowButNotWhyTheHandlerIsAway() {
		StaffView sick = qualifiedColleagues().get(1);
		RequestView request = requestHandledBy(sick, "Fråga om lönesättning vid nyanställning");

		registerAbsence("hr-chef", sick, "SJUKDOM", today, today.plusDays(14));

		JsonNode asRequester = api.get("/api/v1/requests/" + request.id(), "bestallare").json();
		String helper = asRequester.get("assignee").get("name").asString();
		assertThat(helper).isNotEqualTo(sick.fullName());
		assertThat(asRequester.get("assignmentReason").isNull()).isTrue();
		assertThat(comments(asRequester, false)).anySatisfy(message -> assertThat(message)
			.isEqualTo(sick.fullName() + " är inte i tjänst just nu. " + helper
					+ " hjälper dig med ärendet från och med nu och har tillgång till allt som skrivits hittills."));
		assertThat(asRequester.toString()).doesNotContainIgnoringCase("sjuk");
		assertThat(notifications("bestallare", request.id()))
			.contains(helper + " hjälper dig nu med ärende " + request.number() + ".");
	}

	@Test
	void chainedAbsencesNeverHandWorkToSomeoneWhoIsAway() {
		List<StaffView> colleagues = qualifiedColleagues();
		StaffView onHoliday = colleagues.get(0);
		StaffView sick = colleagues.get(1);
		registerAbsence("hr-chef", onHoliday, "SEMESTER", today, today.plusDays(14));
		RequestView request = requestHandledBy(sick, "Lönetillägg för helgarbete");

		JsonNode handedOver = registerAbsence("hr-chef", sick, "SJUKDOM", today, today.plusDays(14)).json()
			.get("handedOver");
		UUID cover = UUID.fromString(only(handedOver, request.number()).get("to").get("id").asString());
		assertThat(cover).isNotIn(onHoliday.id(), sick.id());

		// the colleague who took over falls ill as well: the request moves on, never back
		// to
		// the two who are away
		StaffView coverStaff = organisation.staffMember(cover).orElseThrow();
		JsonNode again = registerAbsence("hr-chef", coverStaff, "VAB", today, today.plusDays(14)).json()
			.get("handedOver");
		JsonNode next = only(again, request.number()).get("to");
		if (next != null && !next.isNull()) {
			assertThat(UUID.fromString(next.get("id").asString())).isNotIn(onHoliday.id(), sick.id(), cover);
		}
		JsonNode now = api.get("/api/v1/requests/" + request.id(), "hr-chef").json();
		assertThat(now.get("status").asString()).isIn("TILLDELAD", "PAGAR", "NY");
	}

	@Test
	void aPartDayAbsenceMovesNothing() {
		StaffView parent = qualifiedColleagues().get(2);
		RequestView request = requestHandledBy(parent, "Lön under föräldraledighet");

		Response registered = api.post("/api/v1/absences", "hr-chef", """
				{"staffId": "%s", "type": "FORALDRALEDIGHET", "from": "%s", "to": "%s", "partDayPercent": 20}"""
			.formatted(parent.id(), today, today.plusDays(14)), "Content-Type", "application/json");

		assertThat(registered.status()).isEqualTo(201);
		absences.add(UUID.fromString(registered.json().get("id").asString()));
		assertThat(registered.json().get("handedOver")).isEmpty();
		assertThat(api.get("/api/v1/requests/" + request.id(), "hr-chef").json().get("assignee").get("id").asString())
			.isEqualTo(parent.id().toString());
	}

	@Test
	void theLeadMovesTheRequestsBackWhenThePersonReturns() {
		StaffView sick = qualifiedColleagues().get(0);
		RequestView request = requestHandledBy(sick, "Retroaktiv lön efter lönerevisionen");
		Response registered = registerAbsence("hr-chef", sick, "SJUKDOM", today, today.plusDays(14));
		UUID absenceId = UUID.fromString(registered.json().get("id").asString());
		assertThat(numbers(registered.json().get("handedOver"))).contains(request.number());
		WebSession lead = loggedIn("hr-chef");
		HttpResponse<String> page = lead.get("/tilldelning/overlamningar");
		assertThat(page.body()).contains(sick.fullName(), request.number(), "är fortfarande borta");

		// back earlier than planned: the absence is removed, and the lead chooses to move
		// back
		jdbc.sql("delete from org_absence where id = ?").param(absenceId).update();
		page = lead.get("/tilldelning/overlamningar");
		assertThat(page.body()).contains("Flytta tillbaka");
		HttpResponse<String> moved = lead.postForm("/tilldelning/overlamningar/" + absenceId + "/tillbaka",
				WebSession.csrfToken(page), Map.of());

		assertThat(moved.body()).contains("Flyttade tillbaka");
		JsonNode back = api.get("/api/v1/requests/" + request.id(), "hr-chef").json();
		assertThat(back.get("assignee").get("id").asString()).isEqualTo(sick.id().toString());
		assertThat(back.get("assignmentReason").asString()).startsWith("Tillbaka till " + sick.fullName());
	}

	@Test
	void aLeadOfAnotherFunctionCannotMoveHrRequestsBack() {
		StaffView sick = qualifiedColleagues().get(1);
		requestHandledBy(sick, "Lön vid byte av tjänst");
		UUID absenceId = UUID.fromString(
				registerAbsence("hr-chef", sick, "SJUKDOM", today, today.plusDays(14)).json().get("id").asString());
		WebSession other = loggedIn("ekonomichef");
		HttpResponse<String> page = other.get("/tilldelning/overlamningar");

		HttpResponse<String> refused = other.postForm("/tilldelning/overlamningar/" + absenceId + "/tillbaka",
				WebSession.csrfToken(page), Map.of());

		assertThat(refused.statusCode()).isEqualTo(404);
		assertThat(page.body()).doesNotContain(sick.fullName());
	}

	@Test
	void requestsSentToTheQueueTogetherAlertTheLeadOnce() {
		StaffView handler = qualifiedColleagues().get(2);
		RequestView first = requestHandledBy(handler, "Lönebesked saknas");
		RequestView second = requestHandledBy(handler, "Fel skattetabell");

		List<Requests.HandoverResult> results = requests.handOver(List.of(
				new Requests.Handover(first.id(), handler.id(), null, "Ingen kvalificerad kollega är tillgänglig", null,
						null),
				new Requests.Handover(second.id(), handler.id(), null, "Ingen kvalificerad kollega är tillgänglig",
						null, null)),
				null);

		assertThat(results).allMatch(Requests.HandoverResult::moved);
		List<String> alerts = jdbc.sql(
				"select message from req_notification where username = 'hr-chef' and message like '%väntar i funktionens kö%'"
						+ " and (message like ? or message like ?)")
			.params("%" + first.number() + "%", "%" + second.number() + "%")
			.query(String.class)
			.list();
		assertThat(alerts).singleElement()
			.asString()
			.startsWith("2 ärenden väntar i funktionens kö")
			.contains(first.number(), second.number());
		assertThat(api.get("/api/v1/requests/" + first.id(), "hr-chef").json().get("status").asString())
			.isEqualTo("NY");
	}

	/**
	 * HR staff at work who can take the service, not leads, not the demo handler other
	 * tests use.
	 */
	private List<StaffView> qualifiedColleagues() {
		StaffView handler = fixtures.staff("handlaggare");
		// away on any day of the absences these tests register: the demo's own absences
		// are dated from today, and a second absence over the same days is refused
		java.util.Set<UUID> awayInTheComingWeeks = organisation
			.absences(new se.helhet.organisation.Organisation.AbsenceQuery(null, handler.functionId(), today,
					today.plusDays(14)))
			.stream()
			.map(se.helhet.organisation.AbsenceView::staffId)
			.collect(java.util.stream.Collectors.toSet());
		List<StaffView> staff = organisation.staff(handler.functionId())
			.stream()
			.filter(s -> !s.lead() && !"handlaggare".equals(s.username()) && s.level(service.competenceId()) > 0)
			.filter(s -> !awayInTheComingWeeks.contains(s.id()))
			.toList();
		assertThat(staff).as("qualified HR staff at work in the demo").hasSizeGreaterThanOrEqualTo(3);
		return staff;
	}

	/** The HR service the most staff can take, so that several can be away at once. */
	private ServiceView widelyCoveredService() {
		UUID hr = fixtures.staff("handlaggare").functionId();
		List<StaffView> staff = organisation.staff(hr);
		return catalogue.servicesOf(hr)
			.stream()
			.filter(s -> s.active() && !s.confidential() && s.competenceId() != null)
			.max(java.util.Comparator
				.comparingLong(s -> staff.stream().filter(p -> !p.lead() && p.level(s.competenceId()) > 0).count()))
			.orElseThrow();
	}

	private RequestView requestHandledBy(StaffView staff, String title) {
		RequestView filed = requests.submit(
				new SubmitRequest(service.id(), title + " " + UUID.randomUUID(),
						"Beskrivning av " + title.toLowerCase(), RequestFixtures.validAnswers(service), null),
				fixtures.user("bestallare"));
		return requests.assign(filed.id(), staff.id(), "Testfall: " + staff.fullName() + " har ärendet",
				filed.version(), fixtures.user("hr-chef"));
	}

	private Response registerAbsence(String by, StaffView staff, String type, LocalDate from, LocalDate to) {
		Response response = api.post("/api/v1/absences", by, """
				{"staffId": "%s", "type": "%s", "from": "%s", "to": "%s"}""".formatted(staff.id(), type, from, to),
				"Content-Type", "application/json");
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		absences.add(UUID.fromString(response.json().get("id").asString()));
		return response;
	}

	private static List<String> numbers(JsonNode handedOver) {
		return StreamSupport.stream(handedOver.spliterator(), false).map(h -> h.get("number").asString()).toList();
	}

	private static JsonNode only(JsonNode handedOver, String number) {
		return StreamSupport.stream(handedOver.spliterator(), false)
			.filter(h -> h.get("number").asString().equals(number))
			.findFirst()
			.orElseThrow(() -> new AssertionError(number + " was not handed over: " + handedOver));
	}

	private static List<String> comments(JsonNode request, boolean internal) {
		return StreamSupport.stream(request.get("comments").spliterator(), false)
			.filter(c -> c.get("internal").asBoolean() == internal)
			.map(c -> c.get("body").asString())
			.toList();
	}

	private List<String> notifications(String username, UUID requestId) {
		return jdbc.sql("select message from req_notification where username = ? and request_id = ?")
			.params(username, requestId)
			.query(String.class)
			.list();
	}

	private WebSession loggedIn(String username) {
		WebSession browser = WebSession.at("http://localhost:" + port);
		assertThat(browser.login(username, "demo").statusCode()).isEqualTo(200);
		return browser;
	}

}
