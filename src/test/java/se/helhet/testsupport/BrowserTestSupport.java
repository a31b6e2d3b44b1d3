package se.helhet.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the real-browser tests: one headless Chromium for the whole test run (starting
 * it costs more than most tests), a fresh browser context (cookies, session, viewport)
 * for every test. Uses Debian's Chromium; Playwright must never download a browser.
 */
public abstract class BrowserTestSupport {

	/** Where the screenshots of the pages go, for a person to look at. */
	public static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	@LocalServerPort
	protected int port;

	/**
	 * The test's browser context at 1280×800, in Swedish like a Swedish user's browser.
	 */
	protected BrowserContext context;

	@BeforeEach
	void openContext() {
		this.context = newContext(1280, 800);
	}

	@AfterEach
	void closeContext() {
		if (this.context != null) {
			this.context.close();
		}
	}

	/** Another context, e.g. a second person or a small screen; closed by the caller. */
	protected BrowserContext newContext(int width, int height) {
		BrowserContext created = SharedBrowser.get()
			.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
				.setLocale("sv-SE")
				.setTimezoneId("Europe/Stockholm"));
		created.setDefaultTimeout(10_000);
		created.setDefaultNavigationTimeout(15_000);
		return created;
	}

	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/**
	 * Logs in through the login form, like a person would, and lands on the start page.
	 */
	protected Page login(BrowserContext in, String username) {
		Page page = in.newPage();
		page.navigate(url("/login"));
		page.locator("#username").fill(username);
		page.locator("#password").fill("demo");
		page.locator("form[action='/login'] button[type=submit]").click();
		page.waitForURL(url("/"));
		return page;
	}

	protected Page login(String username) {
		return login(this.context, username);
	}

	/**
	 * Runs axe with the WCAG 2.1 A and AA rules and fails with every violation: rule,
	 * impact, the nodes it found.
	 */
	protected static void assertAccessible(Page page, String what) {
		assertThat(axeViolations(page)).as("WCAG 2.1 AA violations on %s (%s)", what, page.url()).isEmpty();
	}

	/**
	 * What axe finds against WCAG 2.1 A and AA on the page as it is now, one line per
	 * rule with the impact and the nodes; empty when nothing.
	 */
	protected static String axeViolations(Page page) {
		// legacy mode runs axe in the page itself instead of opening a blank page for
		// every run: twice as fast, and Helhet's pages have no frames it would miss
		AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).setLegacyMode(true).analyze();
		if (results.isErrored()) {
			return "axe could not run: " + results.getErrorMessage();
		}
		return describe(results.getViolations());
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
			.map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n"
					+ rule.getNodes()
						.stream()
						.map(node -> "    " + node.getTarget() + "  " + oneLine(node.getFailureSummary()))
						.collect(Collectors.joining("\n")))
			.collect(Collectors.joining("\n"));
	}

	private static String oneLine(String text) {
		return text == null ? "" : text.replaceAll("\\s+", " ");
	}

	/**
	 * Checks the page as it is now the way a person with a disability would meet it:
	 * axe's WCAG 2.1 A and AA rules at 1280 px, and reflow (WCAG 1.4.10) at 320 px, where
	 * the document must not scroll sideways (a table may, inside its own frame). Saves a
	 * screenshot at both widths.
	 * @return what is wrong, or an empty string
	 */
	protected static String inspect(Page page, String name) {
		var size = page.viewportSize();
		screenshot(page, name);
		StringBuilder problems = new StringBuilder(axeViolations(page));
		page.setViewportSize(320, 640);
		try {
			screenshot(page, name);
			String tooWide = horizontalScroll(page);
			if (!tooWide.isEmpty()) {
				problems.append(problems.isEmpty() ? "" : "\n").append("- reflow at 320 px: ").append(tooWide);
			}
		}
		finally {
			page.setViewportSize(size.width, size.height);
		}
		return problems.toString();
	}

	/** A full-page PNG in target/screenshots/, named for the page and the width. */
	protected static Path screenshot(Page page, String name) {
		int width = page.viewportSize().width;
		Path file = SCREENSHOTS.resolve(name + "-" + width + ".png");
		try {
			Files.createDirectories(SCREENSHOTS);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
		return file;
	}

	/** Why the document scrolls sideways, or an empty string when it does not. */
	private static String horizontalScroll(Page page) {
		int width = page.viewportSize().width;
		int scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
		return scrollWidth <= width ? "" : "the document is " + scrollWidth + " px wide on a " + width
				+ " px screen; too wide: " + page.evaluate(WIDER_THAN_SCREEN);
	}

	/**
	 * Which elements stick out, so that a failure says where to look. What a table frame
	 * scrolls is left out, except what is positioned absolutely: that escapes the frame.
	 */
	private static final String WIDER_THAN_SCREEN = """
			() => Array.from(document.querySelectorAll('body *'))
				.filter(e => !(e.parentElement.closest('.table-wrap') && getComputedStyle(e).position !== 'absolute'))
				.filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
				.slice(0, 8)
				.map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className).split(' ').join('.') : '')
					+ ' right=' + Math.round(e.getBoundingClientRect().right))
			""";

	/** One Playwright and one Chromium for the whole JVM, closed when it exits. */
	static final class SharedBrowser {

		private static Playwright playwright;

		private static Browser browser;

		private SharedBrowser() {
		}

		static synchronized Browser get() {
			if (browser == null) {
				playwright = Playwright
					.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
				browser = playwright.chromium()
					.launch(new BrowserType.LaunchOptions().setExecutablePath(Paths.get("/usr/bin/chromium"))
						.setHeadless(true)
						.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
								"--disable-background-networking", "--disable-component-update", "--disable-sync")));
				Runtime.getRuntime().addShutdownHook(new Thread(SharedBrowser::close, "close-chromium"));
			}
			return browser;
		}

		private static synchronized void close() {
			if (playwright != null) {
				playwright.close();
				playwright = null;
				browser = null;
			}
		}

	}

}
