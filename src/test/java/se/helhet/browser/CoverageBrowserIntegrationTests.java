package se.helhet.browser;

import java.util.LinkedHashMap;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.helhet.routing.internal.Coverage;
import se.helhet.testsupport.BrowserTestSupport;
import se.helhet.testsupport.HelhetIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lead's coverage heatmap against WCAG 2.1 AA as far as axe-core checks it, and
 * reflow at 320 px: the page does not scroll sideways, the heatmap scrolls in its own
 * labelled region. Screenshots in target/screenshots.
 */
@HelhetIntegrationTest
class CoverageBrowserIntegrationTests extends BrowserTestSupport {

	@Autowired
	Coverage coverage;

	@Test
	void theCoveragePageIsAccessibleInSwedishAndEnglishAndWithTheSummerGaps() {
		Map<String, String> problems = new LinkedHashMap<>();
		Page page = login("ekonomichef");
		visit(page, "/tilldelning/tackning?fran=" + coverage.comingSummer(), "coverage-summer", problems);
		visit(page, "/tilldelning/tackning?lang=en", "coverage-en", problems);
		visit(page, "/tilldelning/tackning?lang=sv&veckor=0", "coverage-invalid", problems);
		StringBuilder text = new StringBuilder();
		problems.forEach((name, found) -> text.append(name).append('\n').append(found).append('\n'));
		assertThat(problems).as("WCAG 2.1 AA problems per page:%n%s", text).isEmpty();
	}

	@Test
	void theHeatmapScrollsInsideItsRegionAndKeepsTheNamesInView() {
		Page page = login("hr-chef");
		page.setViewportSize(320, 640);
		page.navigate(url("/tilldelning/tackning?lang=sv&fran=" + coverage.comingSummer()));
		var region = page.locator("div[role=region][aria-label='Täckning per kompetens, rullbar i sidled']");
		assertThat(region.getAttribute("tabindex")).isEqualTo("0");
		Number before = (Number) region.locator("th.name").nth(1).evaluate("e => e.getBoundingClientRect().left");
		region.evaluate("e => e.scrollLeft = 400");
		Number after = (Number) region.locator("th.name").nth(1).evaluate("e => e.getBoundingClientRect().left");
		assertThat(after.doubleValue()).as("the sticky first column stays").isEqualTo(before.doubleValue());
		assertThat(((Number) region.evaluate("e => e.scrollLeft")).intValue()).isPositive();
	}

	private void visit(Page page, String path, String name, Map<String, String> problems) {
		Response response = page.navigate(url(path));
		assertThat(response.status()).as("status of %s", path).isEqualTo(200);
		String found = inspect(page, name);
		if (!found.isEmpty()) {
			problems.put(name + " " + page.url(), found);
		}
	}

}
