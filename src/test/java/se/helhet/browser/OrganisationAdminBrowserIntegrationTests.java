package se.helhet.browser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.helhet.organisation.ContactView;
import se.helhet.organisation.Organisation;
import se.helhet.organisation.Organisation.SaveGroup;
import se.helhet.organisation.Organisation.SaveStaff;
import se.helhet.organisation.StaffView;
import se.helhet.organisation.UnitView;
import se.helhet.testsupport.BrowserTestSupport;
import se.helhet.testsupport.HelhetIntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator's organisation pages in a real browser. The tests share one database
 * with every other integration test, so each puts back what it changed.
 */
@HelhetIntegrationTest
class OrganisationAdminBrowserIntegrationTests extends BrowserTestSupport {

	@Autowired
	Organisation organisation;

	@Test
	void staffFormKeepsEverythingTypedWhenRefusedAndSavesOnceCorrected() {
		StaffView original = hrStaff("Lönespecialist", 0);
		try {
			Page page = login("admin");
			page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Huvudmeny"))
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Organisation"))
				.click();
			assertThat(page.locator("h1")).hasText("Organisation");
			page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Organisationens delar"))
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Medarbetare"))
				.click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(original.fullName()).setExact(true))
				.click();
			assertThat(page.locator("h1")).hasText(original.fullName());

			page.getByLabel("Förnamn").fill("Vilhelmina");
			page.getByLabel("Kapacitet (timmar per vecka)").fill("sjuttio");
			page.getByLabel("Lön och ersättningar", new Page.GetByLabelOptions().setExact(true)).selectOption("2");
			page.getByLabel("Arbetsrätt", new Page.GetByLabelOptions().setExact(true)).selectOption("1");
			page.getByLabel("Generalist").check();
			save(page);

			Locator summary = page.locator("#error-summary");
			assertThat(summary).containsText("Rätta följande och spara igen");
			assertThat(summary.getByRole(AriaRole.LINK))
				.hasText("Skriv kapaciteten som timmar per vecka, t.ex. 40 eller 32,5.");
			assertThat(summary).isFocused();
			Locator capacity = page.getByLabel("Kapacitet (timmar per vecka)");
			assertThat(capacity).hasValue("sjuttio");
			assertThat(capacity).hasAttribute("aria-invalid", "true");
			assertThat(page.locator("#weeklyCapacityHours-error"))
				.hasText("Skriv kapaciteten som timmar per vecka, t.ex. 40 eller 32,5.");
			assertThat(page.getByLabel("Förnamn")).hasValue("Vilhelmina");
			assertThat(page.getByLabel("Efternamn")).hasValue(original.lastName());
			assertThat(page.getByLabel("Lön och ersättningar", new Page.GetByLabelOptions().setExact(true)))
				.hasValue("2");
			assertThat(page.getByLabel("Arbetsrätt", new Page.GetByLabelOptions().setExact(true))).hasValue("1");
			assertThat(page.getByLabel("Generalist")).isChecked();
			assertThat(this.organisation.staffMember(original.id()).orElseThrow().firstName())
				.isEqualTo(original.firstName());

			summary.getByRole(AriaRole.LINK).click();
			assertThat(capacity).isFocused();
			capacity.fill("35");
			save(page);

			assertThat(page.getByRole(AriaRole.STATUS)).hasText("Medarbetaren är sparad.");
			assertThat(page.locator("h1")).hasText("Vilhelmina " + original.lastName());
			page.locator(".breadcrumb")
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Medarbetare"))
				.click();
			Locator row = page.locator("tbody tr")
				.filter(new Locator.FilterOptions().setHas(page.getByRole(AriaRole.LINK,
						new Page.GetByRoleOptions().setName("Vilhelmina " + original.lastName()).setExact(true))));
			assertThat(row).hasCount(1);
			assertThat(row.locator("td.num")).hasText("35 h");
			assertThat(row).containsText("Generalist");
			assertThat(competence(row, "Lön och ersättningar")).hasText("2");
			assertThat(competence(row, "Arbetsrätt")).hasText("1");
		}
		finally {
			restore(original);
		}
	}

	@Test
	void newUnitUnderAForvaltningIsCreatedAndListedUnderIt() {
		UnitView ubf = unitNamed("Utbildningsförvaltningen");
		long unitsBefore = this.organisation.units().stream().filter(u -> ubf.id().equals(u.parentId())).count();
		Page page = login("admin");
		page.navigate(url("/organisation"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Utbildningsförvaltningen").setExact(true))
			.click();
		assertThat(page.locator("h1")).hasText("Utbildningsförvaltningen");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ny enhet under Utbildningsförvaltningen"))
			.click();

		assertThat(page.locator("h1")).hasText("Ny enhet");
		assertThat(page.getByLabel("Typ")).hasValue("UNIT");
		assertThat(page.getByLabel("Överordnad enhet")).hasValue(ubf.id().toString());
		page.getByLabel("Namn").fill("Musikskolan");
		page.getByLabel("Beskrivning").fill("Kulturskola för barn och unga: instrument, sång och ensemble.");
		save(page);

		assertThat(page).hasURL(Pattern.compile(".*/organisation/enheter/[0-9a-f-]{36}$"));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Enheten är sparad.");
		assertThat(page.locator("h1")).hasText("Musikskolan");
		page.locator(".breadcrumb")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Utbildningsförvaltningen"))
			.click();
		Locator children = page.locator("section[aria-labelledby=children-heading] .item-list > li");
		assertThat(children).hasCount((int) unitsBefore + 1);
		assertThat(children.filter(new Locator.FilterOptions().setHasText("Musikskolan"))).hasCount(1);

		page.navigate(url("/organisation"));
		Locator ubfRow = page.locator("#forvaltningar ~ .table-wrap tbody tr")
			.filter(new Locator.FilterOptions().setHasText("Utbildningsförvaltningen"));
		assertThat(ubfRow.locator("td").nth(2)).hasText(String.valueOf(unitsBefore + 1));
	}

	@Test
	void forvaltningsContactIsChangedOnTheContactsPage() {
		UnitView mhf = unitNamed("Miljö- och hälsoskyddsförvaltningen");
		UnitView hr = unitNamed("HR-avdelningen");
		StaffView before = contactOf(mhf, hr);
		StaffView next = this.organisation.staff(hr.id())
			.stream()
			.filter(s -> s.profession().equals(before.profession()) && !s.id().equals(before.id()))
			.findFirst()
			.orElseThrow();
		try {
			Page page = login("admin");
			page.navigate(url("/organisation"));
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kontakter per förvaltning")).click();
			Locator select = page.getByLabel("HR-avdelningen, kontakt för Miljö- och hälsoskyddsförvaltningen");
			assertThat(select).hasValue(before.id().toString());
			select.selectOption(next.id().toString());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara kontakter")).click();

			assertThat(page.getByRole(AriaRole.STATUS)).hasText("Kontakterna är sparade.");
			assertThat(page.getByLabel("HR-avdelningen, kontakt för Miljö- och hälsoskyddsförvaltningen"))
				.hasValue(next.id().toString());
			assertThat(contactOf(mhf, hr).id()).isEqualTo(next.id());
			page.navigate(url("/organisation/personal/" + next.id()));
			assertThat(page.locator("section[aria-labelledby=contact-heading]"))
				.containsText("Miljö- och hälsoskyddsförvaltningen");
		}
		finally {
			this.organisation.saveContact(mhf.id(), hr.id(), before.id());
		}
	}

	@Test
	void municipalityNameEditedByTheAdministratorIsShownInTheHeader() {
		var original = this.organisation.group();
		try {
			Page page = login("admin");
			Locator municipality = page.locator("header .brand-municipality");
			assertThat(municipality).hasText(original.municipalityName());
			page.navigate(url("/organisation"));
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ändra koncernens uppgifter")).click();

			page.getByLabel("Kommunens namn").fill("Storsjöviks kommun");
			save(page);
			assertThat(page).hasURL(url("/organisation"));
			assertThat(page.getByRole(AriaRole.STATUS)).hasText("Koncernens uppgifter är sparade.");
			assertThat(municipality).hasText("Storsjöviks kommun");
			page.navigate(url("/"));
			assertThat(municipality).hasText("Storsjöviks kommun");

			page.navigate(url("/organisation/koncern"));
			assertThat(page.getByLabel("Kommunens namn")).hasValue("Storsjöviks kommun");
			page.getByLabel("Kommunens namn").fill(original.municipalityName());
			save(page);
			assertThat(municipality).hasText(original.municipalityName());
		}
		finally {
			if (!this.organisation.group().municipalityName().equals(original.municipalityName())) {
				this.organisation
					.saveGroup(new SaveGroup(original.name(), original.municipalityName(), original.orgNumber(), null));
			}
		}
	}

	@Test
	void secondOfTwoAdminsSavingTheSameStaffMemberGetsTheConflictAndKeepsWhatTheyTyped() {
		StaffView original = hrStaff("Lönespecialist", 1);
		BrowserContext otherContext = newContext(1280, 800);
		try {
			Page first = login(this.context, "admin");
			Page second = login(otherContext, "admin");
			first.navigate(url("/organisation/personal/" + original.id()));
			second.navigate(url("/organisation/personal/" + original.id()));

			first.getByLabel("Telefon").fill("0470-11 22 33");
			save(first);
			assertThat(first.getByRole(AriaRole.STATUS)).hasText("Medarbetaren är sparad.");

			second.getByLabel("Efternamn").fill("Nyberg");
			second.getByLabel("Kapacitet (timmar per vecka)").fill("30");
			save(second);

			Locator conflict = second.locator("#conflict");
			assertThat(conflict).hasAttribute("role", "alert");
			assertThat(conflict.getByRole(AriaRole.HEADING)).hasText("Någon annan har ändrat samtidigt");
			assertThat(conflict).containsText("Någon annan har ändrat " + original.fullName());
			assertThat(second.getByLabel("Efternamn")).hasValue("Nyberg");
			assertThat(second.getByLabel("Kapacitet (timmar per vecka)")).hasValue("30");
			assertThat(second.getByLabel("Telefon")).hasValue(original.phone());

			StaffView stored = this.organisation.staffMember(original.id()).orElseThrow();
			assertThat(stored.phone()).isEqualTo("0470-11 22 33");
			assertThat(stored.lastName()).isEqualTo(original.lastName());
			assertThat(stored.weeklyCapacityHours()).isEqualByComparingTo(original.weeklyCapacityHours());
		}
		finally {
			otherContext.close();
			restore(original);
		}
	}

	private static void save(Page page) {
		page.locator("main form.stack")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Spara"))
			.click();
		page.waitForLoadState();
	}

	/** The level shown for a competence in a row of the staff list. */
	private static Locator competence(Locator row, String name) {
		return row.locator(".competence").filter(new Locator.FilterOptions().setHasText(name)).locator(".level");
	}

	private StaffView hrStaff(String profession, int index) {
		List<StaffView> staff = this.organisation.staff(unitNamed("HR-avdelningen").id())
			.stream()
			.filter(s -> s.profession().equals(profession))
			.toList();
		return staff.get(index);
	}

	private StaffView contactOf(UnitView forvaltning, UnitView function) {
		return this.organisation.contactsOf(forvaltning.id())
			.stream()
			.filter(c -> c.functionId().equals(function.id()))
			.map(ContactView::staff)
			.findFirst()
			.orElseThrow();
	}

	private UnitView unitNamed(String name) {
		return this.organisation.units().stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow();
	}

	/** Puts a staff member back as the demo had them, for the tests that come after. */
	private void restore(StaffView original) {
		Map<UUID, Integer> levels = new LinkedHashMap<>();
		original.competences().forEach(c -> levels.put(c.competenceId(), c.level()));
		this.organisation.saveStaff(new SaveStaff(original.id(), original.functionId(), original.firstName(),
				original.lastName(), original.email(), original.phone(), original.professionId(), original.specialist(),
				original.weeklyCapacityHours().toPlainString(), levels, null));
	}

}
