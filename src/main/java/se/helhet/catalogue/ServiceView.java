package se.helhet.catalogue;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A service in the catalogue, with its current form.
 *
 * @param id id
 * @param functionId the central function that delivers it
 * @param nameSv Swedish name
 * @param nameEn English name, may be null
 * @param descriptionSv Swedish description: what the service is and when to use it
 * @param descriptionEn English description, may be null
 * @param competenceId the competence a handler needs, may be null
 * @param slaWorkingHours time to resolve, in Swedish working hours (8 a working day)
 * @param confidential whether requests are confidential (OSL, GDPR special categories)
 * @param retentionMonths months after closing before a request is disposed of (gallring)
 * @param routineTitle the governing routine's title, may be null
 * @param routineUrl the governing routine's address, may be null
 * @param active whether it can be ordered
 * @param formVersion the current form version
 * @param fields the current form's extra fields
 * @param checklist the handler's checklist steps
 * @param version for optimistic locking
 */
public record ServiceView(UUID id, UUID functionId, String nameSv, String nameEn, String descriptionSv,
		String descriptionEn, UUID competenceId, int slaWorkingHours, boolean confidential, int retentionMonths,
		String routineTitle, String routineUrl, boolean active, int formVersion, List<FormField> fields,
		List<String> checklist, int version) {

	public static final int HOURS_PER_WORKING_DAY = 8;

	public ServiceView {
		fields = List.copyOf(fields);
		checklist = List.copyOf(checklist);
	}

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank() ? nameEn : nameSv;
	}

	public String description(Locale locale) {
		return "en".equals(locale.getLanguage()) && descriptionEn != null && !descriptionEn.isBlank() ? descriptionEn
				: descriptionSv;
	}

	/**
	 * "sv" when the description is shown in Swedish on an English page (no English
	 * description), so that the page can say so (WCAG 3.1.2); otherwise null.
	 */
	public String descriptionLang(Locale locale) {
		return "en".equals(locale.getLanguage()) && description(locale) == descriptionSv ? "sv" : null;
	}

	/** The SLA in whole working days when it is a whole number of days, else null. */
	public Integer slaWorkingDays() {
		return slaWorkingHours % HOURS_PER_WORKING_DAY == 0 ? slaWorkingHours / HOURS_PER_WORKING_DAY : null;
	}

}
