package se.helhet.events.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import se.helhet.events.Accessibility;
import se.helhet.events.AgeGroup;
import se.helhet.events.Category;
import se.helhet.events.EventView;
import se.helhet.events.Submission;
import se.helhet.events.internal.SubmissionRules;
import se.helhet.platform.Text;

/**
 * The organiser's form as typed: every field as text, so that a refused form comes back
 * exactly as it was (also an unreadable time or price), and read into a
 * {@link Submission}. Checkboxes are fields of their own ("cat.MUSIK",
 * "slot0.SIGN_LANGUAGE").
 */
public final class SubmissionForm {

	/** Accessibility that each time slot states (the venue's own is on the venue). */
	public static final List<Accessibility> SLOT_ACCESS = List.of(Accessibility.SIGN_LANGUAGE,
			Accessibility.HEARING_LOOP, Accessibility.CAPTIONS, Accessibility.LOW_STIMULUS);

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private final Map<String, String> values;

	private SubmissionForm(Map<String, String> values) {
		this.values = values;
	}

	/** A form as the browser sent it; only the first value of each field counts. */
	public static SubmissionForm of(Map<String, String[]> parameters) {
		Map<String, String> values = new LinkedHashMap<>();
		parameters.forEach((name, given) -> {
			if (given.length > 0 && name.length() <= 40 && !"_csrf".equals(name)) {
				values.put(name, given[0] == null ? "" : given[0]);
			}
		});
		return new SubmissionForm(values);
	}

