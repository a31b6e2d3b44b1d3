package se.helhet.organisation.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import se.helhet.organisation.Organisation.SaveGroup;
import se.helhet.organisation.Organisation.SaveStaff;
import se.helhet.organisation.Organisation.SaveUnit;
import se.helhet.organisation.UnitKind;
import se.helhet.organisation.UnitView;

/**
 * The rules an organisation change must keep, without Spring. Each broken rule maps the
 * field to a Swedish message that says what to do.
 */
final class OrganisationRules {

	static final BigDecimal MIN_CAPACITY = BigDecimal.ONE;

	static final BigDecimal MAX_CAPACITY = new BigDecimal("60");

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private static final Pattern ORG_NUMBER = Pattern.compile("^\\d{6}-\\d{4}$");

	private OrganisationRules() {
	}

	static Map<String, String> checkUnit(SaveUnit unit, Function<UUID, Optional<UnitView>> units) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (unit.kind() == null) {
			errors.put("kind", "Välj vilken sorts enhet det är.");
		}
		requireText(errors, "name", unit.name(), 200, "Skriv enhetens namn.");
		if (unit.shortName() != null && unit.shortName().strip().length() > 20) {
			errors.put("shortName", "Förkortningen får vara högst 20 tecken.");
		}
		if (unit.description() != null && unit.description().length() > 1000) {
			errors.put("description", "Beskrivningen får vara högst 1000 tecken.");
		}
		Optional<UnitView> parent = unit.parentId() == null ? Optional.empty() : units.apply(unit.parentId());
		if (unit.parentId() != null && parent.isEmpty()) {
			errors.put("parentId", "Den överordnade enheten finns inte längre. Välj en annan.");
		}
		if (unit.kind() == UnitKind.UNIT && unit.parentId() == null) {
			errors.put("parentId",
					"En enhet ligger under en förvaltning, ett bolag eller en annan enhet. Välj vilken.");
		}
		if ((unit.kind() == UnitKind.FORVALTNING || unit.kind() == UnitKind.BOLAG) && unit.parentId() != null) {
			errors.put("parentId",
					"Förvaltningar och bolag ligger direkt under koncernen. Välj ingen överordnad enhet.");
		}
		if (unit.kind() == UnitKind.FUNCTION && parent.filter(p -> p.kind() != UnitKind.FORVALTNING).isPresent()) {
			errors.put("parentId", "En central funktion kan bara ligga under en förvaltning.");
		}
		if (unit.kind() == UnitKind.FUNCTION && isBlank(unit.shortName())) {
			errors.put("shortName", "En central funktion behöver en förkortning, t.ex. HR; den inleder ärendenumren.");
		}
		if (unit.id() != null && unit.id().equals(unit.parentId())) {
			errors.put("parentId", "En enhet kan inte ligga under sig själv.");
		}
		else if (unit.id() != null && unit.parentId() != null && isBelow(unit.parentId(), unit.id(), units)) {
			errors.put("parentId", "Den valda enheten ligger redan under den här enheten. Välj en annan.");
		}
		return errors;
	}

	/**
	 * Bolag are outside the central services unless the administrator decides otherwise.
	 */
	static boolean ordersCentralServicesByDefault(UnitKind kind) {
		return kind != UnitKind.BOLAG;
	}

	static Map<String, String> checkStaff(SaveStaff staff) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (staff.functionId() == null) {
			errors.put("functionId", "Välj vilken central funktion personen arbetar i.");
		}
		requireText(errors, "firstName", staff.firstName(), 100, "Skriv förnamnet.");
		requireText(errors, "lastName", staff.lastName(), 100, "Skriv efternamnet.");
		if (isBlank(staff.email())) {
			errors.put("email", "Skriv e-postadressen.");
		}
		else if (!EMAIL.matcher(staff.email().strip()).matches() || staff.email().length() > 200) {
			errors.put("email", "E-postadressen ser inte rätt ut. Skriv den som namn@kommun.se.");
		}
		if (staff.phone() != null && staff.phone().strip().length() > 40) {
			errors.put("phone", "Telefonnumret får vara högst 40 tecken.");
		}
		if (staff.professionId() == null) {
			errors.put("professionId", "Välj yrke.");
		}
		BigDecimal capacity = parseHours(staff.weeklyCapacityHours());
		if (capacity == null) {
			errors.put("weeklyCapacityHours", "Skriv kapaciteten som timmar per vecka, t.ex. 40 eller 32,5.");
		}
		else if (capacity.compareTo(MIN_CAPACITY) < 0 || capacity.compareTo(MAX_CAPACITY) > 0) {
			errors.put("weeklyCapacityHours", "Kapaciteten ska vara mellan 1 och 60 timmar per vecka.");
		}
		if (staff.competences() != null) {
			for (Integer level : staff.competences().values()) {
				if (level == null || level < 1 || level > 3) {
					errors.put("competences", "Kompetensnivån ska vara 1, 2 eller 3 (eller ingen).");
					break;
				}
			}
		}
		return errors;
	}

	static Map<String, String> checkGroup(SaveGroup group) {
		Map<String, String> errors = new LinkedHashMap<>();
		requireText(errors, "name", group.name(), 200, "Skriv koncernens namn.");
		requireText(errors, "municipalityName", group.municipalityName(), 200, "Skriv kommunens namn.");
		if (!isBlank(group.orgNumber()) && !ORG_NUMBER.matcher(group.orgNumber().strip()).matches()) {
			errors.put("orgNumber", "Organisationsnumret skrivs som tio siffror med bindestreck, t.ex. 212000-0000.");
		}
		return errors;
	}

	/** Hours with a Swedish decimal comma or a point; null when it is not a number. */
	static BigDecimal parseHours(String text) {
		if (isBlank(text)) {
			return null;
		}
		try {
			return new BigDecimal(text.strip().replace(',', '.').replace(" ", ""));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static boolean isBelow(UUID candidate, UUID ancestor, Function<UUID, Optional<UnitView>> units) {
		UUID current = candidate;
		for (int depth = 0; current != null && depth < 50; depth++) {
			if (current.equals(ancestor)) {
				return true;
			}
			current = units.apply(current).map(UnitView::parentId).orElse(null);
		}
		return false;
	}

	private static void requireText(Map<String, String> errors, String field, String value, int max, String message) {
		if (isBlank(value)) {
			errors.put(field, message);
		}
		else if (value.strip().length() > max) {
			errors.put(field, "Texten får vara högst " + max + " tecken.");
		}
	}

	static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
