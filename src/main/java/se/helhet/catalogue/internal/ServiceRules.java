package se.helhet.catalogue.internal;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import se.helhet.catalogue.Catalogue.SaveService;
import se.helhet.catalogue.FieldType;
import se.helhet.catalogue.FormField;

/**
 * What a service in the catalogue must be, checked without Spring; field → Swedish
 * message.
 */
final class ServiceRules {

	static final int MAX_SLA_WORKING_HOURS = 8 * 120;

	static final int MAX_RETENTION_MONTHS = 12 * 50;

	private static final Pattern KEY = Pattern.compile("^[a-z][a-z0-9_]{0,59}$");

	private static final Pattern URL = Pattern.compile("^(https?://|/)\\S+$");

	private ServiceRules() {
	}

	static Map<String, String> check(SaveService service) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (service.functionId() == null) {
			errors.put("functionId", "Välj vilken funktion som levererar tjänsten.");
		}
		text(errors, "nameSv", service.nameSv(), 200, "Skriv tjänstens namn på svenska.");
		text(errors, "descriptionSv", service.descriptionSv(), 4000,
				"Beskriv tjänsten på svenska: vad den är och när man ska använda den.");
		if (service.nameEn() != null && service.nameEn().length() > 200) {
			errors.put("nameEn", "Det engelska namnet får vara högst 200 tecken.");
		}
		if (service.descriptionEn() != null && service.descriptionEn().length() > 4000) {
			errors.put("descriptionEn", "Den engelska beskrivningen får vara högst 4000 tecken.");
		}
		Integer sla = integer(service.slaWorkingHours());
		if (sla == null || sla < 1 || sla > MAX_SLA_WORKING_HOURS) {
			errors.put("slaWorkingHours", "Skriv tiden till lösning som arbetstimmar mellan 1 och "
					+ MAX_SLA_WORKING_HOURS + " (8 timmar är en arbetsdag).");
		}
		Integer retention = integer(service.retentionMonths());
		if (retention == null || retention < 1 || retention > MAX_RETENTION_MONTHS) {
			errors.put("retentionMonths",
					"Skriv gallringsfristen i månader, mellan 1 och " + MAX_RETENTION_MONTHS + ".");
		}
		if (service.routineUrl() != null && !service.routineUrl().isBlank()
				&& (!URL.matcher(service.routineUrl().strip()).matches() || service.routineUrl().length() > 500)) {
			errors.put("routineUrl", "Länken till rutinen ska börja med https:// eller /.");
		}
		Set<String> keys = new HashSet<>();
		int row = 1;
		for (FormField field : service.fields()) {
			String prefix = "fields[" + row + "]";
			if (field.labelSv() == null || field.labelSv().isBlank() || field.labelSv().length() > 200) {
				errors.put(prefix, "Fält " + row + ": skriv en etikett (högst 200 tecken).");
			}
			else if (!KEY.matcher(field.key()).matches() || !keys.add(field.key())) {
				errors.put(prefix, "Fält " + row + ": två fält kan inte ha samma etikett.");
			}
			if (field.type() == null) {
				errors.put(prefix, "Fält " + row + ": välj typ.");
			}
			else if (field.type() == FieldType.CHOICE && field.options().size() < 2) {
				errors.put(prefix, "Fält " + row + ": ett valfält behöver minst två alternativ, ett per rad.");
			}
			row++;
		}
		int step = 1;
		for (String text : service.checklist()) {
			if (text.length() > 300) {
				errors.put("checklist", "Steg " + step + " i checklistan är för långt (högst 300 tecken).");
			}
			step++;
		}
		return errors;
	}

	static Integer integer(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * A stable answer key from a Swedish label: "Önskat startdatum" →
	 * "onskat_startdatum".
	 */
	static String keyOf(String label) {
		String ascii = java.text.Normalizer
			.normalize(label.toLowerCase(java.util.Locale.ROOT), java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replaceAll("[^a-z0-9]+", "_")
			.replaceAll("^_+|_+$", "");
		if (ascii.isEmpty() || !Character.isLetter(ascii.charAt(0))) {
			ascii = "falt_" + ascii;
		}
		return ascii.length() > 60 ? ascii.substring(0, 60) : ascii;
	}

	private static void text(Map<String, String> errors, String field, String value, int max, String message) {
		if (value == null || value.isBlank()) {
			errors.put(field, message);
		}
		else if (value.strip().length() > max) {
			errors.put(field, "Texten får vara högst " + max + " tecken.");
		}
	}

}
