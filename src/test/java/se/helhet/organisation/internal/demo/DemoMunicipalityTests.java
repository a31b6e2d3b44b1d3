package se.helhet.organisation.internal.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import se.helhet.organisation.internal.demo.DemoMunicipality.Contact;
import se.helhet.organisation.internal.demo.DemoMunicipality.Generated;
import se.helhet.organisation.internal.demo.DemoMunicipality.Staff;
import se.helhet.organisation.internal.demo.DemoMunicipality.Unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The demo municipality generator, without Spring or a database. */
class DemoMunicipalityTests {

	private static final long DEMO_SEED = 20261128L;

	private static final Generated DEMO = new DemoMunicipality(DEMO_SEED, 1).generate();

	@Test
	void sameSeedGivesTheSameOrganisationIdsIncluded() {
		Generated again = new DemoMunicipality(DEMO_SEED, 1).generate();

		assertThat(again).isEqualTo(DEMO);
		assertThat(ids(again.units(), Unit::id)).containsExactlyElementsOf(ids(DEMO.units(), Unit::id));
		assertThat(ids(again.staff(), Staff::id)).containsExactlyElementsOf(ids(DEMO.staff(), Staff::id));
	}

	@Test
	void anotherSeedGivesOtherNamesAndIds() {
		Generated other = new DemoMunicipality(DEMO_SEED + 1, 1).generate();

		assertThat(fullNames(other)).isNotEqualTo(fullNames(DEMO));
		assertThat(ids(other.units(), Unit::id)).doesNotContainAnyElementsOf(ids(DEMO.units(), Unit::id));
	}

	@Test
	void demoScaleHasEightForvaltningarAtTheTop() {
		List<Unit> forvaltningar = ofKind(DEMO, "FORVALTNING");
		assertThat(forvaltningar).hasSize(8).allSatisfy(f -> assertThat(f.parentId()).isNull());
		assertThat(forvaltningar).extracting(Unit::name)
			.contains("Kommunledningsförvaltningen", "Utbildningsförvaltningen", "Omsorgsförvaltningen");
	}

	@Test
	void demoScaleHasAtLeastSixBolagThatDoNotOrderCentralServices() {
		List<Unit> bolag = ofKind(DEMO, "BOLAG");
		assertThat(bolag).hasSizeGreaterThanOrEqualTo(6).allSatisfy(b -> {
			assertThat(b.ordersCentralServices()).as(b.name()).isFalse();
			assertThat(b.parentId()).as(b.name()).isNull();
		});
	}

	@Test
	void demoScaleHasTheThreeCentralFunctionsInKommunledningsforvaltningen() {
		List<Unit> functions = ofKind(DEMO, "FUNCTION");
		assertThat(functions).extracting(Unit::shortName).containsExactlyInAnyOrder("HR", "EK", "KOM");
		UUID klf = DEMO.unitNamed("Kommunledningsförvaltningen").id();
		assertThat(functions).allSatisfy(f -> assertThat(f.parentId()).isEqualTo(klf));
		assertThat(DEMO.centralFunctionsHome()).isEqualTo(klf);
		assertThat(DEMO.functions()).extracting(DemoMunicipality.Function::shortName)
			.containsExactlyInAnyOrder("HR", "EK", "KOM");
	}

	@Test
	void everyUnitOfKindUnitHasAParentThatExists() {
		Set<UUID> ids = ids(DEMO.units(), Unit::id).stream().collect(Collectors.toSet());
		assertThat(ofKind(DEMO, "UNIT")).isNotEmpty()
			.allSatisfy(u -> assertThat(u.parentId()).as(u.name()).isNotNull().isIn(ids));
	}

	@Test
	void demoScaleHas35To45CentralStaff() {
		assertThat(DEMO.staff()).hasSizeBetween(35, 45);
	}

	@Test
	void everyStaffMemberWorksInAFunctionWithAProfessionOfThatFunction() {
		Map<UUID, DemoMunicipality.Function> functions = DEMO.functions()
			.stream()
			.collect(Collectors.toMap(DemoMunicipality.Function::id, f -> f));
		assertThat(DEMO.staff()).allSatisfy(s -> {
			DemoMunicipality.Function function = functions.get(s.functionId());
			assertThat(function).as(s.username()).isNotNull();
			assertThat(function.professions()).as(s.username()).containsEntry(s.profession(), s.professionId());
			assertThat(function.competences().values()).as(s.username()).containsAll(s.competences().keySet());
			assertThat(s.competences().values()).as(s.username()).allSatisfy(l -> assertThat(l).isBetween(1, 3));
		});
	}

	@Test
	void everyForvaltningHasAContactInEachFunctionWhoWorksInThatFunction() {
		Map<UUID, Staff> staff = DEMO.staff().stream().collect(Collectors.toMap(Staff::id, s -> s));
		for (Unit forvaltning : ofKind(DEMO, "FORVALTNING")) {
			for (Unit function : ofKind(DEMO, "FUNCTION")) {
				List<Contact> contacts = DEMO.contacts()
					.stream()
					.filter(c -> c.forvaltningId().equals(forvaltning.id()) && c.functionId().equals(function.id()))
					.toList();
				assertThat(contacts).as("%s i %s", forvaltning.name(), function.shortName()).hasSize(1);
				Staff contact = staff.get(contacts.getFirst().staffId());
				assertThat(contact).as("%s i %s", forvaltning.name(), function.shortName()).isNotNull();
				assertThat(contact.functionId()).isEqualTo(function.id());
			}
		}
	}

	@Test
	void usernamesAreUniqueAndTheLeadsHaveTheDemoAccountNames() {
		assertUniqueUsernames(DEMO);
		assertThat(DEMO.staff().stream().filter(Staff::lead).map(Staff::username)).containsExactlyInAnyOrder("hr-chef",
				"ekonomichef", "kommunikationschef");
		assertThat(DEMO.staff().stream().filter(s -> !s.lead()).map(Staff::username))
			.allSatisfy(u -> assertThat(u).matches("[a-z0-9-]+\\.[a-z0-9-]+\\d*"));
	}

	@Test
	void largerScaleGivesMoreStaffAndUnitsForBenchmarks() {
		Generated large = new DemoMunicipality(DEMO_SEED, 5).generate();

		assertThat(large.staff().size()).isGreaterThan(DEMO.staff().size() * 4);
		assertThat(ofKind(large, "UNIT").size()).isEqualTo(ofKind(DEMO, "UNIT").size() * 5);
		assertThat(ofKind(large, "FORVALTNING")).hasSize(8);
		assertThat(ofKind(large, "FUNCTION")).hasSize(3);
		assertUniqueUsernames(large);
		assertThat(ids(large.units(), Unit::id)).doesNotHaveDuplicates();
		assertThat(ids(large.staff(), Staff::id)).doesNotHaveDuplicates();
	}

	@Test
	void scaleBelowOneIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new DemoMunicipality(DEMO_SEED, 0));
	}

	private static void assertUniqueUsernames(Generated org) {
		List<String> usernames = org.staff().stream().map(Staff::username).toList();
		assertThat(usernames).doesNotContainNull().doesNotHaveDuplicates();
	}

	private static List<Unit> ofKind(Generated org, String kind) {
		return org.units().stream().filter(u -> u.kind().equals(kind)).toList();
	}

	private static Set<String> fullNames(Generated org) {
		return org.staff().stream().map(s -> s.firstName() + " " + s.lastName()).collect(Collectors.toSet());
	}

	private static <T> List<UUID> ids(List<T> items, Function<T, UUID> id) {
		return items.stream().map(id).toList();
	}

}
