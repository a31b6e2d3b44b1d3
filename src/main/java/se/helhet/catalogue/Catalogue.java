package se.helhet.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The catalogue module's facade. */
public interface Catalogue {

	/** Every service, active or not, ordered by function and name. */
	List<ServiceView> services();

	List<ServiceView> servicesOf(UUID functionId);

	Optional<ServiceView> service(UUID id);

	/**
	 * The form of a service as it was in one version: what a filed request was filed
	 * with.
	 */
	List<FormField> form(UUID serviceId, int formVersion);

	/** Active services whose name or description contains every word. */
	List<ServiceView> search(String words);

	/**
	 * Checks a request's answers against a service's current form; field key → Swedish
	 * message.
	 */
	Map<String, String> checkAnswers(UUID serviceId, Map<String, String> answers);

	/**
	 * What is wrong with a form's answers, by field ("field_" + key), in both languages.
	 */
	Map<String, se.helhet.platform.Text> answerProblems(UUID serviceId, Map<String, String> answers);

	UUID save(SaveService command);

	/**
	 * Create (id null) or change a service. A change to the fields makes a new form
	 * version.
	 */
	record SaveService(UUID id, UUID functionId, String nameSv, String nameEn, String descriptionSv,
			String descriptionEn, UUID competenceId, String slaWorkingHours, boolean confidential,
			String retentionMonths, String routineTitle, String routineUrl, boolean active, List<FormField> fields,
			List<String> checklist, Integer version) {
	}

}
