package se.helhet.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.helhet.organisation.Organisation;
import se.helhet.organisation.StaffView;
import se.helhet.testsupport.BrowserTestSupport;
import se.helhet.testsupport.HelhetIntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole life of a request in a real browser, as the people in the demo live it: the
 * requester orders from the catalogue, the handler works the request to closed, the
 * requester follows it and rates the help; in Swedish and in English. Everything is done
 * through labels and roles, as a person (or a screen reader) finds it, so that the test
 * also proves the labels. Each test files its own requests and finds them by the
 * registration number it is shown.
 */
@HelhetIntegrationTest
class RequestFlowBrowserIntegrationTests extends BrowserTestSupport {

	@Autowired
	Organisation organisation;

	private final List<BrowserContext> others = new ArrayList<>();

	@AfterEach
	void closeOthers() {
		this.others.forEach(BrowserContext::close);
		this.others.clear();
	}

	@Test
	void requesterOrdersFromEachFunctionAndHandlerWorksItToClosedInSwedish() {
		Page requester = login("bestallare");

		// HR: browse the catalogue by function, a form with every kind of extra field
		String hr = order(requester, "HR-avdelningen", null, "Rekrytering", "Rekrytering av matematiklärare",
				"Vi behöver två behöriga matematiklärare till höstterminen.", form -> {
					form.getByLabel("Befattning").fill("Lärare i matematik, åk 7–9");
					form.getByLabel("Anställningsform").selectOption("Tillsvidare");
					form.getByLabel("Antal tjänster").fill("2");
					form.getByLabel("Önskat tillträde").fill(LocalDate.now().plusMonths(3).toString());
					yesNo(form, "Extern annonsering", "Ja");
				});
		assertThat(hr).matches("HR " + LocalDate.now().getYear() + "/\\d{5}");
		assertThat(fact(requester, "Befattning")).hasText("Lärare i matematik, åk 7–9");
		assertThat(fact(requester, "Anställningsform")).hasText("Tillsvidare");
		assertThat(fact(requester, "Extern annonsering")).hasText("Ja");
		assertThat(fact(requester, "Handläggare")).not().hasText("Ej tilldelad");
		String hrHandlerName = fact(requester, "Handläggare").textContent().strip();

		// Ekonomi: search the catalogue by words
		String ek = order(requester, null, "investering", "Investeringskalkyl", "Kalkyl för ny skolgård",
				"Underlag till nämnden om en ny skolgård vid Norrängsskolan.", form -> {
					form.getByLabel("Uppskattat belopp (kr)").fill("1 200 000");
					form.getByLabel("Investeringsobjekt").fill("Skolgård Norrängsskolan");
				});
		assertThat(ek).matches("EK " + LocalDate.now().getYear() + "/\\d{5}");
		String ekHandler = usernameOf("Ekonomiavdelningen", fact(requester, "Handläggare").textContent().strip());

		// Kommunikation: browse again
		String kom = order(requester, "Kommunikationsavdelningen", null, "Evenemangsstöd", "Skolans vårkonsert",
				"Hjälp att marknadsföra vårkonserten i aulan.", form -> {
					// the required mark (*) is part of the label's text, not of its name
					form.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Evenemang").setExact(true))
						.fill("Vårkonsert i aulan");
					form.getByLabel(Pattern.compile("^Datum\\b")).fill(LocalDate.now().plusMonths(2).toString());
					form.getByLabel("Förväntat antal besökare").fill("250");
				});
		assertThat(kom).matches("KOM " + LocalDate.now().getYear() + "/\\d{5}");

		// the HR request: the requester's named HR contact, handlaggare, finds it in the
		// queue
		Page handler = login(other(), "handlaggare");
		assertThat(hrHandlerName).isEqualTo(handler.locator(".who-name").textContent().strip());
		openFromQueue(handler, hr, "Min kö");
		assertThat(status(handler)).hasText("Tilldelad");
		changeStatus(handler, "Pågår", null);
		changeStatus(handler, "Väntar på beställare", "Gäller det en eller två skolor?");
		assertThat(status(handler)).hasText("Väntar på beställare");

		// the requester is told, answers, and the request is back with the handler
		requester.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Huvudmeny"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Notiser"))
			.click();
		requester
			.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName("Handläggaren behöver svar från dig i ärende " + hr + "."))
			.click();
		assertThat(status(requester)).hasText("Väntar på beställare");
		assertThat(conversation(requester)).containsText("Gäller det en eller två skolor?");
		requester.getByLabel("Skriv till handläggaren").fill("Bara Norrängsskolan.");
		button(requester, "Skicka").click();
		assertThat(flash(requester)).hasText("Meddelandet är skickat.");
		assertThat(status(requester)).hasText("Pågår");

		// the handler works it: an internal note, time, the checklist, resolved
		handler.reload();
		assertThat(status(handler)).hasText("Pågår");
		assertThat(conversation(handler)).containsText("Bara Norrängsskolan.");
		handler.getByLabel("Skriv till beställaren eller en intern anteckning")
			.fill("Chefen vill ha annons i Skolvärlden.");
		handler.getByLabel("Intern anteckning", new Page.GetByLabelOptions().setExact(true)).check();
		button(handler, "Skicka").click();
		assertThat(flash(handler)).hasText("Meddelandet är skickat.");
		assertThat(conversation(handler).locator("li.internal")).containsText("Chefen vill ha annons i Skolvärlden.");

		handler.getByLabel("Minuter").fill("45");
		handler.getByLabel("Aktivitet").fill("Kravprofil och annons");
		button(handler, "Registrera tid").click();
		assertThat(flash(handler)).hasText("Tiden är registrerad.");
		assertThat(card(handler, "Tid")).containsText("Kravprofil och annons");

		button(handler, "Markera som klart: Kravprofil klar med chefen").click();
		assertThat(flash(handler)).hasText("Checklistan är uppdaterad.");
		button(handler, "Markera som klart: Annons publicerad").click();
		assertThat(button(handler, "Markera som ej klart: Kravprofil klar med chefen")).hasAttribute("aria-pressed",
				"true");
		assertThat(button(handler, "Markera som ej klart: Annons publicerad")).hasAttribute("aria-pressed", "true");

		captureHandlerPage(handler);
		changeStatus(handler, "Löst", "Annonsen är ute; intervjuerna bokas i nästa ärende.");
		assertThat(status(handler)).hasText("Löst");

		// the requester follows the public trail, never the internal note, and closes it
		requester.reload();
		assertThat(status(requester)).hasText("Löst");
		assertThat(requester.locator("main")).not().containsText("Skolvärlden");
		assertThat(requester.locator("main")).not().containsText("Kravprofil och annons");
		Locator trail = card(requester, "Vad har hänt");
		assertThat(trail).containsText("Registrerat");
		assertThat(trail).containsText("Väntar på beställare");
		assertThat(conversation(requester)).containsText("Annonsen är ute");
		button(requester, "Ja, stäng ärendet").click();
		assertThat(flash(requester)).hasText("Tack! Ärendet är stängt.");
		assertThat(status(requester)).hasText("Stängd");
		rate(requester, "Hur nöjd är du med hjälpen?", "4", "Kommentar (valfritt)", "Snabbt och tydligt, tack!",
				"Skicka betyget");
		assertThat(flash(requester)).hasText("Tack för ditt betyg!");
		assertThat(card(requester, "Betygsätt hjälpen")).containsText("Ditt betyg: 4 av 5.");

		// the handler sees the rating
		handler.reload();
		assertThat(status(handler)).hasText("Stängd");
		assertThat(fact(handler, "Betyg")).containsText("4 av 5");
		assertThat(fact(handler, "Betyg")).containsText("Snabbt och tydligt, tack!");

		// Ekonomi: the controller it went to takes it to closed
		Page controller = login(other(), ekHandler);
		openFromQueue(controller, ek, "Min kö");
		changeStatus(controller, "Pågår", null);
		changeStatus(controller, "Löst", "Kalkylen är skickad till dig.");
		changeStatus(controller, "Stängd", null);
		assertThat(status(controller)).hasText("Stängd");

		// Kommunikation: another handler of the function finds it among all requests and
		// takes it over
		Page editor = login(other(), "redaktor");
		String editorName = editor.locator(".who-name").textContent().strip();
		openFromQueue(editor, kom, "Alla ärenden jag får se");
		Locator assignee = editor.getByLabel("Handläggare", new Page.GetByLabelOptions().setExact(true));
		assignee.selectOption(
				assignee.locator("option", new Locator.LocatorOptions().setHasText(editorName)).getAttribute("value"));
		editor.getByLabel("Varför").fill("Jag sköter evenemangskalendern.");
		button(editor, "Byt handläggare").click();
		assertThat(flash(editor)).hasText("Handläggaren är bytt.");
		assertThat(fact(editor, "Handläggare")).hasText(editorName);
		changeStatus(editor, "Pågår", "Jag tar hand om det här.");
		changeStatus(editor, "Löst", "Konserten ligger i evenemangskalendern.");
		changeStatus(editor, "Stängd", null);
		assertThat(status(editor)).hasText("Stängd");

		// the requester sees all three closed in their list
		requester.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Huvudmeny"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Ärenden"))
			.click();
		for (String number : List.of(hr, ek, kom)) {
			Locator row = requester.locator("table.requests tbody tr")
				.filter(new Locator.FilterOptions().setHas(requester.getByRole(AriaRole.LINK,
						new Page.GetByRoleOptions().setName(number).setExact(true))));
			assertThat(row).containsText("Stängd");
		}
	}

	@Test
	void theSameFlowWorksInEnglish() {
		Page requester = login("bestallare");
		requester.locator("header a.lang-switch").click();
		requester.waitForURL(url("/?lang=en"));
		assertThat(requester.locator("html")).hasAttribute("lang", "en");

		String number = order(requester, "HR-avdelningen", null, "Onboarding", "Onboarding of a new teacher",
				"A new teacher starts after the summer and needs an introduction.", form -> {
					assertThat(
							form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Send the order")))
						.isVisible();
					// the description exists only in Swedish, and says so
					assertThat(form.page().locator("main p.lead")).hasAttribute("lang", "sv");
					// a form sent incomplete answers in English and keeps what was typed
					form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Send the order")).click();
					assertThat(form.page().getByText("Fill in name of the new employee.").first()).isVisible();
					assertThat(form.getByLabel("Title")).hasValue("Onboarding of a new teacher");
					form.getByLabel("Name of the new employee").fill("Sam Berg");
					form.getByLabel("Start date").fill(LocalDate.now().plusMonths(2).toString());
				});
		assertThat(number).matches("HR \\d{4}/\\d{5}");
		assertThat(status(requester)).hasText("Assigned");
		assertThat(heading(requester, "About the request")).isVisible();
		assertThat(heading(requester, "What has happened")).isVisible();
		assertThat(fact(requester, "Requester")).hasText("Maria Lindholm");
		assertThat(fact(requester, "Service")).hasText("Onboarding");
		assertThat(fact(requester, "Start date")).hasText(LocalDate.now().plusMonths(2).toString());

		Page handler = login(other(), "handlaggare");
		handler.locator("header a.lang-switch").click();
		handler.waitForURL(url("/?lang=en"));
		openFromQueue(handler, number, "My queue");
		assertThat(heading(handler, "Audit trail")).isVisible();
		changeStatus(handler, "Waiting for requester", "When does the teacher start?", "New status",
				"Message to the requester", "Change status", "The status is changed.");
		assertThat(status(handler)).hasText("Waiting for requester");

		// notifications are written in Swedish only, and marked so
		mainNav(requester, "Notifications").click();
		assertThat(heading(requester, "Notifications")).isVisible();
		Locator told = requester.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Handläggaren behöver svar från dig i ärende " + number + "."));
		assertThat(told).hasAttribute("lang", "sv");
		told.click();
		assertThat(status(requester)).hasText("Waiting for requester");
		requester.getByLabel("Write to the handler").fill("On 15 August.");
		button(requester, "Send").click();
		assertThat(flash(requester)).hasText("The message is sent.");
		assertThat(status(requester)).hasText("In progress");

		handler.reload();
		handler.getByLabel("Write to the requester or an internal note").fill("Book the introduction day early.");
		handler.getByLabel("Internal note", new Page.GetByLabelOptions().setExact(true)).check();
		button(handler, "Send").click();
		assertThat(flash(handler)).hasText("The message is sent.");
		handler.getByLabel("Minutes").fill("30");
		handler.getByLabel("Activity").fill("Introduction plan");
		button(handler, "Log time").click();
		assertThat(flash(handler)).hasText("The time is logged.");
		button(handler, "Mark as done: Välkomstbrev skickat").click();
		assertThat(flash(handler)).hasText("The checklist is updated.");
		changeStatus(handler, "Resolved", "The plan is sent to you.", "New status", "Message to the requester",
				"Change status", "The status is changed.");

		requester.reload();
		assertThat(requester.locator("main")).not().containsText("introduction day early");
		assertThat(heading(requester, "Is your request resolved?")).isVisible();
		button(requester, "Yes, close the request").click();
		assertThat(flash(requester)).hasText("Thank you! The request is closed.");
		assertThat(status(requester)).hasText("Closed");
		rate(requester, "How satisfied are you with the help?", "5", "Comment (optional)", "Very helpful.",
				"Send the rating");
		assertThat(flash(requester)).hasText("Thank you for your rating!");
		assertThat(requester.locator("main")).containsText("Your rating: 5 of 5.");
		screenshot(requester, "flow-en-requester");

		handler.reload();
		assertThat(fact(handler, "Rating")).containsText("5 of 5");
		assertThat(fact(handler, "Rating")).containsText("Very helpful.");
		screenshot(handler, "flow-en-handler");
	}

	@Test
	void aStaleChangeIsRefusedWithAnExplanation() {
		Page requester = login("bestallare");
		String number = order(requester, null, "lönerevision", "Lönerevision och lönesättning",
				"Underlag till lönesamtalen", "Vi behöver underlag till lönesamtalen i vår.", form -> {
				});
		String path = requester.url().substring(url("").length());

		Page first = login(other(), "handlaggare");
		Page second = login(other(), "handlaggare");
		first.navigate(url(path));
		second.navigate(url(path));

		changeStatus(first, "Pågår", null);

		// the second tab still shows the old version: its status change is refused
		second.getByLabel("Ny status").selectOption("Löst");
		second.getByLabel("Meddelande till beställaren").fill("Underlaget är skickat till dig.");
		button(second, "Ändra status").click();
		Locator conflict = second.locator("#conflict");
		assertThat(conflict).hasAttribute("role", "alert");
		assertThat(conflict.getByRole(AriaRole.HEADING)).hasText("Någon annan har ändrat samtidigt");
		assertThat(conflict).containsText("Ärende " + number + " har ändrats sedan du öppnade det");
		assertThat(conflict).containsText("ändrade status från Tilldelad till Pågår");
		assertThat(conflict).containsText("Din ändring är inte sparad.");
		assertThat(second.getByLabel("Meddelande till beställaren")).hasValue("Underlaget är skickat till dig.");
		assertThat(status(second)).hasText("Pågår");

		// with the page as it is now, the change goes through
		button(second, "Ändra status").click();
		assertThat(flash(second)).hasText("Statusen är ändrad.");

		// a message written in a stale tab is refused too, and kept
		first.getByLabel("Skriv till beställaren eller en intern anteckning").fill("Jag ringer dig i morgon.");
		button(first, "Skicka").click();
		assertThat(first.locator("#conflict")).containsText("Din ändring är inte sparad.");
		assertThat(first.getByLabel("Skriv till beställaren eller en intern anteckning"))
			.hasValue("Jag ringer dig i morgon.");
		assertThat(status(first)).hasText("Löst");
		assertThat(first.locator("main")).not().containsText("Statusen är ändrad.");
	}

	@Test
	void requestPagesPassAxeAndReflowAt320px() {
		Map<String, String> problems = new LinkedHashMap<>();
		Page requester = login("bestallare");

		requester.navigate(url("/katalog"));
		check(requester, "request-catalogue", problems);
		requester.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rekrytering").setExact(true)).click();
		check(requester, "request-service", problems);
		requester.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Beställ").setExact(true)).click();
		check(requester, "request-form", problems);

		// submitted without the required fields: the errors are shown and what was
		// typed is kept
		requester.getByLabel("Befattning").fill("Skolsköterska");
		requester.getByLabel("Antal tjänster").fill("två");
		yesNo(requester.locator("main"), "Extern annonsering", "Nej");
		button(requester, "Skicka beställningen").click();
		Locator summary = requester.locator("#error-summary");
		assertThat(summary).isVisible();
		assertThat(summary.getByRole(AriaRole.HEADING)).hasText("Rätta följande och spara igen");
		assertThat(summary.getByRole(AriaRole.LINK)).hasCount(4);
		assertThat(requester.getByLabel("Rubrik")).hasAttribute("aria-invalid", "true");
		assertThat(requester.getByLabel("Beskrivning")).hasAttribute("aria-invalid", "true");
		assertThat(requester.getByLabel("Anställningsform")).hasAttribute("aria-invalid", "true");
		assertThat(requester.getByLabel("Antal tjänster")).hasAttribute("aria-invalid", "true");
		assertThat(requester.getByLabel("Befattning")).hasValue("Skolsköterska");
		assertThat(requester.getByLabel("Antal tjänster")).hasValue("två");
		assertThat(requester.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Extern annonsering"))
			.getByLabel("Nej")).isChecked();
		check(requester, "request-form-errors", problems);

		// put right and sent
		requester.getByLabel("Rubrik").fill("Skolsköterska till Norrängsskolan");
		requester.getByLabel("Beskrivning").fill("Vår skolsköterska går i pension i juni.");
		requester.getByLabel("Anställningsform").selectOption("Tillsvidare");
		requester.getByLabel("Antal tjänster").fill("1");
		button(requester, "Skicka beställningen").click();
		String number = requester.locator("h1 .number").textContent().strip();
		String path = requester.url().substring(url("").length());

		Page handler = login(other(), "handlaggare");
		handler.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Huvudmeny"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Ärenden"))
			.click();
		check(handler, "request-queue", problems);
		openFromQueue(handler, number, "Min kö");
		changeStatus(handler, "Väntar på beställare", "Ska tjänsten vara på heltid?");
		handler.getByLabel("Skriv till beställaren eller en intern anteckning").fill("Kolla med elevhälsan.");
		handler.getByLabel("Intern anteckning", new Page.GetByLabelOptions().setExact(true)).check();
		button(handler, "Skicka").click();
		handler.getByLabel("Minuter").fill("20");
		handler.getByLabel("Aktivitet").fill("Telefon");
		button(handler, "Registrera tid").click();
		button(handler, "Markera som klart: Kravprofil klar med chefen").click();
		assertThat(flash(handler)).isVisible();
		check(handler, "request-handler", problems);

		requester.navigate(url("/notiser"));
		check(requester, "request-notifications", problems);
		requester.navigate(url(path));
		check(requester, "request-requester", problems);

		changeStatus(handler, "Löst", "Annonsen är ute.");
		requester.reload();
		check(requester, "request-requester-resolved", problems);
		button(requester, "Ja, stäng ärendet").click();
		check(requester, "request-requester-closed", problems);
		assertNone(problems);
	}

	// ---- the requester

	/**
	 * Orders a service through the catalogue, found by browsing the function's section or
	 * by searching, fills the form and sends it.
	 * @return the registration number the request page shows
	 */
	private String order(Page page, String function, String search, String service, String title, String description,
			Consumer<Locator> extraFields) {
		mainNav(page, page.locator("html").getAttribute("lang").equals("en") ? "Services" : "Tjänster").click();
		Locator list;
		if (search != null) {
			page.locator("main").getByRole(AriaRole.SEARCHBOX).fill(search);
			page.locator("main").getByRole(AriaRole.SEARCHBOX).press("Enter");
			page.waitForURL(Pattern.compile(".*q=.*"));
			list = page.locator("#catalogue-results");
		}
		else {
			list = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(function).setExact(true));
		}
		list.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(service).setExact(true)).click();
		assertThat(page.locator("h1")).hasText(service);
		boolean english = "en".equals(page.locator("html").getAttribute("lang"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(english ? "Order" : "Beställ").setExact(true))
			.click();
		Locator form = page.locator("main form.stack");
		form.getByLabel(english ? "Title" : "Rubrik").fill(title);
		form.getByLabel(english ? "Description" : "Beskrivning").fill(description);
		extraFields.accept(form);
		screenshot(page, "flow-form-" + service.toLowerCase().replace(' ', '-'));
		form.getByRole(AriaRole.BUTTON,
				new Locator.GetByRoleOptions().setName(english ? "Send the order" : "Skicka beställningen"))
			.click();
		page.waitForURL(Pattern.compile(".*/arenden/[0-9a-f-]{36}$"));
		assertThat(page.locator("h1")).containsText(title);
		return page.locator("h1 .number").textContent().strip();
	}

	private static void yesNo(Locator form, String legend, String answer) {
		form.getByRole(AriaRole.GROUP, new Locator.GetByRoleOptions().setName(legend))
			.getByLabel(answer, new Locator.GetByLabelOptions().setExact(true))
			.check();
	}

	private static void rate(Page page, String legend, String stars, String commentLabel, String comment, String send) {
		page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(legend))
			.getByLabel(stars, new Locator.GetByLabelOptions().setExact(true))
			.check();
		page.getByLabel(commentLabel).fill(comment);
		button(page, send).click();
	}

	// ---- the handler

	/** Opens the request from one of the request lists, newest first. */
	private static void openFromQueue(Page page, String number, String queue) {
		boolean english = "en".equals(page.locator("html").getAttribute("lang"));
		mainNav(page, english ? "Requests" : "Ärenden").click();
		page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName(english ? "Requests" : "Ärenden"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(queue).setExact(true))
			.click();
		page.getByLabel(english ? "Sort by" : "Sortera efter").selectOption(english ? "Registered" : "Registrerat");
		page.getByLabel(english ? "Order" : "Ordning", new Page.GetByLabelOptions().setExact(true))
			.selectOption(english ? "Descending" : "Fallande");
		button(page, english ? "Show" : "Visa").click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(number).setExact(true)).click();
		assertThat(page.locator("h1 .number")).hasText(number);
	}

	private static void changeStatus(Page page, String status, String message) {
		changeStatus(page, status, message, "Ny status", "Meddelande till beställaren", "Ändra status",
				"Statusen är ändrad.");
	}

	private static void changeStatus(Page page, String status, String message, String statusLabel, String messageLabel,
			String buttonName, String saved) {
		page.getByLabel(statusLabel).selectOption(status);
		if (message != null) {
			page.getByLabel(messageLabel).fill(message);
		}
		button(page, buttonName).click();
		assertThat(flash(page)).hasText(saved);
		assertThat(status(page)).hasText(status);
	}

	// ---- the pages

	private static Locator mainNav(Page page, String name) {
		return page.locator("nav.main-nav")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

	private static Locator button(Page page, String name) {
		return page.locator("main")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

	private static Locator heading(Page page, String name) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private static Locator status(Page page) {
		return page.locator("main .lead .status");
	}

	private static Locator flash(Page page) {
		return page.locator("main .alert.success");
	}

	/** The card (section) with this heading. */
	private static Locator card(Page page, String heading) {
		return page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(heading).setExact(true));
	}

	private static Locator conversation(Page page) {
		return page.locator("section[aria-labelledby=conversation-heading]");
	}

	/** The value of one of the facts about the request, or of an answer on its form. */
	private static Locator fact(Page page, String term) {
		return page
			.locator("xpath=//dl[contains(@class, 'facts') or contains(@class, 'answers')]/div[dt[normalize-space() = '"
					+ term + "']]/dd");
	}

	private BrowserContext other() {
		BrowserContext created = newContext(1280, 800);
		this.others.add(created);
		return created;
	}

	/**
	 * The login of a member of the function's staff, found by the name the page shows.
	 */
	private String usernameOf(String function, String fullName) {
		var unit = this.organisation.units().stream().filter(u -> u.name().equals(function)).findFirst().orElseThrow();
		return this.organisation.staff(unit.id())
			.stream()
			.filter(s -> s.fullName().equals(fullName))
			.map(StaffView::username)
			.findFirst()
			.orElseThrow(() -> new AssertionError("No login for " + fullName + " in " + function));
	}

	private static void check(Page page, String name, Map<String, String> problems) {
		String found = inspect(page, name);
		if (!found.isEmpty()) {
			problems.put(name + " " + page.url(), found);
		}
	}

	private static void assertNone(Map<String, String> problems) {
		StringBuilder text = new StringBuilder();
		problems.forEach((page, found) -> text.append(page).append('\n').append(found).append('\n'));
		assertThat(problems).as("WCAG 2.1 AA problems per page:%n%s", text).isEmpty();
	}

	/**
	 * The handler's page of a worked, rated request, whole and its top 1280 × 1400 px, in
	 * target/screenshots (docs/screenshots/request.png is a copy of the latter).
	 */
	private static void captureHandlerPage(Page page) {
		Path shot = screenshot(page, "flow-handler");
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("readme-request.png"))
			.setFullPage(true)
			.setClip(0, 0, 1280, 1400));
		try {
			assertThat(Files.size(shot)).isGreaterThan(10_000);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
