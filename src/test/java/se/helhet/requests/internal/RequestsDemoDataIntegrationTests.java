package se.helhet.requests.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.helhet.catalogue.Catalogue;
import se.helhet.organisation.Organisation;
import se.helhet.organisation.StaffView;
import se.helhet.platform.Accounts;
import se.helhet.requests.RequestFixtures;
import se.helhet.requests.RequestStatus;
import se.helhet.requests.RequestSummary;
import se.helhet.requests.RequestView;
import se.helhet.requests.Requests;
import se.helhet.requests.Requests.Queue;
import se.helhet.requests.Requests.RequestQuery;
import se.helhet.requests.Requests.Sort;
import se.helhet.requests.internal.demo.RequestHistoryGenerator.GeneratedRequest;
import se.helhet.requests.internal.demo.RequestHistoryGenerator.History;
import se.helhet.testsupport.HelhetIntegrationTest;

/**
 * The demo request history loaded into the real schema (H2 and PostgreSQL) and read back
 * through the requests facade as the demo accounts see it. The test profile loads no
 * history at start (helhet.demo.request-history=0), so this test loads 400 requests
 * itself and removes them afterwards; the other tests keep their empty request table.
 */
@HelhetIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestsDemoDataIntegrationTests {

	@Autowired
	RequestsDemoData demoData;

	@Autowired
	Requests requests;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Organisation organisation;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	History history;

	List<UUID> loaded = new ArrayList<>();

	RequestFixtures fixtures;

	@BeforeAll
	void load() {
		fixtures = new RequestFixtures(catalogue, organisation, accounts, requests);
		history = demoData.loadHistory(7, 400);
		history.requests().forEach(r -> loaded.add(r.id()));
	}

	@AfterAll
	void remove() {
		for (UUID id : loaded) {
			jdbc.sql("delete from req_request where id = ?").param(id).update();
		}
	}

	@Test
	void theHistoryIsStoredAcrossFunctionsForvaltningarServicesAndStatuses() {
		record Stored(String functionCode, UUID forvaltningId, UUID serviceId, String status) {
		}
		List<Stored> stored = history.requests()
			.stream()
			.map(GeneratedRequest::id)
			.map(id -> jdbc
				.sql("select function_code, forvaltning_id, service_id, status from req_request where id = ?")
				.param(id)
				.query((rs, n) -> new Stored(rs.getString(1), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
						rs.getString(4)))
				.single())
			.toList();
		assertThat(stored).hasSize(400);
		assertThat(stored.stream().map(Stored::functionCode).distinct()).containsExactlyInAnyOrder("HR", "EK", "KOM");
		assertThat(stored.stream().map(Stored::forvaltningId).distinct().count()).isGreaterThanOrEqualTo(6);
		assertThat(stored.stream().map(Stored::serviceId).distinct().count()).isGreaterThanOrEqualTo(20);
		assertThat(stored.stream().map(s -> RequestStatus.valueOf(s.status())).collect(Collectors.toSet()))
			.isEqualTo(EnumSet.allOf(RequestStatus.class));
		long comments = jdbc
			.sql("select count(*) from req_comment c join req_request r on r.id = c.request_id" + " where r.number = ?")
			.param(history.requests().getFirst().number())
			.query(Long.class)
			.single();
		assertThat(comments).isEqualTo(history.requests().getFirst().comments().size());
	}

	@Test
	void confidentialRequestsAreOnlyAssignedToHandlersWithTheCompetence() {
		List<GeneratedRequest> confidential = history.requests()
			.stream()
			.filter(GeneratedRequest::confidential)
			.filter(r -> r.assigneeStaffId() != null)
			.toList();
		assertThat(confidential).isNotEmpty();
		for (GeneratedRequest r : confidential) {
			UUID assignee = jdbc.sql("select assignee_staff_id from req_request where id = ?")
				.param(r.id())
				.query(UUID.class)
				.single();
			StaffView staff = organisation.staffMember(assignee).orElseThrow();
			assertThat(staff.lead() || staff.level(r.competenceId()) > 0).as(r.number() + " " + staff.fullName())
				.isTrue();
		}
	}

	@Test
	void theNextLiveRequestGetsTheNextNumberAfterTheHistory() {
		Map<String, Integer> last = history.lastNumbers();
		RequestView live = fixtures.submit("bestallare", "Lönefråga", "Fel lön i december");
		loaded.add(live.id());
		String[] parts = live.number().split("[ /]");
		String key = parts[0] + " " + parts[1];
		int value = Integer.parseInt(parts[2]);
		assertThat(last).containsKey(key);
		assertThat(value).isGreaterThan(last.get(key));
		assertThat(jdbc.sql("select count(*) from req_request where number = ?")
			.param(live.number())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theDemoRequesterSeesTheirOwnRequestsInTheNormalList() {
		Set<UUID> own = history.requests()
			.stream()
			.filter(r -> r.requesterUsername().equals("bestallare"))
			.map(GeneratedRequest::id)
			.collect(Collectors.toSet());
		assertThat(own).hasSizeGreaterThanOrEqualTo(3);
		var page = requests.list(new RequestQuery(Queue.REQUESTED, null, null, null, Sort.CREATED, true, 0, 200),
				fixtures.user("bestallare"));
		assertThat(page.rows().stream().map(RequestSummary::id)).containsAll(own);
		UUID one = own.iterator().next();
		RequestView view = requests.find(one, fixtures.user("bestallare")).orElseThrow();
		assertThat(view.audit()).isNotEmpty().allSatisfy(a -> assertThat(a.publicEntry()).isTrue());
		assertThat(view.comments()).allSatisfy(c -> assertThat(c.internal()).isFalse());
	}

	@Test
	void theDemoHandlersQueueHasOpenRequests() {
		Set<UUID> expected = history.requests()
			.stream()
			.filter(r -> "handlaggare".equals(r.assigneeUsername()) && r.resolvedAt() == null)
			.map(GeneratedRequest::id)
			.collect(Collectors.toSet());
		assertThat(expected).isNotEmpty();
		var page = requests.list(new RequestQuery(Queue.MINE, null, null, null, Sort.DUE, false, 0, 200),
				fixtures.user("handlaggare"));
		assertThat(page.rows().stream().map(RequestSummary::id)).containsAll(expected);
	}

}
