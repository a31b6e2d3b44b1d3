package se.helhet.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Margin;
import org.junit.jupiter.api.Test;

import se.helhet.testsupport.BrowserTestSupport;
import se.helhet.testsupport.HelhetIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The printed programme and the editors' venue pages in a real browser: axe's WCAG 2.1 A
 * and AA rules, reflow at 320 px, and the booklet printed to an A4 PDF the way a library
 * would print it.
 */
@HelhetIntegrationTest
class EventsVenuesBrowserIntegrationTests extends BrowserTestSupport {

	private static final String LIBRARY = UUID
		.nameUUIDFromBytes("events:venue:Stadsbiblioteket".getBytes(java.nio.charset.StandardCharsets.UTF_8))
		.toString();

	@Test
	void thePrintEditionIsAccessibleOnScreenAndPrintsAsA4() throws Exception {
		Page page = context.newPage();
		page.navigate(url("/evenemang/kulturnatten-2027/tryck"));

		// the booklet is metres long on a phone: the top is screenshot, the whole is
		// checked
		assertThat(axeViolations(page)).isEmpty();
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("events-print-1280.png")));
		page.setViewportSize(320, 640);
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("events-print-320.png")));
		assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue()).as("reflow at 320 px")
			.isLessThanOrEqualTo(320);
		page.setViewportSize(1280, 800);
		Path pdf = SCREENSHOTS.resolve("events-print-a4.pdf");
		Files.createDirectories(SCREENSHOTS);
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
		assertThat(page.locator(".print-tools").isVisible()).as("the screen tools are not printed").isFalse();
		byte[] bytes = page.pdf(new Page.PdfOptions().setPath(pdf)
			.setFormat("A4")
			.setPreferCSSPageSize(true)
			.setPrintBackground(true)
			.setMargin(new Margin()));
		String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
		int pages = text.split("/Type\\s*/Page[^s]").length - 1;
		// a cover page and at least one page per area of the city
		assertThat(pages).as("A4 pages").isGreaterThanOrEqualTo(8);
	}

	@Test
	void theVenueEditorAndTheProgrammeDatesAreAccessibleAndReflow() {
		Page page = login("redaktor");

		page.navigate(url("/evenemang/redaktion/platser"));
		assertThat(inspect(page, "events-venues")).isEmpty();

		page.navigate(url("/evenemang/redaktion/platser/" + LIBRARY));
		assertThat(inspect(page, "events-venue-form")).isEmpty();
		page.locator("#latitude").fill("14,8");
		page.locator("form.ev-venue-form button[type=submit]").click();
		page.waitForSelector("#error-summary");
		assertThat(page.locator("#latitude").inputValue()).isEqualTo("14,8");
		assertThat(inspect(page, "events-venue-form-errors")).isEmpty();

		page.navigate(url("/evenemang/redaktion/program/kulturnatten-2027"));
		assertThat(inspect(page, "events-programme-settings")).isEmpty();

		page.navigate(url("/evenemang/kulturnatten-2027/3"));
		assertThat(inspect(page, "events-event-editor-texts")).isEmpty();
	}

}
