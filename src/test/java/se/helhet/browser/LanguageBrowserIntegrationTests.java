package se.helhet.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import se.helhet.testsupport.BrowserTestSupport;
import se.helhet.testsupport.HelhetIntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@HelhetIntegrationTest
class LanguageBrowserIntegrationTests extends BrowserTestSupport {

	@Test
	void loginPageSwitchesToEnglishThroughTheHeaderLinkAndBack() {
		Page page = this.context.newPage();
		page.navigate(url("/login"));
		assertThat(page.locator("html")).hasAttribute("lang", "sv");
		assertThat(page.locator("h1")).hasText("Logga in");

		languageLink(page, "English").click();
		page.waitForURL(url("/login?lang=en"));
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page.locator("h1")).hasText("Log in");
		assertThat(page.locator("label[for=username]")).hasText("Username");
		assertThat(page).hasTitle("Log in – Helhet");

		languageLink(page, "Svenska").click();
		page.waitForURL(url("/login?lang=sv"));
		assertThat(page.locator("html")).hasAttribute("lang", "sv");
		assertThat(page.locator("h1")).hasText("Logga in");
		assertThat(page.locator("label[for=username]")).hasText("Användarnamn");
	}

	@Test
	void startPageSwitchesToEnglishAndTheChoiceLastsUntilSwitchedBack() {
		Page page = login("bestallare");
		assertThat(page.locator("html")).hasAttribute("lang", "sv");
		assertThat(page.locator("h1")).hasText("Hej Maria Lindholm!");

		languageLink(page, "English").click();
		page.waitForURL(url("/?lang=en"));
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page.locator("h1")).hasText("Hello Maria Lindholm!");
		assertThat(heading(page, "My cases")).isVisible();
		assertThat(heading(page, "Order support")).isVisible();
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out"))).isVisible();

		// the choice is remembered: a page opened without ?lang stays in English
		page.navigate(url("/profil"));
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		page.navigate(url("/"));
		assertThat(page.locator("h1")).hasText("Hello Maria Lindholm!");

		languageLink(page, "Svenska").click();
		page.waitForURL(url("/?lang=sv"));
		assertThat(page.locator("html")).hasAttribute("lang", "sv");
		assertThat(page.locator("h1")).hasText("Hej Maria Lindholm!");
		assertThat(heading(page, "Mina ärenden")).isVisible();
		assertThat(heading(page, "Beställ stöd")).isVisible();
	}

	@Test
	void switchingLanguageKeepsTheChosenServiceAndFilters() {
		Page page = login("handlaggare");
		page.navigate(url("/arenden?vy=alla&status=STANGD"));
		languageLink(page, "English").click();
		page.waitForURL(url("/arenden?vy=alla&status=STANGD&lang=en"));
		assertThat(page.locator("html")).hasAttribute("lang", "en");

		languageLink(page, "Svenska").click();
		page.waitForURL(url("/arenden?vy=alla&status=STANGD&lang=sv"));
		assertThat(page.locator("html")).hasAttribute("lang", "sv");
	}

	/**
	 * The header link that switches language; it is written in the language it leads to.
	 */
	private static Locator languageLink(Page page, String name) {
		Locator link = page.locator("header a.lang-switch");
		assertThat(link).hasText(name);
		assertThat(link).hasAttribute("lang", "English".equals(name) ? "en" : "sv");
		return link;
	}

	private static Locator heading(Page page, String name) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}
