package se.helhet.organisation.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.helhet.organisation.NamedItem;
import se.helhet.organisation.StaffView;
import se.helhet.organisation.UnitView;

/**
 * The organisation forms exactly as typed, so that a refused form shows the user's own
 * input.
 */
public final class OrganisationForms {

	private OrganisationForms() {
	}

	/** The group form as typed. */
	public record GroupForm(String name, String municipalityName, String orgNumber, String version) {
	}

	/**
	 * The unit form as typed. A browser does not send an unticked checkbox at all, so a
	 * missing ordersCentralServices means no.
	 */
	public record UnitForm(String kind, String name, String shortName, String parentId, Boolean ordersCentralServices,
			String description, String version) {

		public UnitForm {
			ordersCentralServices = Boolean.TRUE.equals(ordersCentralServices);
		}

		static UnitForm of(UnitView unit) {
			return new UnitForm(unit.kind().name(), unit.name(), unit.shortName() == null ? "" : unit.shortName(),
					unit.parentId() == null ? "" : unit.parentId().toString(), unit.ordersCentralServices(),
					unit.description() == null ? "" : unit.description(), String.valueOf(unit.version()));
		}

	}

	/**
	 * The staff form as typed; levels map competence id to the chosen level ("" or "0"
	 * for none).
	 */
	public record StaffForm(String functionId, String firstName, String lastName, String email, String phone,
			String professionId, Boolean specialist, String weeklyCapacityHours, Map<String, String> levels,
			String version) {

		public StaffForm {
			// a form without a choice, e.g. from a script, is a generalist
			specialist = Boolean.TRUE.equals(specialist);
			levels = levels == null ? Map.of() : levels;
		}

		static StaffForm of(StaffView staff) {
			Map<String, String> levels = new LinkedHashMap<>();
			staff.competences().forEach(c -> levels.put(c.competenceId().toString(), String.valueOf(c.level())));
			return new StaffForm(staff.functionId().toString(), staff.firstName(), staff.lastName(), staff.email(),
					staff.phone() == null ? "" : staff.phone(), staff.professionId().toString(), staff.specialist(),
					staff.weeklyCapacityHours().stripTrailingZeros().toPlainString(), levels,
					String.valueOf(staff.version()));
		}

		StaffForm withLevels(Map<String, String> params) {
			Map<String, String> typed = new LinkedHashMap<>();
			params.forEach((key, value) -> {
				if (key.startsWith("level_")) {
					typed.put(key.substring("level_".length()), value);
				}
			});
			return new StaffForm(functionId, firstName, lastName, email, phone, professionId, specialist,
					weeklyCapacityHours, typed, version);
		}

		public String level(UUID competenceId) {
			return levels.getOrDefault(competenceId.toString(), "0");
		}

	}

	/** A function's competences and professions. */
	public record FunctionCatalogue(UnitView function, List<NamedItem> competences, List<NamedItem> professions) {
	}

}
