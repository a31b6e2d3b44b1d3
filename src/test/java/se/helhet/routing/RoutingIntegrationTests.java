package se.helhet.routing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.helhet.catalogue.Catalogue;
import se.helhet.catalogue.ServiceView;
import se.helhet.organisation.Organisation;
import se.helhet.organisation.StaffView;
import se.helhet.platform.Accounts;
import se.helhet.requests.RequestFixtures;
import se.helhet.requests.RequestStatus;
import se.helhet.requests.RequestView;
import se.helhet.requests.Requests;
import se.helhet.requests.WorkingCalendar;
import se.helhet.testsupport.HelhetIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@HelhetIntegrationTest
class RoutingIntegrationTests {

	private static final String SERVICE = "Lönerevision och lönesättning";

	private static final String REGISTERED_BY = "routing-test";

	@Autowired
	Catalogue catalogue;

	@Autowired
	Organisation organisation;

	@Autowired
	Accounts accounts;

	@Autowired
	Requests requests;

	@Autowired
	JdbcClient jdbc;

	RequestFixtures fixtures;

	LocalDate today;

	@BeforeEach
	void setUp() {
		fixtures = new RequestFixtures(catalogue, organisation, accounts, requests);
		today = LocalDate.now(WorkingCalendar.STOCKHOLM);
	}

	@AfterEach
	void removeTheAbsences() {
		jdbc.sql("delete from org_absence where registered_by = ?").param(REGISTERED_BY).update();
	}

	@Test
	void theContactPresentGetsTheRequestWithAnExplanation() {
		RequestView request = fixtures.submit("bestallare", SERVICE, "Lönekriterier " + UUID.randomUUID());

		assertThat(request.status()).isEqualTo(RequestStatus.TILLDELAD);
		assertThat(request.assigneeUsername()).isEqualTo("handlaggare");
		assertThat(assignmentTrail(request)).startsWith(request.assigneeName() + " (förvaltningens HR-kontakt, ")
			.contains("beläggning ");
	}

	@Test
	void aRequestFromAFörvaltningWhoseContactIsAwayGoesToAQualifiedColleague() {
		StaffView contact = fixtures.staff("handlaggare");
		away(contact.id());
		ServiceView service = fixtures.service(SERVICE);

		RequestView request = fixtures.submit("bestallare", SERVICE, "Lönekriterier " + UUID.randomUUID());

		assertThat(request.status()).isEqualTo(RequestStatus.TILLDELAD);
		assertThat(request.assigneeStaffId()).isNotEqualTo(contact.id());
		StaffView colleague = organisation.staffMember(request.assigneeStaffId()).orElseThrow();
		assertThat(colleague.functionId()).isEqualTo(contact.functionId());
		assertThat(colleague.level(service.competenceId())).isPositive();
		assertThat(organisation.isAbsent(colleague.id(), today)).isFalse();
		assertThat(assignmentTrail(request)).startsWith(colleague.fullName() + " (")
			.contains("beläggning ")
			.contains("kontakten " + contact.fullName() + " är frånvarande");
		assertThat(notificationsOf(colleague.username(), request)).singleElement()
			.asString()
			.startsWith("Nytt ärende " + request.number() + " är tilldelat dig: ");
	}

	@Test
	void whenNobodyQualifiedIsAtWorkTheRequestWaitsInTheQueueAndTheLeadIsAlerted() {
		StaffView contact = fixtures.staff("handlaggare");
		List<StaffView> staff = organisation.staff(contact.functionId());
		staff.forEach(s -> away(s.id()));

		RequestView request = fixtures.submit("bestallare", SERVICE, "Lönekriterier " + UUID.randomUUID());

		assertThat(request.status()).isEqualTo(RequestStatus.NY);
		assertThat(request.assigneeStaffId()).isNull();
		String lead = staff.stream().filter(StaffView::lead).findFirst().orElseThrow().username();
		assertThat(notificationsOf(lead, request)).singleElement()
			.asString()
			.startsWith("Ingen kvalificerad handläggare är tillgänglig för " + request.number());
	}

	private void away(UUID staffId) {
		jdbc.sql("""
				insert into org_absence (id, staff_id, kind, from_date, to_date, part_day_percent, note, registered_by,
				 registered_at, version) values (?, ?, 'SJUKDOM', ?, ?, null, null, ?, ?, 0)""")
			.params(UUID.randomUUID(), staffId, today, today, REGISTERED_BY, OffsetDateTime.now())
			.update();
	}

	private String assignmentTrail(RequestView request) {
		return jdbc.sql(
				"select after_value from req_audit where request_id = ? and action = 'TILLDELAD' and actor_username = 'helhet'")
			.param(request.id())
			.query(String.class)
			.single();
	}

	private List<String> notificationsOf(String username, RequestView request) {
		return jdbc.sql("select message from req_notification where request_id = ? and username = ?")
			.params(request.id(), username)
			.query(String.class)
			.list();
	}

}
