package se.helhet.browser;

import java.time.LocalDate;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.helhet.catalogue.Catalogue;
import se.helhet.organisation.Organisation;
import se.helhet.platform.Accounts;
import se.helhet.requests.RequestFixtures;
import se.helhet.requests.RequestView;
import se.helhet.requests.Requests;
import se.helhet.testsupport.BrowserTestSupport;
import se.helhet.testsupport.HelhetIntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scenario in a real browser: a requester of another förvaltning reads the
 * routine's guidance on the intake form, joins the open request on the same question
 * instead of filing it, and the handler sees them as a follower, links a related request
 * and merges a duplicate with time kept. Each page is checked against WCAG 2.1 AA and for
 * reflow at 320 px.
 */
@HelhetIntegrationTest
class JoinLinkMergeBrowserIntegrationTests extends BrowserTestSupport {

	@Autowired
	Catalogue catalogue;

	@Autowired
	Organisation organisation;

	@Autowired
	Accounts accounts;

	@Autowired
	Requests requests;

	@Test
	void aRequesterReadsTheRoutineJoinsTheOpenRequestAndTheHandlerLinksAndMergesWithTimeKept() {
		RequestFixtures fixtures = new RequestFixtures(catalogue, organisation, accounts, requests);
		fixtures.person("omsorg.ekonom", "Ebba Ekonom", fixtures.unit("Omsorgsförvaltningen").id());
		String tag = Long.toString(System.nanoTime(), 36);
		RequestView open = fixtures.submit("bestallare", "Bokslutsstöd",
				"Hur räknar vi semesterlöneskulden i bokslutet? " + tag);
		RequestView duplicate = fixtures.submit("forvaltningschef", "Bokslutsstöd",
				"Semesterlöneskulden i årsbokslutet " + tag);
		RequestView related = fixtures.submit("forvaltningschef", "Lönefråga", "Sparade semesterdagar " + tag);
		requests.logTime(duplicate.id(), LocalDate.now(), 40, "Utredning", fixtures.user("ekonomichef"));
		requests.logTime(open.id(), LocalDate.now(), 20, "Utredning", fixtures.user("ekonomichef"));

		// the requester reads the routine before ordering, and joins instead
		Page requester = login("omsorg.ekonom");
		requester.navigate(url("/arenden/ny?tjanst=" + open.serviceId()));
		assertThat(requester.getByRole(com.microsoft.playwright.options.AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("Läs det här innan du beställer")))
			.isVisible();
		assertThat(requester.locator(".guidance")).containsText("Rutin för bokslut och delårsrapport");
		assertThat(inspect(requester, "intake-guidance")).isEmpty();
		// as they write, Helhet suggests the routine and the open request on the same
		// question
		requester.fill("#title", "Semesterlöneskulden i bokslutet");
		requester.fill("#description", "Hur räknar vi semesterlöneskulden i bokslutet? " + tag);
		requester.locator("#suggestions-heading").waitFor();
		assertThat(requester.locator("#suggestions")).containsText("semesterlöneskulden");
		var sameQuestion = requester.locator("#suggestions li")
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(open.number()));
		assertThat(sameQuestion).containsText("En likadan fråga handläggs redan av EK");
		assertThat(inspect(requester, "intake-suggestions")).isEmpty();
		sameQuestion
			.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Gå med i ärendet"))
			.click();
		requester.waitForURL(url("/arenden/" + open.id()));
		assertThat(requester.locator(".alert.success")).containsText("Du följer nu ärendet");

		// the handler sees the follower, links a related request and merges the duplicate
		Page handler = login("ekonomichef");
		handler.navigate(url("/arenden/" + open.id()));
		assertThat(handler.locator("section[aria-labelledby=followers-heading]")).containsText("Ebba Ekonom");
		assertThat(handler.locator("section[aria-labelledby=followers-heading]")).containsText("Omsorgsförvaltningen");
		handler.navigate(url("/arenden/" + duplicate.id()));
		handler.getByLabel("Länka till ärende").fill(related.number());
		handler
			.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Länka").setExact(true))
			.click();
		assertThat(handler.locator(".related-list")).containsText(related.number());
		handler.getByLabel("Sammanfoga med ärende").fill(open.number().toLowerCase());
		handler
			.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Fortsätt"))
			.click();
		assertThat(handler.locator(".merge-confirm")).containsText("registrerad tid: 40 min (1 poster)");
		assertThat(inspect(handler, "merge-confirm")).isEmpty();
		handler
			.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Sammanfoga med " + open.number()))
			.click();
		handler.waitForURL(url("/arenden/" + open.id()));
		assertThat(handler.locator("main")).containsText("Ärendena är sammanfogade");
		assertThat(handler.locator("section[aria-labelledby=time-heading]")).containsText("Hittills: 1 h");
		assertThat(handler.locator(".related-list")).containsText(related.number());
		assertThat(inspect(handler, "merged-target")).isEmpty();

		// the duplicate's number leads to where the question is handled now
		Page duplicateRequester = login(newContext(1280, 800), "forvaltningschef");
		duplicateRequester.navigate(url("/arenden/" + duplicate.id()));
		duplicateRequester.waitForURL(url("/arenden/" + open.id()));
		assertThat(duplicateRequester.locator("main"))
			.containsText("Ärende " + duplicate.number() + " är sammanfogat med det här ärendet");
		duplicateRequester.context().close();
	}

}
