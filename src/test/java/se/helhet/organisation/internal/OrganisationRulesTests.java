package se.helhet.organisation.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import se.helhet.organisation.Organisation.SaveGroup;
import se.helhet.organisation.Organisation.SaveStaff;
import se.helhet.organisation.Organisation.SaveUnit;
import se.helhet.organisation.UnitKind;
import se.helhet.organisation.UnitView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organisation rules without Spring or a database. The fixture is a small group: a
 * förvaltning with a unit that has a sub-unit, a bolag, and the HR function under the
 * förvaltning.
 */
class OrganisationRulesTests {

	private static final UnitView FORVALTNING = unit(UnitKind.FORVALTNING, "Utbildningsförvaltningen", null, null);

	private static final UnitView SCHOOL = unit(UnitKind.UNIT, "Norrängsskolan", null, FORVALTNING.id());

	private static final UnitView CLASS = unit(UnitKind.UNIT, "Årskurs 4", null, SCHOOL.id());

	private static final UnitView BOLAG = unit(UnitKind.BOLAG, "Sjövikshem AB", null, null);

	private static final UnitView HR = unit(UnitKind.FUNCTION, "HR-avdelningen", "HR", FORVALTNING.id());

	private static final Map<UUID, UnitView> UNITS = Map.of(FORVALTNING.id(), FORVALTNING, SCHOOL.id(), SCHOOL,
			CLASS.id(), CLASS, BOLAG.id(), BOLAG, HR.id(), HR);

	private static final Function<UUID, Optional<UnitView>> LOOKUP = id -> Optional.ofNullable(UNITS.get(id));

	// Units

	@Test
	void unitWithNameKindAndParentIsAccepted() {
		assertThat(checkUnit(newUnit(UnitKind.UNIT, "Sjöstrandsskolan", null, FORVALTNING.id()))).isEmpty();
	}

	@Test
	void unitWithoutNameIsRefusedWithAMessageSayingWhatToWrite() {
		assertThat(checkUnit(newUnit(UnitKind.UNIT, "   ", null, FORVALTNING.id())))
			.containsEntry("name", "Skriv enhetens namn.")
			.hasSize(1);
		assertThat(checkUnit(newUnit(UnitKind.UNIT, null, null, FORVALTNING.id()))).containsKey("name");
	}

	@Test
	void unitNameLongerThan200CharactersIsRefused() {
		assertThat(checkUnit(newUnit(UnitKind.UNIT, "a".repeat(201), null, FORVALTNING.id()))).containsEntry("name",
				"Texten får vara högst 200 tecken.");
		assertThat(checkUnit(newUnit(UnitKind.UNIT, "a".repeat(200), null, FORVALTNING.id()))).isEmpty();
	}

	@Test
	void unitWithoutKindIsRefused() {
		assertThat(checkUnit(newUnit(null, "Något", null, null))).containsEntry("kind",
				"Välj vilken sorts enhet det är.");
	}

	@Test
	void unitOfKindUnitNeedsAParent() {
		assertThat(checkUnit(newUnit(UnitKind.UNIT, "Fritidsgården", null, null))).containsOnlyKeys("parentId")
			.hasEntrySatisfying("parentId", message -> assertThat(message).contains("Välj vilken"));
	}

	@Test
	void unitCanLieUnderAnotherUnitOrABolag() {
		assertThat(checkUnit(newUnit(UnitKind.UNIT, "Klassrum", null, CLASS.id()))).isEmpty();
		assertThat(checkUnit(newUnit(UnitKind.UNIT, "Fastighetsskötsel", null, BOLAG.id()))).isEmpty();
	}

	@Test
	void parentThatDoesNotExistIsRefused() {
		assertThat(checkUnit(newUnit(UnitKind.UNIT, "Fritidsgården", null, UUID.randomUUID())))
			.containsEntry("parentId", "Den överordnade enheten finns inte längre. Välj en annan.");
	}

