package se.helhet.browser;

import java.util.LinkedHashMap;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.helhet.organisation.Organisation;
import se.helhet.organisation.StaffView;
import se.helhet.organisation.UnitView;
import se.helhet.platform.Mail;
import se.helhet.platform.Mailer;
import se.helhet.testsupport.BrowserTestSupport;
import se.helhet.testsupport.HelhetIntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 2.1 AA, as far as axe-core can check it, and reflow at 320 px on every page there
 * is (the start pages in {@link StartPageBrowserIntegrationTests}). Leaves screenshots of
 * each page at 1280 and 320 px in target/screenshots for a person to look at.
 */
@HelhetIntegrationTest
class AccessibilityBrowserIntegrationTests extends BrowserTestSupport {

	@Autowired
	Organisation organisation;

	@Autowired
	Mailer mailer;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void loginPageIsAccessibleInSwedishAndEnglishAndAfterAFailedLogin() {
		Map<String, String> problems = new LinkedHashMap<>();
		Page page = this.context.newPage();
		page.navigate(url("/login"));
		check(page, "login", problems);
		page.locator("#username").fill("bestallare");
		page.locator("#password").fill("fel");
		page.locator("form[action='/login'] button[type=submit]").click();
		page.waitForURL(url("/login?fel"));
		check(page, "login-failed", problems);
		page.navigate(url("/login?lang=en"));
		check(page, "login-en", problems);
		page.navigate(url("/tillganglighet?lang=sv"));
		check(page, "tillganglighet-anonymous", problems);
		assertNone(problems);
	}

	@Test
	void organisationAdminPagesAndProfileAreAccessible() {
		UnitView ubf = unitNamed("Utbildningsförvaltningen");
		StaffView staff = this.organisation.staff(unitNamed("Ekonomiavdelningen").id()).getFirst();
		Map<String, String> problems = new LinkedHashMap<>();
		Page page = login("admin");
		visit(page, "/organisation", "organisation", problems);
		visit(page, "/organisation/enheter/" + ubf.id(), "unit", problems);
		visit(page, "/organisation/enheter/ny?typ=UNIT&overordnad=" + ubf.id(), "unit-new", problems);
		visit(page, "/organisation/personal", "staff-list", problems);
		visit(page, "/organisation/personal/" + staff.id(), "staff-form", problems);
		visit(page, "/organisation/personal/ny", "staff-new", problems);
		visit(page, "/organisation/kontakter", "contacts", problems);
		visit(page, "/organisation/kompetenser", "competences", problems);
		visit(page, "/organisation/koncern", "group-form", problems);
		visit(page, "/profil", "profile", problems);
		visit(page, "/tillganglighet", "tillganglighet", problems);
		assertNone(problems);
	}

	@Test
	void absencePagesAreAccessibleForTheLeadAndWithImportErrors() {
		Map<String, String> problems = new LinkedHashMap<>();
		Page page = login("hr-chef");
		visit(page, "/franvaro", "absences", problems);
		visit(page, "/franvaro/kalender", "absence-calendar", problems);
		visit(page, "/franvaro/kalender?lang=en", "absence-calendar-en", problems);
		visit(page, "/franvaro/import?lang=sv", "absence-import", problems);
		page.locator("#csv").fill("anstalld;typ;fran;till\nokand;ledig;2033-05-02;x\n");
		page.locator("main form.stack button[type=submit]").click();
		assertThat(page.locator("#error-summary")).isVisible();
		check(page, "absence-import-errors", problems);
		page.navigate(url("/franvaro"));
		page.locator("#kind").selectOption("SEMESTER");
		page.locator("main form.stack button[type=submit]").click();
		assertThat(page.locator("#error-summary")).isVisible();
		check(page, "absence-form-errors", problems);
		assertNone(problems);
	}

