package se.helhet.routing;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.helhet.catalogue.ServiceView;
import se.helhet.organisation.StaffView;
import se.helhet.organisation.UnitView;
import se.helhet.requests.ApiClient.Response;
import se.helhet.requests.RequestView;
import se.helhet.requests.Requests.Handover;
import se.helhet.requests.WorkingCalendar;
import se.helhet.testsupport.ApiTestSupport;
import se.helhet.testsupport.HelhetIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Rebalancing through the API with the demo municipality: a handler who is off sick today
 * holds a pile of HR's requests; the proposal moves them all to qualified colleagues at
 * work, scores at least as well as the greedy baseline, and moves only what the lead
 * accepts, skipping a request whose handler changed meanwhile.
 */
@HelhetIntegrationTest
class RebalanceIntegrationTests extends ApiTestSupport {

	private static final String SERVICE = "Lönerevision och lönesättning";

	private static final String REGISTERED_BY = "rebalance-test";

	UnitView hr;

	@BeforeEach
	void setUp() {
		hr = fixtures.function("HR");
	}

	@AfterEach
	void removeTheAbsences() {
		jdbc.sql("delete from org_absence where registered_by = ?").param(REGISTERED_BY).update();
	}

	@Test
	void aProposalMovesTheRequestsOfSomeoneOffSickToQualifiedColleaguesAndMovesOnlyWhatIsAccepted() {
		ServiceView service = fixtures.service(SERVICE);
		StaffView sick = organisation.staff(hr.id())
			.stream()
			.filter(s -> !s.lead() && s.level(service.competenceId()) >= 1 && !"handlaggare".equals(s.username()))
			.findFirst()
			.orElseThrow();
		away(sick.id());
		List<RequestView> pile = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			pile.add(fixtures.submit("bestallare", SERVICE, "Lönesättning " + i + " " + UUID.randomUUID()));
		}
		// handed to the sick person after the absence was registered, as if it had come
		// in late
		requests.handOver(pile.stream()
			.map(r -> new Handover(r.id(), r.assigneeStaffId(), sick.id(), "Testets fördelning", null, null))
			.toList(), null);

