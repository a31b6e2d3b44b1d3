package se.helhet.browser;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.helhet.events.EventStatus;
import se.helhet.events.EventView;
import se.helhet.events.Events;
import se.helhet.testsupport.BrowserTestSupport;
import se.helhet.testsupport.HelhetIntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organiser's path in a real browser: registers, follows the link from the mail (read
 * from the outbox), submits an event after a refused first try, sees it waiting; an
 * editor approves it from the review queue, and a visitor finds it in the programme,
 * filters the evening's music, stars it with a clashing and a later event, sees the clash
 * and exports them as .ics; the editor then cancels it, and the event page, the feed, the
 * JSON-LD and the change log show the cancellation (issue 6's whole path). axe and the
 * 320 px reflow check run on the organiser's and editor's pages, axe on the visitor's.
 */
@HelhetIntegrationTest
class OrganiserSubmissionBrowserIntegrationTests extends BrowserTestSupport {

	private static final Pattern LINK = Pattern.compile("https?://\\S+(/evenemang/arrangor/verifiera/[A-Za-z0-9_-]+)");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Events events;

	@Test
	void anOrganiserRegistersAndSubmitsAnEditorApprovesAndVisitorsSeeIt() {
		String email = "kor-" + UUID.randomUUID().toString().substring(0, 8) + "@exempel.se";
		String title = "Körsång i trapphuset " + UUID.randomUUID().toString().substring(0, 4);
		Page organiser = context.newPage();
		organiser.navigate(url("/evenemang/arrangor"));
		assertThat(inspect(organiser, "organiser-start")).isEmpty();
		organiser.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Registrera dig som arrangör")).click();
		organiser.getByLabel("Ditt namn").fill("Karin Sjöberg");
		organiser.getByLabel("Förening, företag eller verksamhet").fill("Sjöviks kammarkör");
		organiser.getByLabel("E-postadress").fill(email);
		assertThat(inspect(organiser, "organiser-register")).isEmpty();
		organiser.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrera och skicka länk")).click();
		assertThat(organiser.locator("h1")).hasText("Titta i din e-post");

		String mail = jdbc.sql("select body from platform_outbox where recipient = :to order by created_at desc")
			.param("to", email)
			.query(String.class)
			.list()
			.getFirst();
		Matcher link = LINK.matcher(mail);
		assertThat(link.find()).isTrue();
		organiser.navigate(url(link.group(1)));
		organiser.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bekräfta och logga in")).click();
		assertThat(organiser.locator("h1")).hasText("Mina evenemang");

		organiser.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Anmäl ett evenemang").setExact(true))
			.first()
			.click();
		organiser.getByLabel("Program")
			.selectOption(new SelectOption().setLabel("Kulturnatten 2027 (sista anmälan "
					+ organiser.locator("#programme option").nth(1).textContent().replaceAll(".*sista anmälan ", "")));
		organiser.locator("#titleSv").fill(title);
		organiser.locator("#descriptionSv").fill("Sjöviks kammarkör sjunger vintervisor i bibliotekets trapphus.");
		organiser.locator("#venueId").selectOption(new SelectOption().setIndex(1));
		organiser.locator("#slot0Start").fill("2027-01-30T18:00");
		organiser.locator("#slot0End").fill("2027-01-30T18:45");
		organiser.locator("[id='slot0.HEARING_LOOP']").check();
		organiser.locator("[id='cat.MUSIK']").check();
		organiser.locator("[id='age.ALLA']").check();
		assertThat(inspect(organiser, "organiser-form")).isEmpty();
		// sent without confirming the rules: refused, and everything typed is still there
		organiser.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka till redaktionen")).click();
		assertThat(organiser.locator("#error-summary"))
			.containsText("Bekräfta att evenemanget följer kalenderns regler");
		assertThat(organiser.locator("#slot0End")).hasValue("2027-01-30T18:45");
		assertThat(organiser.locator("[id='slot0.HEARING_LOOP']")).isChecked();
		assertThat(inspect(organiser, "organiser-form-refused")).isEmpty();
		organiser.getByLabel("Jag bekräftar att evenemanget följer kalenderns regler.").check();
		organiser.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka till redaktionen")).click();
		assertThat(organiser.locator("h1")).hasText("Mina evenemang");
		assertThat(organiser.locator(".ev-org-list")).containsText(title);
		assertThat(organiser.locator(".ev-org-list")).containsText("Väntar på granskning");
		assertThat(inspect(organiser, "organiser-mine")).isEmpty();

		BrowserContext editorContext = newContext(1280, 800);
		try {
			Page editor = login(editorContext, "redaktor");
			editor.navigate(url("/evenemang/redaktion"));
			assertThat(inspect(editor, "review-queue")).isEmpty();
			editor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
			assertThat(editor.locator("h1")).hasText(title);
			assertThat(inspect(editor, "review-event")).isEmpty();
			editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Godkänn och publicera")).click();
			assertThat(editor.locator(".alert.success")).containsText("Godkänt och publicerat");
		}
		finally {
			editorContext.close();
		}

		Page visitor = newContext(1280, 800).newPage();
		visitor.navigate(url("/evenemang/kulturnatten-2027?q=" + title.replace(' ', '+')));
		assertThat(visitor.locator("main")).containsText(title);
		assertThat(axeViolations(visitor)).isEmpty();
		visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).first().click();
		assertThat(visitor.locator("h1")).hasText(title);
		assertThat(axeViolations(visitor)).isEmpty();
		String eventPath = visitor.url().replaceFirst("^https?://[^/]+", "");

		// the visitor filters the evening's music, stars the new event, one at the same
		// time
		// and one later, sees the clash and takes them into their calendar
		visitor.navigate(url("/evenemang/kulturnatten-2027"));
		visitor.locator(".ev-quick a", new Page.LocatorOptions().setHasText("Kl. 18–21")).click();
		visitor.locator("#kategori").selectOption("MUSIK");
		visitor.locator("form.ev-filter button[type=submit]").click();
		visitor.waitForURL(url("/evenemang/kulturnatten-2027?**kategori=MUSIK**"));
		assertThat(visitor.locator("main")).containsText(title);
		assertThat(axeViolations(visitor)).isEmpty();
		var programme = events.programme("kulturnatten-2027").orElseThrow();
		EventView submitted = events.publicEvents(programme.id())
			.stream()
			.filter(e -> e.titleSv().equals(title))
			.findFirst()
			.orElseThrow();
		EventView clashing = events.publicEvents(programme.id())
			.stream()
			.filter(e -> e.status() == EventStatus.PUBLISHED && e.occurrences().size() == 1
					&& e.number() != submitted.number()
					&& e.occurrences().stream().anyMatch(o -> o.overlaps(submitted.occurrences().getFirst())))
			.findFirst()
			.orElseThrow();
		EventView later = events.publicEvents(programme.id())
			.stream()
			.filter(e -> e.status() == EventStatus.PUBLISHED && e.occurrences().size() == 1
					&& e.startsAt().isAfter(clashing.endsAt()) && e.startsAt().isAfter(submitted.endsAt()))
			.findFirst()
			.orElseThrow();
		for (EventView pick : java.util.List.of(submitted, clashing, later)) {
			visitor.navigate(url("/evenemang/kulturnatten-2027/" + pick.number()));
			visitor.locator("button.star").click();
			assertThat(visitor.locator("button.star")).hasAttribute("aria-pressed", "true");
		}
		visitor.locator("a[data-my-programme]").click();
		visitor.waitForURL(url("/evenemang/kulturnatten-2027/mitt-program?ids=**"));
		assertThat(visitor.locator("#clashes")).containsText("krock");
		assertThat(visitor.locator("ul.ev-list.mine > li")).hasCount(3);
		assertThat(axeViolations(visitor)).isEmpty();
		Download download = visitor.waitForDownload(() -> visitor.locator("a[download]").click());
		String mine = readString(download.path());
		assertThat(mine).contains(title, "TZID:Europe/Stockholm");

		// the editor cancels it: the page, the feed, the JSON-LD and the change log say
		// so
		BrowserContext cancelContext = newContext(1280, 800);
		try {
			Page editor = login(cancelContext, "redaktor");
			editor.navigate(url(eventPath));
			editor.locator("#cancel-reason").fill("Kören är sjuk.");
			editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ställ in evenemanget")).click();
			assertThat(editor.locator("main")).containsText("Evenemanget är inställt.");
		}
		finally {
			cancelContext.close();
		}
		visitor.navigate(url(eventPath));
		assertThat(visitor.locator(".notice.cancel")).containsText("Evenemanget är inställt.");
		assertThat(String.join("\n", visitor.locator("script[type='application/ld+json']").allTextContents()))
			.contains("EventCancelled");
		String feed = visitor.request().get(url("/evenemang/kulturnatten-2027.ics")).text();
		int summary = feed.indexOf(title.substring(0, 20));
		assertThat(summary).as("the cancelled event is still in the feed").isPositive();
		String vevent = feed.substring(feed.lastIndexOf("BEGIN:VEVENT", summary), feed.indexOf("END:VEVENT", summary));
		assertThat(vevent).contains("STATUS:CANCELLED").containsPattern("SEQUENCE:[1-9]");
		visitor.navigate(url("/evenemang/kulturnatten-2027/andringar"));
		assertThat(visitor.locator("main")).containsText(title);
		assertThat(axeViolations(visitor)).isEmpty();
		visitor.context().close();

		organiser.navigate(url("/evenemang/arrangor/mina"));
		assertThat(organiser.locator(".ev-org-list")).containsText(title);
	}

	private static String readString(java.nio.file.Path path) {
		try {
			return java.nio.file.Files.readString(path);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
