package se.helhet.requests;

import se.helhet.testsupport.ApiTestSupport;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import se.helhet.organisation.StaffView;
import se.helhet.platform.CurrentUser;
import se.helhet.requests.ApiClient.Response;
import se.helhet.requests.internal.RequestService;
import se.helhet.testsupport.HelhetIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The audit trail (DESIGN.md §4): everything that changes a request is recorded with who,
 * when, what, before and after; nothing in Helhet changes or removes a recorded entry;
 * the request page shows the whole trail to the function's staff and only the public
 * entries to the requester.
 */
@HelhetIntegrationTest
class RequestAuditIntegrationTests extends ApiTestSupport {

	/**
	 * The service itself, for what the facade does not offer (attachments are stored by
	 * the web layer).
	 */
	@Autowired
	RequestService service;

	@Autowired
	ApplicationContext context;

	@Test
	void everyChangeIsInTheAuditTrailWithWhoWhenBeforeAndAfter() {
		OffsetDateTime started = OffsetDateTime.now().minusSeconds(1);
		Lifecycle life = liveThroughTheWholeLifecycle();
		OffsetDateTime ended = OffsetDateTime.now().plusSeconds(1);

		List<AuditRow> trail = jdbc.sql("""
				select at, actor_username, actor_name, action, field, before_value, after_value, public_entry
				from req_audit where request_id = ? order by at""")
			.param(life.id())
			.query((rs, n) -> new AuditRow(rs.getObject("at", OffsetDateTime.class), rs.getString("actor_username"),
					rs.getString("actor_name"), rs.getString("action"), rs.getString("field"),
					rs.getString("before_value"), rs.getString("after_value"), rs.getBoolean("public_entry")))
			.list();

		String handler = fixtures.user("handlaggare").displayName();
		// routing's explanation depends on the contact's load and levels: its start is
		// fixed
		String routed = trail.stream()
			.filter(a -> a.action().equals("TILLDELAD") && a.before() == null)
			.map(AuditRow::after)
			.findFirst()
			.orElseThrow();
		assertThat(routed).startsWith(handler + " (förvaltningens HR-kontakt, ").contains("beläggning ");
		String colleague = life.colleague().fullName();
		String today = LocalDate.now(WorkingCalendar.STOCKHOLM).toString();
		assertThat(trail)
			.extracting(AuditRow::actor, AuditRow::action, AuditRow::field, AuditRow::before, AuditRow::after,
					AuditRow::publicEntry)
			.containsExactlyInAnyOrder(tuple("bestallare", "SKAPAD", null, null, life.number(), true),
					tuple("helhet", "TILLDELAD", "assignee", null, routed, true),
					tuple("handlaggare", "STATUS", "status", "TILLDELAD", "PAGAR", true),
					tuple("handlaggare", "KOMMENTAR", null, null, null, true),
					tuple("handlaggare", "ANTECKNING", null, null, null, false),
					tuple("handlaggare", "TID", "time", null, "45 min Utredning " + today, false),
					tuple("handlaggare", "CHECKLISTA", "checklist", "ej klar", "klar: " + life.checklistStep(), false),
					tuple("handlaggare", "CHECKLISTA", "checklist", "klar", "ej klar: " + life.checklistStep(), false),
					tuple("bestallare", "BILAGA", "attachment", null, "plan.pdf", true),
					tuple("handlaggare", "TILLDELAD", "assignee", handler, colleague + " (Semester)", true),
					tuple(life.colleague().username(), "STATUS", "status", "PAGAR", "LOST", true),
					tuple("bestallare", "ATEROPPNAD", "status", "LOST", "PAGAR", true),
					tuple(life.colleague().username(), "STATUS", "status", "PAGAR", "LOST", true),
					tuple("bestallare", "BEKRAFTAD", "status", "LOST", "STANGD", true),
					tuple("bestallare", "BETYG", "rating", null, "4", true));
		assertThat(trail).allSatisfy(row -> {
			assertThat(row.at()).isBetween(started, ended);
			assertThat(row.actorName()).isNotBlank();
		});
		assertThat(trail).extracting(AuditRow::actorName).contains(handler, colleague);
	}

