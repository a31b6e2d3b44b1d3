package se.helhet.browser;

import java.util.LinkedHashMap;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.helhet.catalogue.Catalogue;
import se.helhet.catalogue.ServiceView;
import se.helhet.testsupport.BrowserTestSupport;
import se.helhet.testsupport.HelhetIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search in a real browser: the search box in the header, the suggestions that appear as
 * a requester writes, the lead's synonyms and the administrator's index page — against
 * WCAG 2.1 AA as far as axe-core checks it, and reflow at 320 px. Screenshots in
 * target/screenshots.
 */
@HelhetIntegrationTest
class SearchBrowserIntegrationTests extends BrowserTestSupport {

	@Autowired
	Catalogue catalogue;

	@Test
	void theHeaderSearchBoxFindsTheRoutineAndThePagesAreAccessible() {
		Map<String, String> problems = new LinkedHashMap<>();
		Page page = login("bestallare");
		page.navigate(url("/"));
		page.fill("#header-q", "semesterlöneskulden");
		page.press("#header-q", "Enter", new Page.PressOptions().setNoWaitAfter(true));
		page.waitForURL("**/sok?q=*", new Page.WaitForURLOptions().setTimeout(30_000));
		assertThat(page.locator(".search-hit h2 a").allTextContents())
			.anyMatch(title -> title.contains("semesterlöneskulden i bokslutet"));
		assertThat(page.locator(".search-hit mark").count()).isPositive();
		check(page, "search-results", problems);

		page.navigate(url("/sok?q=" + "%22(*%3A~"));
		assertThat(page.locator("[role=status]").textContent()).contains("Inga träffar");
		check(page, "search-nothing", problems);
		page.navigate(url("/sok?q=semester&lang=en"));
		assertThat(page.locator("h1").textContent()).isEqualTo("Search");
		check(page, "search-en", problems);

		assertThat(problems).as("WCAG 2.1 AA problems per page:%n%s", problems).isEmpty();
	}

	@Test
	void suggestionsAppearWhileTheRequesterWrites() {
		Map<String, String> problems = new LinkedHashMap<>();
		ServiceView closing = catalogue.services()
			.stream()
			.filter(s -> s.nameSv().equals("Bokslutsstöd"))
			.findFirst()
			.orElseThrow();
		Page page = login("bestallare");
		page.navigate(url("/arenden/ny?tjanst=" + closing.id()));
		assertThat(page.locator("#suggestions-heading").count()).isZero();

		page.fill("#title", "Semesterlöneskulden i bokslutet");
		page.fill("#description", "Hur räknar vi semesterlöneskulden i bokslutet?");
		page.locator("#suggestions-heading").waitFor();

		assertThat(page.locator("#suggestions a").allTextContents())
			.anyMatch(title -> title.contains("Så räknar vi semesterlöneskulden i bokslutet"));
		assertThat(page.inputValue("#description")).isEqualTo("Hur räknar vi semesterlöneskulden i bokslutet?");
		check(page, "request-suggestions", problems);

		page.locator("#suggestions button", new Page.LocatorOptions().setHasText("Det här besvarade min fråga"))
			.first()
			.click();
		page.waitForURL("**/kunskap/**");
		assertThat(page.locator("[role=status]").first().textContent()).contains("Bra att du hittade svaret");

		assertThat(problems).as("WCAG 2.1 AA problems per page:%n%s", problems).isEmpty();
	}

	@Test
	void theLeadsSynonymPageAndTheIndexPageAreAccessible() {
		Map<String, String> problems = new LinkedHashMap<>();
		Page lead = login("hr-chef");
		lead.navigate(url("/kunskap/synonymer"));
		assertThat(lead.locator("td").allTextContents()).contains("vab", "vård av barn");
		lead.fill("#one", "löneväxling");
		lead.locator("form.stack button[type=submit]").click();
		assertThat(lead.locator("#error-summary").textContent()).contains("Skriv vad det betyder");
		assertThat(lead.inputValue("#one")).isEqualTo("löneväxling");
		check(lead, "synonyms-error", problems);

		Page admin = login("admin");
		Response response = admin.navigate(url("/kunskap/sokindex"));
		assertThat(response.status()).isEqualTo(200);
		check(admin, "search-index", problems);

		assertThat(problems).as("WCAG 2.1 AA problems per page:%n%s", problems).isEmpty();
	}

	private static void check(Page page, String name, Map<String, String> problems) {
		String found = inspect(page, name);
		if (!found.isEmpty()) {
			problems.put(name + " " + page.url(), found);
		}
	}

}