	@ParameterizedTest
	@EnumSource(value = UnitKind.class, names = { "FORVALTNING", "BOLAG" })
	void forvaltningarAndBolagLieAtTheTopOfTheGroup(UnitKind kind) {
		assertThat(checkUnit(newUnit(kind, "Ny", null, null))).isEmpty();
		assertThat(checkUnit(newUnit(kind, "Ny", null, FORVALTNING.id()))).containsEntry("parentId",
				"Förvaltningar och bolag ligger direkt under koncernen. Välj ingen överordnad enhet.");
	}

	@Test
	void centralFunctionNeedsAShortName() {
		assertThat(checkUnit(newUnit(UnitKind.FUNCTION, "Juridik", " ", FORVALTNING.id())))
			.containsOnlyKeys("shortName");
		assertThat(checkUnit(newUnit(UnitKind.FUNCTION, "Juridik", "JUR", FORVALTNING.id()))).isEmpty();
	}

	@Test
	void centralFunctionCanOnlyLieUnderAForvaltning() {
		assertThat(checkUnit(newUnit(UnitKind.FUNCTION, "Juridik", "JUR", SCHOOL.id()))).containsEntry("parentId",
				"En central funktion kan bara ligga under en förvaltning.");
		assertThat(checkUnit(newUnit(UnitKind.FUNCTION, "Juridik", "JUR", BOLAG.id()))).containsKey("parentId");
	}

	@Test
	void shortNameLongerThan20CharactersIsRefused() {
		assertThat(checkUnit(newUnit(UnitKind.UNIT, "Enhet", "X".repeat(21), FORVALTNING.id())))
			.containsKey("shortName");
	}

	@Test
	void unitCannotBeMovedUnderItself() {
		assertThat(checkUnit(move(SCHOOL, SCHOOL.id()))).containsEntry("parentId",
				"En enhet kan inte ligga under sig själv.");
	}

	@Test
	void unitCannotBeMovedUnderItsOwnDescendant() {
		assertThat(checkUnit(move(SCHOOL, CLASS.id()))).containsEntry("parentId",
				"Den valda enheten ligger redan under den här enheten. Välj en annan.");
	}

	@Test
	void unitCanBeMovedUnderAnotherBranch() {
		assertThat(checkUnit(move(CLASS, BOLAG.id()))).isEmpty();
		assertThat(checkUnit(move(CLASS, FORVALTNING.id()))).isEmpty();
	}

	@Test
	void bolagDoNotOrderCentralServicesByDefault() {
		assertThat(OrganisationRules.ordersCentralServicesByDefault(UnitKind.BOLAG)).isFalse();
	}

	@ParameterizedTest
	@EnumSource(value = UnitKind.class, names = "BOLAG", mode = EnumSource.Mode.EXCLUDE)
	void everyOtherKindOrdersCentralServicesByDefault(UnitKind kind) {
		assertThat(OrganisationRules.ordersCentralServicesByDefault(kind)).isTrue();
	}

	// Staff

	@Test
	void completeStaffMemberIsAccepted() {
		assertThat(OrganisationRules.checkStaff(staff("40", Map.of()))).isEmpty();
	}