	@Test
	void noEndpointChangesOrDeletesAuditEntries() {
		List<String> offending = new ArrayList<>();
		for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class)
			.values()) {
			for (Map.Entry<RequestMappingInfo, ?> entry : mapping.getHandlerMethods().entrySet()) {
				RequestMappingInfo info = entry.getKey();
				for (String pattern : info.getPatternValues()) {
					String lower = pattern.toLowerCase();
					if (lower.contains("audit") || lower.contains("logg") || lower.contains("historik")
							|| lower.contains("handelse")) {
						offending.add(info + " → " + entry.getValue());
					}
					boolean requestPath = lower.startsWith("/arenden") || lower.startsWith("/api/v1/requests");
					// removing the link between two requests deletes a relation, not the
					// trail, and is itself recorded in both requests' trails
					// (JoinLinkMergeIntegrationTests)
					boolean unlink = pattern.equals("/api/v1/requests/{id}/links/{otherId}");
					if (requestPath && !unlink
							&& info.getMethodsCondition().getMethods().contains(RequestMethod.DELETE)) {
						offending.add(info + " → " + entry.getValue());
					}
				}
			}
		}

		assertThat(offending).as("endpoints that could change or remove the trail").isEmpty();
	}

	@Test
	void deletingARequestOrItsTrailOverTheApiIsNotPossible() {
		Lifecycle life = liveThroughTheWholeLifecycle();
		long before = auditCount(life.id());

		Response deleteRequest = api.send("DELETE", "/api/v1/requests/" + life.id(), "admin", null);
		Response deleteTrail = api.send("DELETE", "/api/v1/requests/" + life.id() + "/audit", "hr-chef", null);
		Response putTrail = api.send("PUT", "/api/v1/requests/" + life.id() + "/audit", "hr-chef", "[]");

		assertThat(deleteRequest.status()).isIn(404, 405);
		assertThat(deleteTrail.status()).isIn(404, 405);
		assertThat(putTrail.status()).isIn(404, 405);
		assertThat(auditCount(life.id())).isEqualTo(before);
	}

	@Test
	void requestPageShowsTheWholeTrailToStaffAndOnlyPublicEntriesToTheRequester() {
		Lifecycle life = liveThroughTheWholeLifecycle();

		String staffTrail = trail(Browser.loggedIn(port, "hr-chef").get("/arenden/" + life.id()));
		String requesterTrail = trail(Browser.loggedIn(port, "bestallare").get("/arenden/" + life.id()));

		assertThat(staffTrail).contains("Händelselogg", "Registrerat", "Status ändrad", "Intern anteckning",
				"Tid registrerad", "Checklista", "45 min Utredning", "Bekräftat av beställaren", "Betyg");
		assertThat(requesterTrail).contains("Vad har hänt", "Registrerat", "Status ändrad", "Kommentar", "Bilaga",
				"Öppnat igen av beställaren", "Bekräftat av beställaren", "Betyg");
		assertThat(requesterTrail).doesNotContain("Händelselogg", "Intern anteckning", "Tid registrerad", "Checklista",
				"45 min", life.checklistStep());
	}

	@Test
	void apiShowsTheWholeTrailToStaffAndOnlyPublicEntriesToTheRequester() {
		Lifecycle life = liveThroughTheWholeLifecycle();

		List<String> staff = actions(api.get("/api/v1/requests/" + life.id(), "hr-chef"));
		List<String> requester = actions(api.get("/api/v1/requests/" + life.id(), "bestallare"));

		assertThat(staff).contains("ANTECKNING", "TID", "CHECKLISTA");
		assertThat(requester).doesNotContain("ANTECKNING", "TID", "CHECKLISTA")
			.contains("SKAPAD", "STATUS", "KOMMENTAR", "BILAGA", "BEKRAFTAD", "BETYG");
		assertThat(requester).hasSize(staff.size() - 4);
	}

	/**
	 * One request through everything that changes it: intake, status, comment, internal
	 * note, time, checklist ticked and unticked, attachment, reassignment, resolution,
	 * reopening, confirmation and rating.
	 */
	private Lifecycle liveThroughTheWholeLifecycle() {
		CurrentUser requester = fixtures.user("bestallare");
		CurrentUser handler = fixtures.user("handlaggare");
		StaffView colleague = organisation.staff(fixtures.function("HR").id())
			.stream()
			.filter(s -> !s.lead() && s.username() != null && !s.username().equals("handlaggare"))
			.findFirst()
			.orElseThrow();
		CurrentUser colleagueUser = fixtures.user(colleague.username());

		RequestView request = fixtures.submit("bestallare", "Omställning och övertalighet",
				"Omorganisation av skolans kansli " + Long.toString(System.nanoTime(), 36));
		UUID id = request.id();
		RequestView view = requests.changeStatus(id, RequestStatus.PAGAR, request.version(), null, handler);
		view = requests.comment(id, "Vi börjar med en riskbedömning.", false, view.version(), handler);
		view = requests.comment(id, "Facket behöver informeras tidigt.", true, view.version(), handler);
		requests.logTime(id, LocalDate.now(WorkingCalendar.STOCKHOLM), 45, "Utredning", handler);
		RequestView.ChecklistItem step = view.checklist().getFirst();
		requests.tickChecklist(id, step.id(), true, handler);
		// ticking a ticked step changes nothing, so it is not a change in the trail
		requests.tickChecklist(id, step.id(), true, handler);
		requests.tickChecklist(id, step.id(), false, handler);
		service.addAttachment(id, "plan.pdf", "application/pdf", 1234, UUID.randomUUID().toString(), requester);
		view = requests.find(id, handler).orElseThrow();
		view = requests.assign(id, colleague.id(), "Semester", view.version(), handler);
		view = requests.changeStatus(id, RequestStatus.LOST, view.version(), null, colleagueUser);
		view = requests.confirm(id, false, "Turordningslistan saknas.", view.version(), requester);
		view = requests.changeStatus(id, RequestStatus.LOST, view.version(), null, colleagueUser);
		view = requests.confirm(id, true, null, view.version(), requester);
		requests.rate(id, 4, null, requester);
		return new Lifecycle(id, request.number(), colleague, step.text());
	}

	private long auditCount(UUID id) {
		return jdbc.sql("select count(*) from req_audit where request_id = ?").param(id).query(Long.class).single();
	}

	private static String trail(HttpResponse<String> page) {
		assertThat(page.statusCode()).isEqualTo(200);
		String body = page.body();
		int start = body.indexOf("id=\"trail-heading\"");
		assertThat(start).as("the trail on the page").isPositive();
		return body.substring(start, body.indexOf("</table>", start));
	}

	private static List<String> actions(Response response) {
		assertThat(response.status()).isEqualTo(200);
		List<String> actions = new ArrayList<>();
		response.json().get("audit").forEach(n -> actions.add(n.get("action").asString()));
		return actions;
	}

	record Lifecycle(UUID id, String number, StaffView colleague, String checklistStep) {
	}

	record AuditRow(OffsetDateTime at, String actor, String actorName, String action, String field, String before,
			String after, boolean publicEntry) {
	}

}
