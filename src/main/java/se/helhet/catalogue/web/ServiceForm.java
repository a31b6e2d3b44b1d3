package se.helhet.catalogue.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import se.helhet.catalogue.FieldType;
import se.helhet.catalogue.ServiceView;

/**
 * The service form exactly as typed, so that a refused form shows the lead's own input.
 */
public record ServiceForm(String functionId, String nameSv, String nameEn, String descriptionSv, String descriptionEn,
		String competenceId, String slaWorkingHours, Boolean confidential, String retentionMonths, String routineTitle,
		String routineUrl, Boolean active, List<FieldRow> rows, String checklist, String version) {

	/** A browser sends no value for an unticked checkbox: that means false. */
	public ServiceForm {
		rows = rows == null ? List.of() : rows.stream().filter(r -> r != null).toList();
		confidential = Boolean.TRUE.equals(confidential);
		active = Boolean.TRUE.equals(active);
	}

	/**
	 * One field row of the form editor; an empty row is ignored, a row marked remove is
	 * dropped.
	 */
	public record FieldRow(String key, String labelSv, String labelEn, String type, Boolean required, String options,
			Boolean remove) {

		public FieldRow {
			required = Boolean.TRUE.equals(required);
			remove = Boolean.TRUE.equals(remove);
		}

		boolean isEmpty() {
			return (labelSv == null || labelSv.isBlank()) && (options == null || options.isBlank());
		}

		public String typeOrDefault() {
			return type == null || type.isBlank() ? FieldType.TEXT.name() : type;
		}

	}

	static ServiceForm empty(UUID functionId) {
		return new ServiceForm(functionId == null ? "" : functionId.toString(), "", "", "", "", "", "40", false, "24",
				"", "", true, List.of(), "", "");
	}

	static ServiceForm of(ServiceView service) {
		List<FieldRow> rows = service.fields()
			.stream()
			.map(f -> new FieldRow(f.key(), f.labelSv(), f.labelEn() == null ? "" : f.labelEn(), f.type().name(),
					f.required(), String.join("\n", f.options()), false))
			.toList();
		return new ServiceForm(service.functionId().toString(), service.nameSv(),
				service.nameEn() == null ? "" : service.nameEn(), service.descriptionSv(),
				service.descriptionEn() == null ? "" : service.descriptionEn(),
				service.competenceId() == null ? "" : service.competenceId().toString(),
				String.valueOf(service.slaWorkingHours()), service.confidential(),
				String.valueOf(service.retentionMonths()), service.routineTitle() == null ? "" : service.routineTitle(),
				service.routineUrl() == null ? "" : service.routineUrl(), service.active(), rows,
				String.join("\n", service.checklist()), String.valueOf(service.version()));
	}

	ServiceForm withFunction(UUID function) {
		return new ServiceForm(function == null ? "" : function.toString(), nameSv, nameEn, descriptionSv,
				descriptionEn, competenceId, slaWorkingHours, confidential, retentionMonths, routineTitle, routineUrl,
				active, rows, checklist, version);
	}

	/** The form with empty rows at the end for new fields. */
	ServiceForm withBlankRows(int count) {
		List<FieldRow> all = new ArrayList<>(rows.stream().filter(r -> !r.isEmpty()).toList());
		for (int i = 0; i < count; i++) {
			all.add(new FieldRow("", "", "", FieldType.TEXT.name(), false, "", false));
		}
		return new ServiceForm(functionId, nameSv, nameEn, descriptionSv, descriptionEn, competenceId, slaWorkingHours,
				confidential, retentionMonths, routineTitle, routineUrl, active, all, checklist, version);
	}

	static UUID uuid(String text) {
		try {
			return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static Integer integer(String text) {
		try {
			return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
