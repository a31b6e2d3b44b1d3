package se.helhet.events.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import se.helhet.events.Accessibility;
import se.helhet.events.FieldChange;
import se.helhet.events.Submission;

/**
 * What changed between the approved version of an event and the version waiting for
 * review, field by field, in words an editor reads at a glance. Values are written in
 * Swedish: the editors work in Swedish and the event texts are Swedish first.
 */
public final class SubmissionDiff {

	private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH.mm");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");

	private SubmissionDiff() {
	}

	/**
	 * The fields that differ, in the order of the form; empty when nothing changed.
	 * @param venueName the name of a venue by its id (for an existing venue)
	 */
	public static List<FieldChange> between(Submission before, Submission after, Function<UUID, String> venueName) {
		List<FieldChange> changes = new ArrayList<>();
		add(changes, "events.field.titleSv", before.titleSv(), after.titleSv());
		add(changes, "events.field.titleEn", before.titleEn(), after.titleEn());
		add(changes, "events.field.descriptionSv", before.descriptionSv(), after.descriptionSv());
		add(changes, "events.field.descriptionEn", before.descriptionEn(), after.descriptionEn());
		add(changes, "events.field.venue", venue(before, venueName), venue(after, venueName));
		add(changes, "events.field.slots", slots(before), slots(after));
		add(changes, "events.field.categories",
				before.sortedCategories().stream().map(Enum::name).collect(Collectors.joining(", ")),
				after.sortedCategories().stream().map(Enum::name).collect(Collectors.joining(", ")));
		add(changes, "events.field.ageGroups",
				before.sortedAgeGroups().stream().map(Enum::name).collect(Collectors.joining(", ")),
				after.sortedAgeGroups().stream().map(Enum::name).collect(Collectors.joining(", ")));
		add(changes, "events.field.language", before.language(), after.language());
		add(changes, "events.field.price", price(before), price(after));
		add(changes, "events.field.priceNote", before.priceNote(), after.priceNote());
		add(changes, "events.field.image", image(before), image(after));
		add(changes, "events.field.links", links(before), links(after));
		return changes;
	}

	/** Whether the times changed, so calendars must notice (a raised SEQUENCE). */
	public static boolean timesChanged(Submission before, Submission after) {
		return !slots(before).equals(slots(after));
	}

	private static void add(List<FieldChange> changes, String key, String before, String after) {
		String b = before == null ? "" : before.strip();
		String a = after == null ? "" : after.strip();
		if (!Objects.equals(b, a)) {
			changes.add(new FieldChange(key, b, a));
		}
	}

	static String venue(Submission s, Function<UUID, String> venueName) {
		if (s.newVenue() != null) {
			return "Ny plats: " + s.newVenue().name() + ", " + s.newVenue().streetAddress() + ", "
					+ s.newVenue().postalCode() + " (" + s.newVenue().area() + ")";
		}
		return s.venueId() == null ? "" : Objects.requireNonNullElse(venueName.apply(s.venueId()), "");
	}

	static String slots(Submission s) {
		return s.slots().stream().map(slot -> {
			String when = (slot.start() == null ? "?" : slot.start().format(DAY_TIME)) + "–"
					+ (slot.end() == null ? "?" : slot.end().format(TIME));
			String access = slot.accessibility()
				.stream()
				.sorted()
				.map(Accessibility::symbol)
				.collect(Collectors.joining(" "));
			return access.isEmpty() ? when : when + " (" + access + ")";
		}).collect(Collectors.joining("; "));
	}

	private static String price(Submission s) {
		return s.free() ? "Gratis" : s.priceSek() + " kr";
	}

	private static String image(Submission s) {
		return s.imageRef() == null ? "" : s.imageRef() + (s.imageAlt() == null ? "" : " – " + s.imageAlt());
	}

	private static String links(Submission s) {
		return s.links()
			.stream()
			.map(l -> l.label() == null || l.label().isBlank() ? l.url() : l.label() + " " + l.url())
			.collect(Collectors.joining("; "));
	}

}