	@Test
	void knowledgePagesAreAccessibleWithAnArticleADocumentsHistoryAndFormErrors() {
		Map<String, String> problems = new LinkedHashMap<>();
		String article = jdbc
			.sql("select id from kn_article where title = 'Så räknar vi semesterlöneskulden i bokslutet'")
			.query(String.class)
			.single();
		String document = jdbc.sql("select id from kn_document where title = 'Kommunikationspolicy'")
			.query(String.class)
			.single();
		Page page = login("hr-chef");
		visit(page, "/kunskap", "knowledge", problems);
		visit(page, "/kunskap?q=semester&lang=en", "knowledge-en", problems);
		visit(page, "/kunskap/artiklar/" + article, "knowledge-article", problems);
		visit(page, "/kunskap/styrdokument", "documents", problems);
		visit(page, "/kunskap/styrdokument/" + document, "document", problems);
		visit(page, "/kunskap/styrdokument/" + document + "/versioner/1", "document-replaced", problems);
		visit(page, "/kunskap/artiklar/ny", "knowledge-article-new", problems);
		page.locator("main form.stack button[type=submit]").click();
		assertThat(page.locator("#error-summary")).isVisible();
		check(page, "knowledge-article-errors", problems);
		assertNone(problems);
	}

	@Test
	void outboxIsAccessibleWithAMailOpen() {
		this.mailer.send(new Mail("maria.lindholm@sjovik.se", "Ditt ärende HR 2026/09999 är registrerat",
				"Hej!\n\nVi har tagit emot ditt ärende HR 2026/09999: Ett provärende med en lång rubrik som ska radbrytas"
						+ "\n\nÖppna ärendet:\nhttp://localhost:8080/arenden/00000000-0000-0000-0000-000000000000\n"));
		Map<String, String> problems = new LinkedHashMap<>();
		Page page = login("admin");
		visit(page, "/admin/utkorg", "outbox", problems);
		page.locator("ul.outbox summary").first().click();
		assertThat(page.locator("ul.outbox .mail-body").first()).isVisible();
		check(page, "outbox-open", problems);
		assertNone(problems);
	}

	@Test
	void formsShowingTheirErrorsAreAccessible() {
		StaffView staff = this.organisation.staff(unitNamed("Ekonomiavdelningen").id()).getFirst();
		Map<String, String> problems = new LinkedHashMap<>();
		Page page = login("admin");

		page.navigate(url("/organisation/personal/" + staff.id()));
		page.getByLabel("Kapacitet (timmar per vecka)").fill("sjuttio");
		page.getByLabel("E-post").fill("inte en adress");
		page.locator("main form.stack button[type=submit]").click();
		assertThat(page.locator("#error-summary")).isVisible();
		check(page, "staff-form-errors", problems);

		page.navigate(url("/organisation/kompetenser"));
		page.locator("main form").first().locator("button[type=submit]").click();
		assertThat(page.locator("main .alert.error")).isVisible();
		check(page, "competences-errors", problems);

		page.navigate(url("/profil"));
		page.locator("form[action='/profil/tokens'] button[type=submit]").click();
		assertThat(page.locator("#token-name-error")).isVisible();
		check(page, "profile-errors", problems);
		assertNone(problems);
	}

	@Test
	void errorPagesAreAccessible() {
		Map<String, String> problems = new LinkedHashMap<>();
		Page page = login("bestallare");
		Response missing = page.navigate(url("/finns-inte"));
		assertThat(missing.status()).isEqualTo(404);
		check(page, "not-found", problems);
		Response forbidden = page.navigate(url("/organisation"));
		assertThat(forbidden.status()).isEqualTo(403);
		check(page, "forbidden", problems);
		assertNone(problems);
	}

	private void visit(Page page, String path, String name, Map<String, String> problems) {
		Response response = page.navigate(url(path));
		assertThat(response.status()).as("status of %s", path).isEqualTo(200);
		check(page, name, problems);
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

	private UnitView unitNamed(String name) {
		return this.organisation.units().stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow();
	}

}
