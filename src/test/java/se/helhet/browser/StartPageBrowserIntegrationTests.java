package se.helhet.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import se.helhet.organisation.Organisation;
import se.helhet.organisation.StaffView;
import se.helhet.organisation.UnitKind;
import se.helhet.organisation.UnitView;
import se.helhet.platform.Accounts;
import se.helhet.platform.CurrentUser;
import se.helhet.testsupport.BrowserTestSupport;
import se.helhet.testsupport.HelhetIntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every role's start page, logged in through the form. Each is also checked with axe and
 * at 320 px here, so that the slow part, logging in, happens once per role.
 */
@HelhetIntegrationTest
class StartPageBrowserIntegrationTests extends BrowserTestSupport {

	/** The start page shown in the README. */
	static final Path README_SCREENSHOT = Paths.get("docs", "screenshots", "start.png");

	@Autowired
	Organisation organisation;

	@Autowired
	Accounts accounts;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "bestallare", "handlaggare", "hr-chef", "ekonomichef", "kommunikationschef",
			"forvaltningschef", "kommundirektor", "redaktor", "facklig", "admin" })
	void eachDemoAccountLogsInThroughTheFormAndSeesAnAccessibleStartPageForItsRole(String username) {
		CurrentUser user = this.accounts.findByUsername(username).orElseThrow();
		Page page = login(username);

		assertThat(page.locator("h1")).hasText("Hej " + user.displayName() + "!");
		assertThat(page.locator(".who-name")).hasText(user.displayName());
		switch (username) {
			case "bestallare" -> {
				card(page, "Mina ärenden");
				Locator order = card(page, "Beställ stöd");
				assertThat(order).containsText("Utbildningsförvaltningen");
				UnitView ubf = unitNamed("Utbildningsförvaltningen");
				List<String> contacts = this.organisation.contactsOf(ubf.id())
					.stream()
					.map(c -> c.staff().fullName())
					.toList();
				assertThat(contacts).hasSize(this.organisation.functions().size());
				contacts.forEach(name -> assertThat(order).containsText(name));
			}
			case "handlaggare" -> {
				card(page, "Min kö");
				Locator assignment = card(page, "Mitt uppdrag");
				StaffView me = this.organisation.staffMember(user.staffId()).orElseThrow();
				assertThat(assignment).containsText(me.profession());
				assertThat(assignment).containsText("Utbildningsförvaltningen");
			}
			case "hr-chef" -> assertDepartment(page, "HR-avdelningen");
			case "ekonomichef" -> assertDepartment(page, "Ekonomiavdelningen");
			case "kommunikationschef" -> assertDepartment(page, "Kommunikationsavdelningen");
			case "forvaltningschef" -> {
				UnitView ubf = unitNamed("Utbildningsförvaltningen");
				Locator forvaltning = card(page, ubf.name());
				this.organisation.units()
					.stream()
					.filter(u -> ubf.id().equals(u.parentId()) && u.kind() == UnitKind.UNIT)
					.forEach(u -> assertThat(forvaltning).containsText(u.name()));
				assertThat(forvaltning).containsText("Norrängsskolan");
				card(page, "Beställ stöd");
			}
			case "kommundirektor" -> {
				Locator group = card(page, "Koncernen");
				this.organisation.functions().forEach(f -> assertThat(group).containsText(f.name()));
			}
			case "redaktor" -> assertThat(card(page, "Evenemang och Kulturnatten")).containsText("Kulturnatt");
			case "facklig" -> card(page, "Samverkan");
			case "admin" -> {
				Locator org = card(page, "Organisationen");
				assertThat(org.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Visa organisationen")))
					.isVisible();
				assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Huvudmeny"))
					.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Organisation"))).isVisible();
				Locator mail = card(page, "E-post");
				assertThat(mail).containsText("Ingen e-postserver är inställd");
				assertThat(mail.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Öppna utkorgen")))
					.hasAttribute("href", "/admin/utkorg");
			}
			default -> throw new IllegalArgumentException(username);
		}
		if (!"admin".equals(username)) {
			assertThat(page.locator("nav.main-nav a[href='/organisation']")).hasCount(0);
		}
		if ("hr-chef".equals(username)) {
			captureForReadme(page);
		}
		assertThat(inspect(page, "start-" + username)).as("WCAG 2.1 AA and reflow on the start page of %s", username)
			.isEmpty();
	}

	@Test
	void wrongPasswordShowsTheSwedishErrorAndKeepsThePersonOnTheLoginPage() {
		Page page = this.context.newPage();
		page.navigate(url("/login"));
		page.locator("#username").fill("bestallare");
		page.locator("#password").fill("fel-losenord");
		page.locator("form[action='/login'] button[type=submit]").click();

		page.waitForURL(url("/login?fel"));
		assertThat(page.getByRole(AriaRole.ALERT))
			.hasText("Användarnamnet eller lösenordet stämmer inte. Kontrollera stavningen och försök igen.");
		assertThat(page.locator(".who-name")).hasCount(0);
	}

	@Test
	void logoutEndsTheSessionAndTheStartPageAsksForLoginAgain() {
		Page page = login("handlaggare");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga ut")).click();

		page.waitForURL(url("/login?utloggad"));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Du är utloggad.");
		page.navigate(url("/"));
		assertThat(page).hasURL(url("/login"));
		assertThat(page.locator("h1")).hasText("Logga in");
	}

	/**
	 * The function lead's start page at 1280×800 in docs/, for the README; rewritten only
	 * when the page looks different, so that a test run leaves git clean.
	 */
	private static void captureForReadme(Page page) {
		try {
			Path shot = SCREENSHOTS.resolve("readme-start.png");
			Files.createDirectories(SCREENSHOTS);
			page.screenshot(new Page.ScreenshotOptions().setPath(shot));
			assertThat(Files.size(shot)).isGreaterThan(10_000);
			if (!Files.exists(README_SCREENSHOT) || Files.mismatch(shot, README_SCREENSHOT) != -1) {
				Files.createDirectories(README_SCREENSHOT.getParent());
				Files.copy(shot, README_SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void assertDepartment(Page page, String function) {
		UnitView unit = unitNamed(function);
		List<StaffView> staff = this.organisation.staff(unit.id());
		Locator department = card(page, "Min avdelning: " + function);
		assertThat(staff).hasSizeGreaterThan(5);
		assertThat(department.locator(".item-list > li")).hasCount(staff.size());
		staff.forEach(s -> assertThat(department).containsText(s.fullName()));
	}

	/** The start page card with exactly this heading; fails when there is none. */
	private static Locator card(Page page, String heading) {
		Locator card = page.locator("section.card")
			.filter(new Locator.FilterOptions().setHas(page.getByRole(AriaRole.HEADING,
					new Page.GetByRoleOptions().setName(heading).setExact(true).setLevel(2))));
		assertThat(card).hasCount(1);
		return card;
	}

	private UnitView unitNamed(String name) {
		return this.organisation.units().stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow();
	}

}
