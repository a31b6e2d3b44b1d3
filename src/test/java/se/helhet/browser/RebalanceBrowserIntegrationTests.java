package se.helhet.browser;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.helhet.catalogue.Catalogue;
import se.helhet.catalogue.ServiceView;
import se.helhet.organisation.Organisation;
import se.helhet.organisation.StaffView;
import se.helhet.organisation.UnitView;
import se.helhet.platform.Accounts;
import se.helhet.requests.RequestFixtures;
import se.helhet.requests.RequestView;
import se.helhet.requests.Requests;
import se.helhet.requests.Requests.Handover;
import se.helhet.requests.WorkingCalendar;
import se.helhet.testsupport.BrowserTestSupport;
import se.helhet.testsupport.HelhetIntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HR lead reviews and accepts a rebalancing proposal in a real browser: a colleague
 * is off sick with a pile of requests, the lead starts a proposal from the workload page,
 * watches the progress, keeps one move of the pile and accepts it; only that request
 * moves. The page is checked against WCAG 2.1 AA and at 320 px.
 */
@HelhetIntegrationTest
class RebalanceBrowserIntegrationTests extends BrowserTestSupport {

	private static final String SERVICE = "Lönerevision och lönesättning";

	private static final String REGISTERED_BY = "rebalance-browser-test";

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

	@AfterEach
	void removeTheAbsences() {
		jdbc.sql("delete from org_absence where registered_by = ?").param(REGISTERED_BY).update();
	}

	@Test
	void theLeadReviewsTheProposalAndAcceptsTheMovesShePicks() {
		RequestFixtures fixtures = new RequestFixtures(catalogue, organisation, accounts, requests);
		UnitView hr = fixtures.function("HR");
		ServiceView service = fixtures.service(SERVICE);
		StaffView sick = organisation.staff(hr.id())
			.stream()
			.filter(s -> !s.lead() && s.level(service.competenceId()) >= 1 && !"handlaggare".equals(s.username()))
			.reduce((first, second) -> second)
			.orElseThrow();
		LocalDate today = LocalDate.now(WorkingCalendar.STOCKHOLM);
		jdbc.sql("""
				insert into org_absence (id, staff_id, kind, from_date, to_date, part_day_percent, note, registered_by,
				 registered_at, version) values (?, ?, 'SJUKDOM', ?, ?, null, null, ?, ?, 0)""")
			.params(UUID.randomUUID(), sick.id(), today, today, REGISTERED_BY, OffsetDateTime.now())
			.update();
		List<RequestView> pile = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			pile.add(fixtures.submit("bestallare", SERVICE, "Lönekartläggning " + i + " " + UUID.randomUUID()));
		}
		requests.handOver(pile.stream()
			.map(r -> new Handover(r.id(), r.assigneeStaffId(), sick.id(), "Testets fördelning", null, null))
			.toList(), null);
		Set<String> pileIds = pile.stream().map(r -> r.id().toString()).collect(Collectors.toSet());

		Page page = login("hr-chef");
		page.navigate(url("/tilldelning"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Omfördela öppna ärenden")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Omfördelning – HR-avdelningen");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Räkna fram ett förslag")).click();
		assertThat(page.getByText("Räknar …").or(page.getByText("Förslaget blev klart"))).isVisible();

		// htmx polls every second until the proposal is ready
		Locator proposalHeading = page.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("Förslag till omfördelning"));
		assertThat(proposalHeading)
			.isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
		assertThat(page.getByRole(AriaRole.TABLE,
				new Page.GetByRoleOptions().setName("Belastning före och efter förslaget")))
			.containsText(sick.fullName() + " (frånvarande i dag)");
		Locator moves = page.getByRole(AriaRole.TABLE,
				new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Föreslagna flyttar")));
		for (RequestView r : pile) {
			assertThat(moves.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(r.number())))
				.containsText("är frånvarande i dag");
		}
		String problems = inspect(page, "rebalance-proposal");

		// keep only the first request of the pile
		for (Locator box : page.locator("input[name=requestIds]").all()) {
			if (!box.getAttribute("value").equals(pile.getFirst().id().toString())) {
				box.uncheck();
			}
		}
		assertThat(page.getByLabel("Flytta " + pile.getFirst().number())).isChecked();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Godkänn valda")).click();

		assertThat(page.locator("#resultat")).containsText("Ett ärende flyttades");
		assertThat(page.locator("#resultat")).containsText(pile.getFirst().number());
		String afterProblems = inspect(page, "rebalance-accepted");
		RequestView moved = requests.find(pile.getFirst().id(), fixtures.user("hr-chef")).orElseThrow();
		assertThat(moved.assigneeStaffId()).isNotEqualTo(sick.id());
		assertThat(moved.assignmentReason()).startsWith("Omfördelning godkänd av ");
		assertThat(requests.find(pile.get(1).id(), fixtures.user("hr-chef")).orElseThrow().assigneeStaffId())
			.as("nothing moves without acceptance")
			.isEqualTo(sick.id());
		assertThat(pileIds).hasSize(3);
		assertThat(problems + afterProblems).as("WCAG 2.1 AA and reflow on the rebalancing page").isEmpty();

		// leave the pile where the other tests do not meet it
		StaffView colleague = fixtures.staff("handlaggare");
		requests.handOver(pile.stream()
			.map(r -> requests.find(r.id(), fixtures.user("hr-chef")).orElseThrow())
			.map(r -> new Handover(r.id(), r.assigneeStaffId(), colleague.id(), "Testet städar", null, null))
			.toList(), null);
	}

}
