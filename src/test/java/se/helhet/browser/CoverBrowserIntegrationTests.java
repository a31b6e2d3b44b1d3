package se.helhet.browser;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.helhet.catalogue.Catalogue;
import se.helhet.catalogue.ServiceView;
import se.helhet.organisation.Organisation;
import se.helhet.organisation.StaffView;
import se.helhet.platform.Accounts;
import se.helhet.requests.RequestFixtures;
import se.helhet.requests.RequestView;
import se.helhet.requests.Requests;
import se.helhet.requests.Requests.SubmitRequest;
import se.helhet.requests.WorkingCalendar;
import se.helhet.testsupport.BrowserTestSupport;
import se.helhet.testsupport.HelhetIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lead registers a handler's sickness in a real browser: the page lists the requests
 * handed over, the lead's handover page explains each, the new handler reads the note and
 * the requester sees who helps them now — accessible (axe, WCAG 2.1 A/AA) and without
 * sideways scrolling at 320 px.
 */
@HelhetIntegrationTest
class CoverBrowserIntegrationTests extends BrowserTestSupport {

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

	final List<UUID> staffAway = new ArrayList<>();

	@AfterEach
	void removeTheAbsences() {
		staffAway.forEach(id -> jdbc.sql("delete from org_absence where staff_id = ? and registered_by = 'hr-chef'")
			.param(id)
			.update());
	}

	@Test
	void aLeadRegistersASickDayAndSeesTheRequestsHandedOverWithNotes() {
		RequestFixtures fixtures = new RequestFixtures(catalogue, organisation, accounts, requests);
		UUID hr = fixtures.staff("handlaggare").functionId();
		List<StaffView> staff = organisation.staff(hr);
		ServiceView service = catalogue.servicesOf(hr)
			.stream()
			.filter(s -> s.active() && !s.confidential() && s.competenceId() != null)
			.max(Comparator
				.comparingLong(s -> staff.stream().filter(p -> !p.lead() && p.level(s.competenceId()) > 0).count()))
			.orElseThrow();
		LocalDate today = LocalDate.now(WorkingCalendar.STOCKHOLM);
		StaffView sick = staff.stream()
			.filter(s -> !s.lead() && !"handlaggare".equals(s.username()) && s.level(service.competenceId()) > 0)
			// free over the whole absence registered below: the demo's own absences are
			// dated from today, and a second absence over the same days is refused
			.filter(s -> organisation
				.absences(new se.helhet.organisation.Organisation.AbsenceQuery(s.id(), null, today, today.plusDays(14)))
				.isEmpty())
			.findFirst()
			.orElseThrow();
		RequestView filed = requests.submit(new SubmitRequest(service.id(), "Stöd inför samtal med medarbetare",
				"Vi behöver stöd inför ett svårt samtal nästa vecka.", RequestFixtures.validAnswers(service), null),
				fixtures.user("bestallare"));
		RequestView request = requests.assign(filed.id(), sick.id(), "Har haft förvaltningens ärenden förut",
				filed.version(), fixtures.user("hr-chef"));
		staffAway.add(sick.id());

		Page lead = login("hr-chef");
		lead.navigate(url("/franvaro?lang=sv"));
		lead.selectOption("#staffId", sick.id().toString());
		lead.selectOption("#kind", "SJUKDOM");
		lead.fill("#from", today.toString());
		lead.fill("#to", today.plusDays(14).toString());
		lead.locator("form button.primary").click();

		var handedOver = lead.locator("section[aria-labelledby=handed-over-heading]");
		assertThat(handedOver.textContent()).contains("Ärenden som lämnades över", request.number());
		String cover = handedOver
			.locator("li", new com.microsoft.playwright.Locator.LocatorOptions().setHasText(request.number()))
			.textContent()
			.replaceAll(".*→\\s*", "")
			.strip();
		assertThat(cover).isNotBlank().isNotEqualTo(sick.fullName());
		assertAccessible(lead, "absence-registered");

		lead.navigate(url("/tilldelning/overlamningar"));
		assertThat(lead.locator("main").textContent()).contains(sick.fullName(), request.number(),
				"Täcker för " + sick.fullName(), "är fortfarande borta");
		assertAccessible(lead, "handovers");
		lead.locator("a", new Page.LocatorOptions().setHasText(request.number())).first().click();
		assertThat(lead.locator("main").textContent()).contains("Överlämnat från " + sick.fullName(),
				"Varför handläggaren", "Täcker för " + sick.fullName());

		BrowserContext phone = newContext(320, 640);
		Page requester = login(phone, "bestallare");
		requester.navigate(url("/arenden/" + request.id() + "?lang=sv"));
		String seen = requester.locator("main").textContent();
		assertThat(seen).contains(cover + " hjälper dig med ärendet från och med nu")
			.doesNotContain("Överlämnat från")
			.doesNotContainIgnoringCase("sjuk");
		assertThat(((Number) requester.evaluate("() => document.documentElement.scrollWidth")).intValue())
			.as("no sideways scrolling at 320 px")
			.isLessThanOrEqualTo(320);
		assertAccessible(requester, "request-after-handover-320");
		Page leadPhone = login(phone, "hr-chef");
		leadPhone.navigate(url("/tilldelning/overlamningar"));
		assertThat(((Number) leadPhone.evaluate("() => document.documentElement.scrollWidth")).intValue())
			.isLessThanOrEqualTo(320);
		phone.close();
	}

}