	/** An empty form for a new event, free and in Swedish unless stated. */
	public static SubmissionForm empty(UUID programmeId) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("programme", programmeId == null ? "" : programmeId.toString());
		values.put("language", "svenska");
		values.put("venueMode", "existing");
		return new SubmissionForm(values);
	}

	/** The form filled in from a saved version. */
	public static SubmissionForm from(Submission s) {
		Map<String, String> v = new LinkedHashMap<>();
		v.put("programme", s.programmeId() == null ? "" : s.programmeId().toString());
		v.put("titleSv", s.titleSv());
		v.put("titleEn", s.titleEn());
		v.put("descriptionSv", s.descriptionSv());
		v.put("descriptionEn", s.descriptionEn());
		if (s.newVenue() != null) {
			v.put("venueMode", "new");
			v.put("venueName", s.newVenue().name());
			v.put("venueStreet", s.newVenue().streetAddress());
			v.put("venuePostal", s.newVenue().postalCode());
			v.put("venueArea", s.newVenue().area());
		}
		else {
			v.put("venueMode", "existing");
			v.put("venueId", s.venueId() == null ? "" : s.venueId().toString());
		}
		for (int i = 0; i < s.slots().size(); i++) {
			Submission.Slot slot = s.slots().get(i);
			v.put("slot" + i + "Start", slot.start() == null ? "" : slot.start().format(LOCAL));
			v.put("slot" + i + "End", slot.end() == null ? "" : slot.end().format(LOCAL));
			for (Accessibility a : slot.accessibility()) {
				v.put("slot" + i + "." + a.name(), "on");
			}
		}
		s.categories().forEach(c -> v.put("cat." + c.name(), "on"));
		s.ageGroups().forEach(a -> v.put("age." + a.name(), "on"));
		v.put("language", s.language());
		v.put("priceSek", s.free() ? "" : String.valueOf(s.priceSek()));
		v.put("priceNote", s.priceNote());
		v.put("imageAlt", s.imageAlt() == null ? "" : s.imageAlt());
		for (int i = 0; i < s.links().size(); i++) {
			v.put("link" + i + "Url", s.links().get(i).url());
			v.put("link" + i + "Label", s.links().get(i).label());
		}
		return new SubmissionForm(v);
	}

	/** A field's value as typed ("" when absent). */
	public String v(String name) {
		return values.getOrDefault(name, "");
	}

	/** Whether a checkbox was ticked. */
	public boolean on(String name) {
		return !v(name).isEmpty();
	}

	/** How many time rows to show: those filled in and one empty, at least three. */
	public int slotRows() {
		int filled = 0;
		for (int i = 0; i < SubmissionRules.MAX_SLOTS; i++) {
			if (!v("slot" + i + "Start").isBlank() || !v("slot" + i + "End").isBlank()) {
				filled = i + 1;
			}
		}
		return Math.min(SubmissionRules.MAX_SLOTS, Math.max(3, filled + 1));
	}

	public int linkRows() {
		return SubmissionRules.MAX_LINKS;
	}

	/** Whether the form proposes a new venue instead of picking one. */
	public boolean newVenue() {
		return "new".equals(v("venueMode"));
	}

	/**
	 * The form read into a submission, and what could not even be read (times, price).
	 */
	public Parsed parse() {
		Map<String, Text> errors = new LinkedHashMap<>();
		List<Submission.Slot> slots = new ArrayList<>();
		for (int i = 0; i < SubmissionRules.MAX_SLOTS; i++) {
			String start = v("slot" + i + "Start");
			String end = v("slot" + i + "End");
			if (start.isBlank() && end.isBlank()) {
				continue;
			}
			LocalDateTime from = time(start);
			LocalDateTime to = time(end);
			int index = slots.size();
			if (!start.isBlank() && from == null) {
				errors.put("slot" + index + "Start",
						new Text("Skriv starttiden som datum och klockslag, till exempel 2027-01-30 18:00.",
								"Write the start as a date and time, for example 2027-01-30 18:00."));
			}
			if (!end.isBlank() && to == null) {
				errors.put("slot" + index + "End",
						new Text("Skriv sluttiden som datum och klockslag.", "Write the end as a date and time."));
			}
			Set<Accessibility> access = EnumSet.noneOf(Accessibility.class);
			for (Accessibility a : SLOT_ACCESS) {
				if (on("slot" + i + "." + a.name())) {
					access.add(a);
				}
			}
			slots.add(new Submission.Slot(from, to, access));
		}
		Set<Category> categories = EnumSet.noneOf(Category.class);
		for (Category c : Category.values()) {
			if (on("cat." + c.name())) {
				categories.add(c);
			}
		}
		Set<AgeGroup> ages = EnumSet.noneOf(AgeGroup.class);
		for (AgeGroup a : AgeGroup.values()) {
			if (on("age." + a.name())) {
				ages.add(a);
			}
		}
		Integer price = null;
		String priceText = v("priceSek").strip().replaceAll("(?i)\\s*(kr|kronor|:-)$", "");
		if (!priceText.isEmpty()) {
			try {
				price = Integer.valueOf(priceText);
			}
			catch (NumberFormatException ex) {
				errors.put("priceSek",
						new Text("Skriv priset i hela kronor med siffror, eller lämna fältet tomt om det är gratis.",
								"Write the price in whole kronor in digits, or leave it empty if it is free."));
			}
		}
		List<EventView.Link> links = new ArrayList<>();
		for (int i = 0; i < SubmissionRules.MAX_LINKS; i++) {
			String url = v("link" + i + "Url").strip();
			String label = v("link" + i + "Label").strip();
			if (!url.isEmpty() || !label.isEmpty()) {
				links.add(new EventView.Link(url, label));
			}
		}
		Submission.NewVenue venue = newVenue() ? new Submission.NewVenue(v("venueName").strip(),
				v("venueStreet").strip(), v("venuePostal").strip(), v("venueArea").strip()) : null;
		Submission s = new Submission(uuid(v("programme")), v("titleSv"), v("titleEn"), v("descriptionSv"),
				v("descriptionEn"), newVenue() ? null : uuid(v("venueId")), venue, slots, categories, ages,
				v("language"), price, v("priceNote"), null, v("imageAlt").strip(), links, on("rules"));
		return new Parsed(s, errors);
	}

	static LocalDateTime time(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(value.strip().replace(' ', 'T')).truncatedTo(ChronoUnit.MINUTES);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	static UUID uuid(String value) {
		try {
			return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** The submission read from the form, and the fields that could not be read. */
	public record Parsed(Submission submission, Map<String, Text> errors) {
	}

}