	@Test
	void capacityWithASwedishDecimalCommaIsAccepted() {
		assertThat(OrganisationRules.parseHours("32,5")).isEqualByComparingTo(new BigDecimal("32.5"));
		assertThat(OrganisationRules.parseHours("32.5")).isEqualByComparingTo(new BigDecimal("32.5"));
		assertThat(OrganisationRules.checkStaff(staff("32,5", Map.of()))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "sjuttio", "", " ", "40 timmar" })
	void capacityThatIsNotANumberIsRefused(String typed) {
		assertThat(OrganisationRules.checkStaff(staff(typed, Map.of()))).containsEntry("weeklyCapacityHours",
				"Skriv kapaciteten som timmar per vecka, t.ex. 40 eller 32,5.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "0,5", "60,5", "61", "-4" })
	void capacityOutside1To60HoursIsRefused(String typed) {
		assertThat(OrganisationRules.checkStaff(staff(typed, Map.of()))).containsEntry("weeklyCapacityHours",
				"Kapaciteten ska vara mellan 1 och 60 timmar per vecka.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "1", "60" })
	void capacityAtTheLimitsIsAccepted(String typed) {
		assertThat(OrganisationRules.checkStaff(staff(typed, Map.of()))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 3 })
	void competenceLevels1To3AreAccepted(int level) {
		assertThat(OrganisationRules.checkStaff(staff("40", Map.of(UUID.randomUUID(), level)))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 4, -1 })
	void competenceLevelsOutside1To3AreRefused(int level) {
		assertThat(OrganisationRules.checkStaff(staff("40", Map.of(UUID.randomUUID(), 2, UUID.randomUUID(), level))))
			.containsEntry("competences", "Kompetensnivån ska vara 1, 2 eller 3 (eller ingen).");
	}

	@Test
	void competenceWithoutLevelIsRefused() {
		Map<UUID, Integer> levels = new HashMap<>();
		levels.put(UUID.randomUUID(), null);
		assertThat(OrganisationRules.checkStaff(staff("40", levels))).containsKey("competences");
	}

	@Test
	void staffMemberNeedsFunctionNamesEmailAndProfession() {
		SaveStaff empty = new SaveStaff(null, null, " ", null, "", null, null, false, "40", Map.of(), null);
		assertThat(OrganisationRules.checkStaff(empty)).containsOnlyKeys("functionId", "firstName", "lastName", "email",
				"professionId");
	}

	@ParameterizedTest
	@ValueSource(strings = { "anna.ek", "anna.ek@sjovik", "anna ek@sjovik.se", "@sjovik.se" })
	void emailThatDoesNotLookLikeAnAddressIsRefused(String email) {
		SaveStaff staff = new SaveStaff(null, HR.id(), "Anna", "Ek", email, null, UUID.randomUUID(), false, "40",
				Map.of(), null);
		assertThat(OrganisationRules.checkStaff(staff)).containsEntry("email",
				"E-postadressen ser inte rätt ut. Skriv den som namn@kommun.se.");
	}

	// Group

	@Test
	void groupWithOrganisationNumberInTheSwedishFormatIsAccepted() {
		assertThat(OrganisationRules.checkGroup(group("212000-0999"))).isEmpty();
	}

	@Test
	void groupWithoutOrganisationNumberIsAccepted() {
		assertThat(OrganisationRules.checkGroup(group(null))).isEmpty();
		assertThat(OrganisationRules.checkGroup(group(" "))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "2120000999", "212000-099", "21200-09999", "abcdef-ghij", "212000 0999" })
	void organisationNumberInAnotherFormatIsRefused(String orgNumber) {
		assertThat(OrganisationRules.checkGroup(group(orgNumber))).containsEntry("orgNumber",
				"Organisationsnumret skrivs som tio siffror med bindestreck, t.ex. 212000-0000.");
	}

	@Test
	void groupNeedsItsNameAndTheMunicipalitysName() {
		assertThat(OrganisationRules.checkGroup(new SaveGroup("", " ", null, 0))).containsOnlyKeys("name",
				"municipalityName");
	}

	private static Map<String, String> checkUnit(SaveUnit unit) {
		return OrganisationRules.checkUnit(unit, LOOKUP);
	}

	private static SaveUnit newUnit(UnitKind kind, String name, String shortName, UUID parentId) {
		return new SaveUnit(null, kind, name, shortName, parentId, null, null, null);
	}

	private static SaveUnit move(UnitView unit, UUID newParent) {
		return new SaveUnit(unit.id(), unit.kind(), unit.name(), unit.shortName(), newParent, null, null,
				unit.version());
	}

	private static SaveStaff staff(String capacity, Map<UUID, Integer> competences) {
		return new SaveStaff(null, HR.id(), "Anna", "Ek", "anna.ek@sjovik.se", "0470-12 34 56", UUID.randomUUID(),
				false, capacity, competences, null);
	}

	private static SaveGroup group(String orgNumber) {
		return new SaveGroup("Sjöviks kommunkoncern", "Sjöviks kommun", orgNumber, 0);
	}

	private static UnitView unit(UnitKind kind, String name, String shortName, UUID parentId) {
		return new UnitView(UUID.randomUUID(), kind, name, shortName, parentId, kind != UnitKind.BOLAG, null, 0);
	}

}
