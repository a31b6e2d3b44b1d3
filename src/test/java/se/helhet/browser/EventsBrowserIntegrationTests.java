package se.helhet.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.helhet.events.EventStatus;
import se.helhet.events.EventView;
import se.helhet.events.Events;
import se.helhet.testsupport.BrowserTestSupport;
import se.helhet.testsupport.HelhetIntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor on the night, in a real browser: filters the programme, stars three events,
 * sees that two of them clash, downloads them as .ics; and the public pages pass axe's
 * WCAG 2.1 A and AA rules on a 320 px phone and on a desktop.
 */
@HelhetIntegrationTest
class EventsBrowserIntegrationTests extends BrowserTestSupport {

	private static final String PROGRAMME = "/evenemang/kulturnatten-2027";

	@Autowired
	Events events;

	@Test
	void theProgrammeAndAnEventPageAreAccessibleOnAPhoneAndADesktop() {
		EventView moved = events.publicEvents(events.programme("kulturnatten-2027").orElseThrow().id())
			.stream()
			.filter(EventView::moved)
			.findFirst()
			.orElseThrow();
		for (int width : new int[] { 320, 1280 }) {
			BrowserContext phoneOrDesktop = newContext(width, 800);
			try {
				Page page = phoneOrDesktop.newPage();
				for (String path : List.of(PROGRAMME, PROGRAMME + "?vy=platser&omrade=Centrum",
						PROGRAMME + "/" + moved.number(), PROGRAMME + "/andringar", PROGRAMME + "/mitt-program?ids=1,2",
						PROGRAMME + "?lang=en", "/evenemang")) {
					page.navigate(url(path));
					String name = "events" + path.replaceAll("[^a-z0-9]+", "-");
					// the whole programme is several metres long on a phone: the top of
					// it is what
					// a person checks
					page.screenshot(
							new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + "-" + width + ".png"))
								.setFullPage(!path.equals(PROGRAMME) && !path.startsWith(PROGRAMME + "?lang")));
					assertThat(axeViolations(page)).as("WCAG 2.1 AA on %s at %d px", path, width).isEmpty();
					int scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
					assertThat(scrollWidth).as("%s scrolls sideways at %d px", path, width).isLessThanOrEqualTo(width);
				}
			}
			finally {
				phoneOrDesktop.close();
			}
		}
	}

	@Test
	void showMoreBringsTheNextHoursIntoThePageWithStarsAndFocus() {
		Page page = newContext(1280, 800).newPage();
		page.navigate(url(PROGRAMME));
		int before = page.locator("li.ev").count();
		assertThat(page.locator("li.ev button.star")).hasCount(before);
		String lastHour = page.locator("h2.ev-hour").last().textContent();
		page.locator(".ev-more a").scrollIntoViewIfNeeded();
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("events-programme-more-1280.png")));

		page.locator(".ev-more a").click();

		assertThat(page.locator("#sida-2")).isVisible();
		assertThat(page.locator(".ev-shown")).hasText(page.locator("#sida-2").getAttribute("data-shown"));
		assertThat(page.locator(".ev-shown")).containsText("Visar 1–");
		assertThat(page.locator("#sida-2 .ev-list a").first()).isFocused();
		int after = page.locator("li.ev").count();
		assertThat(after).isGreaterThan(before);
		assertThat(page.locator("li.ev button.star")).hasCount(after);
		assertThat(page.locator("#sida-2 h2.ev-hour").first()).not().hasText(lastHour);
		assertThat(page).hasURL(url(PROGRAMME));
		page.locator("#sida-2 li.ev button.star").first().click();
		assertThat(page.locator(".my-count")).hasText(" (1)");
		// where the next page joins the first: the seam is what a person checks
		page.locator("#sida-2").scrollIntoViewIfNeeded();
		page.evaluate("window.scrollBy(0, -300)");
		page.screenshot(
				new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("events-programme-show-more-1280.png")));
		assertThat(axeViolations(page)).isEmpty();
		page.context().close();
	}

	@Test
	void aVisitorFiltersStarsThreeEventsSeesAClashAndExportsThem() throws Exception {
		var programme = events.programme("kulturnatten-2027").orElseThrow();
		List<EventView> published = events.publicEvents(programme.id())
			.stream()
			.filter(e -> e.status() == EventStatus.PUBLISHED && e.occurrences().size() == 1)
			.toList();
		EventView first = published.getFirst();
		EventView clashing = published.stream()
			.filter(e -> e != first && e.occurrences().getFirst().overlaps(first.occurrences().getFirst()))
			.findFirst()
			.orElseThrow();
		EventView later = published.stream()
			.filter(e -> e.startsAt().isAfter(clashing.endsAt()) && e.startsAt().isAfter(first.endsAt()))
			.findFirst()
			.orElseThrow();

		Page page = context.newPage();
		page.navigate(url(PROGRAMME));
		// the filters are folded away (a phone shows the programme first) until asked for
		// or in use
		assertThat(page.locator("#kategori")).not().isVisible();
		page.locator(".ev-quick a", new Page.LocatorOptions().setHasText("Kl. 18–21")).click();
		page.waitForURL(url(PROGRAMME + "?tid=18-21"));
		assertThat(page.locator(".ev-quick a[aria-current]")).hasText("Kl. 18–21");
		page.locator("#kategori").selectOption("MUSIK");
		page.locator("form.ev-filter button[type=submit]").click();
		page.waitForURL(url(PROGRAMME + "?**kategori=MUSIK**"));
		assertThat(page.locator("#tid")).hasValue("18-21");
		assertThat(page.locator(".ev-count")).containsText("programpunkt");

		for (EventView pick : List.of(first, clashing, later)) {
			page.navigate(url(PROGRAMME + "/" + pick.number()));
			Locator star = page.locator("button.star");
			assertThat(star).hasAttribute("aria-pressed", "false");
			star.click();
			assertThat(star).hasAttribute("aria-pressed", "true");
		}
		assertThat(page.locator(".my-count")).hasText(" (3)");

		page.locator("a[data-my-programme]").click();
		page.waitForURL(url(PROGRAMME + "/mitt-program?ids=**"));
		assertThat(page.locator("#clashes")).containsText("1 krock i ditt program");
		assertThat(page.locator("ul.ev-list.mine > li")).hasCount(3);
		screenshot(page, "events-my-programme-clash");

		Download download = page.waitForDownload(() -> page.locator("a[download]").click());
		String ics = Files.readString(download.path());
		assertThat(ics).contains("BEGIN:VCALENDAR", "TZID:Europe/Stockholm");
		assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(4);

		// unstarring on the own programme takes the event out and the clash with it
		page.locator("li.ev[data-n='" + clashing.number() + "'] button.star").click();
		page.waitForURL(url(PROGRAMME + "/mitt-program?ids=**"));
		assertThat(page.locator("ul.ev-list.mine > li")).hasCount(2);
		assertThat(page.locator("#clashes")).hasCount(0);
		Path unused = download.path();
		assertThat(unused).exists();
	}

}