		Response started = api.post("/api/v1/routing/rebalance", "hr-chef", "{}");
		assertThat(started.status()).as(started.toString()).isEqualTo(202);
		String jobId = started.json().get("jobId").asString();
		assertThat(started.header("Location")).isEqualTo("/api/v1/routing/rebalance/" + jobId);

		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(300))
			.until(() -> !"RUNNING"
				.equals(api.get("/api/v1/routing/rebalance/" + jobId, "hr-chef").json().get("status").asString()));
		Response proposalResponse = api.get("/api/v1/routing/rebalance/" + jobId + "/proposal", "hr-chef");
		assertThat(proposalResponse.status()).as(proposalResponse.toString()).isEqualTo(200);
		JsonNode proposal = proposalResponse.json();
		assertThat(proposal.get("status").asString()).isEqualTo("DONE");
		assertThat(proposal.get("solverNotWorseThanGreedy").asBoolean()).as(proposal.toString()).isTrue();
		assertThat(proposal.get("solverScore").asString()).startsWith("0hard");
		assertThat(proposal.get("greedyScore").asString()).isNotBlank();

		List<JsonNode> moves = new ArrayList<>();
		proposal.get("moves").forEach(moves::add);
		Set<UUID> pileIds = new HashSet<>(pile.stream().map(RequestView::id).toList());
		List<JsonNode> pileMoves = moves.stream()
			.filter(m -> pileIds.contains(UUID.fromString(m.get("requestId").asString())))
			.toList();
		assertThat(pileMoves).as("every request of the person off sick moves").hasSize(pile.size());
		for (JsonNode move : moves) {
			if (move.get("toStaffId").isNull()) {
				assertThat(pileIds).as("the pile has qualified colleagues at work")
					.doesNotContain(UUID.fromString(move.get("requestId").asString()));
				continue;
			}
			UUID to = UUID.fromString(move.get("toStaffId").asString());
			assertThat(to).as("nobody away gets a request").isNotEqualTo(sick.id());
			StaffView toStaff = organisation.staffMember(to).orElseThrow();
			assertThat(organisation.isAbsent(to, LocalDate.now(WorkingCalendar.STOCKHOLM))).isFalse();
			assertThat(move.get("reason").asString()).isNotBlank();
			if (pileIds.contains(UUID.fromString(move.get("requestId").asString()))) {
				assertThat(toStaff.level(service.competenceId())).as("qualified").isGreaterThanOrEqualTo(1);
				assertThat(move.get("reason").asString()).startsWith(sick.fullName() + " är frånvarande i dag");
			}
		}

		// one of the chosen requests changes handler before the lead accepts
		UUID changedMeanwhile = UUID.fromString(pileMoves.get(0).get("requestId").asString());
		UUID accepted = UUID.fromString(pileMoves.get(1).get("requestId").asString());
		UUID notChosen = UUID.fromString(pileMoves.get(2).get("requestId").asString());
		StaffView colleague = fixtures.staff("handlaggare");
		requests.handOver(
				List.of(new Handover(changedMeanwhile, sick.id(), colleague.id(), "Chefen flyttade själv", null, null)),
				null);

		Response acceptResponse = api.post("/api/v1/routing/rebalance/" + jobId + "/accept", "hr-chef",
				"{\"requestIds\":[\"" + changedMeanwhile + "\",\"" + accepted + "\"]}");
		assertThat(acceptResponse.status()).as(acceptResponse.toString()).isEqualTo(200);
		JsonNode result = acceptResponse.json();
		assertThat(result.get("moved")).hasSize(1);
		assertThat(result.get("moved").get(0).get("requestId").asString()).isEqualTo(accepted.toString());
		assertThat(result.get("skipped")).hasSize(1);
		assertThat(result.get("skipped").get(0).get("requestId").asString()).isEqualTo(changedMeanwhile.toString());

		RequestView moved = requests.find(accepted, fixtures.user("hr-chef")).orElseThrow();
		assertThat(moved.assigneeStaffId().toString()).isEqualTo(pileMoves.get(1).get("toStaffId").asString());
		assertThat(moved.assignmentReason()).startsWith("Omfördelning godkänd av ");
		assertThat(trail(accepted)).anySatisfy(entry -> assertThat(entry).contains("Omfördelning godkänd av"));
		assertThat(requests.find(changedMeanwhile, fixtures.user("hr-chef")).orElseThrow().assigneeStaffId())
			.isEqualTo(colleague.id());
		assertThat(requests.find(notChosen, fixtures.user("hr-chef")).orElseThrow().assigneeStaffId())
			.as("nothing moves without acceptance")
			.isEqualTo(sick.id());

		JsonNode after = api.get("/api/v1/routing/rebalance/" + jobId + "/proposal", "hr-chef").json();
		assertThat(after.get("accepted")).hasSize(1);

		// leave the pile where the other tests do not meet it
		requests.handOver(pile.stream()
			.map(r -> requests.find(r.id(), fixtures.user("hr-chef")).orElseThrow())
			.map(r -> new Handover(r.id(), r.assigneeStaffId(), colleague.id(), "Testet städar", null, null))
			.toList(), null);
	}

	@Test
	void aRequesterMayNotRebalance() {
		Response response = api.post("/api/v1/routing/rebalance", "bestallare", "{}");

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.contentType()).startsWith("application/problem+json");
	}

	@Test
	void aLeadMayNotRebalanceAnotherFunctionNorSeeItsJob() {
		Response other = api.post("/api/v1/routing/rebalance", "ekonomichef", "{\"functionId\":\"" + hr.id() + "\"}");
		assertThat(other.status()).isEqualTo(403);

		Response started = api.post("/api/v1/routing/rebalance", "hr-chef", "{}");
		assertThat(started.status()).isEqualTo(202);
		String jobId = started.json().get("jobId").asString();

		assertThat(api.get("/api/v1/routing/rebalance/" + jobId, "ekonomichef").status()).isEqualTo(404);
		assertThat(api.get("/api/v1/routing/rebalance/" + jobId + "/proposal", "ekonomichef").status()).isEqualTo(404);
		Response accept = api.post("/api/v1/routing/rebalance/" + jobId + "/accept", "ekonomichef", "{}");
		assertThat(accept.status()).isEqualTo(404);
		assertThat(accept.contentType()).startsWith("application/problem+json");
		assertThat(api.get("/api/v1/routing/rebalance/" + jobId, "admin").status()).isEqualTo(200);
		// the next test starts its own job, not this one
		await().atMost(Duration.ofSeconds(30))
			.until(() -> !"RUNNING"
				.equals(api.get("/api/v1/routing/rebalance/" + jobId, "hr-chef").json().get("status").asString()));
	}

	@Test
	void theAdministratorNamesTheFunctionAndABadIdIsExplainedInSwedish() {
		Response none = api.post("/api/v1/routing/rebalance", "admin", "{}");
		assertThat(none.status()).isEqualTo(400);
		assertThat(none.body()).contains("functionId");

		Response bad = api.post("/api/v1/routing/rebalance", "admin", "{\"functionId\":\"inte-ett-id\"}");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("ska vara en funktions id");
	}

	private void away(UUID staffId) {
		LocalDate today = LocalDate.now(WorkingCalendar.STOCKHOLM);
		jdbc.sql("""
				insert into org_absence (id, staff_id, kind, from_date, to_date, part_day_percent, note, registered_by,
				 registered_at, version) values (?, ?, 'SJUKDOM', ?, ?, null, null, ?, ?, 0)""")
			.params(UUID.randomUUID(), staffId, today, today.plusDays(1), REGISTERED_BY, OffsetDateTime.now())
			.update();
	}

	private List<String> trail(UUID requestId) {
		return jdbc.sql("select after_value from req_audit where request_id = ? and action = 'TILLDELAD'")
			.param(requestId)
			.query(String.class)
			.list();
	}

}
