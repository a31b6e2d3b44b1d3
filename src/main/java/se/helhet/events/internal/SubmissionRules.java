package se.helhet.events.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.TextNode;

import se.helhet.events.EventView;
import se.helhet.events.ProgrammeView;
import se.helhet.events.Submission;
import se.helhet.platform.Text;

/**
 * The calendar's rules for a submission, in plain Java: what must be filled in, how long
 * each text may be, no markup anywhere, times inside the programme, and the programme's
 * submission deadline. Each broken rule is a message for its field that says what to do.
 */
public final class SubmissionRules {

	public static final int TITLE_MAX = 120;

	public static final int DESCRIPTION_MAX = 3000;

	public static final int DESCRIPTION_MIN = 20;

	public static final int MAX_SLOTS = 6;

	public static final int MAX_CATEGORIES = 3;

	public static final int MAX_LINKS = 3;

	public static final int MAX_PRICE = 10_000;

	/**
	 * A calendar event lasts at most this long: longer ones are not "one-off or limited".
	 */
	static final Duration LONGEST_SLOT = Duration.ofHours(12);

	private static final DateTimeFormatter SV_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy 'kl.' HH.mm",
			Locale.of("sv"));

	private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm",
			Locale.ENGLISH);

	private SubmissionRules() {
	}

	/**
	 * Whether the programme still takes new events at this moment.
	 */
	public static boolean open(ProgrammeView programme, Instant now) {
		return programme.submissionDeadline() == null || !now.isAfter(programme.submissionDeadline().toInstant());
	}

	/** The message after the deadline, naming the deadline. */
	public static Text deadlinePassed(ProgrammeView programme) {
		LocalDateTime deadline = programme.submissionDeadline()
			.atZoneSameInstant(EventsService.STOCKHOLM)
			.toLocalDateTime();
		return new Text(
				"Sista dag att anmäla evenemang till " + programme.nameSv() + " var " + deadline.format(SV_DATE)
						+ ". Nya evenemang tas inte emot längre; skriv till redaktionen om det gäller en ändring.",
				"The last day to submit events to " + programme.name(true) + " was " + deadline.format(EN_DATE)
						+ ". New events are no longer accepted; write to the editors about a change.");
	}

	/**
	 * Every broken rule, by form field, in the order of the form; empty when the
	 * submission may be sent.
	 * @param newEvent true for an event never approved: the deadline applies to it
	 * @param sending true when it is sent for review (the rules must be confirmed), false
	 * for a draft
	 */
	public static Map<String, Text> check(Submission s, ProgrammeView programme, Instant now, boolean newEvent,
			boolean sending) {
		Map<String, Text> errors = new LinkedHashMap<>();
		if (newEvent && sending && !open(programme, now)) {
			errors.put("programme", deadlinePassed(programme));
		}
		text(errors, "titleSv", s.titleSv(), true, TITLE_MAX, "titeln", "the title");
		if (!s.titleSv().isBlank() && s.titleSv().strip().length() < 3) {
			errors.put("titleSv",
					new Text("Skriv en titel på minst 3 tecken.", "Write a title of at least 3 characters."));
		}
		text(errors, "descriptionSv", s.descriptionSv(), true, DESCRIPTION_MAX, "beskrivningen", "the description");
		if (!errors.containsKey("descriptionSv") && s.descriptionSv().strip().length() < DESCRIPTION_MIN) {
			errors.put("descriptionSv",
					new Text(
							"Beskriv evenemanget med minst " + DESCRIPTION_MIN
									+ " tecken, så att besökarna vet vad det är.",
							"Describe the event in at least " + DESCRIPTION_MIN
									+ " characters, so that visitors know what it is."));
		}
		text(errors, "titleEn", s.titleEn(), false, TITLE_MAX, "den engelska titeln", "the English title");
		text(errors, "descriptionEn", s.descriptionEn(), false, DESCRIPTION_MAX, "den engelska beskrivningen",
				"the English description");
		if (s.newVenue() == null && s.venueId() == null) {
			errors.put("venueId", new Text("Välj en plats i listan, eller föreslå en ny plats längre ner.",
					"Choose a venue from the list, or propose a new one further down."));
		}
		if (s.newVenue() != null) {
			text(errors, "venueName", s.newVenue().name(), true, 200, "platsens namn", "the venue's name");
			text(errors, "venueStreet", s.newVenue().streetAddress(), true, 200, "gatuadressen", "the street address");
			if (!s.newVenue().postalCode().strip().matches("\\d{3} ?\\d{2}")) {
				errors.put("venuePostal", new Text("Skriv postnumret med fem siffror, till exempel 352 30.",
						"Write the postal code as five digits, for example 352 30."));
			}
			text(errors, "venueArea", s.newVenue().area(), true, 100, "stadsdelen", "the area");
		}
		slots(errors, s, programme);
		if (s.categories().isEmpty()) {
			errors.put("categories", new Text("Välj minst en kategori.", "Choose at least one category."));
		}
		else if (s.categories().size() > MAX_CATEGORIES) {
			errors.put("categories", new Text("Välj högst " + MAX_CATEGORIES + " kategorier, de som passar bäst.",
					"Choose at most " + MAX_CATEGORIES + " categories, the ones that fit best."));
		}
		if (s.ageGroups().isEmpty()) {
			errors.put("ageGroups", new Text("Välj vilka åldrar evenemanget passar för (eller \"Alla åldrar\").",
					"Choose which ages the event suits (or \"All ages\")."));
		}
		text(errors, "language", s.language(), true, 40, "språket", "the language");
		if (s.priceSek() != null && (s.priceSek() < 0 || s.priceSek() > MAX_PRICE)) {
			errors.put("priceSek",
					new Text(
							"Skriv priset i hela kronor mellan 0 och " + MAX_PRICE
									+ ", eller lämna fältet tomt om det är gratis.",
							"Write the price in whole kronor between 0 and " + MAX_PRICE
									+ ", or leave it empty if it is free."));
		}
		text(errors, "priceNote", s.priceNote(), false, 200, "prisinformationen", "the price note");
		if (s.imageRef() != null) {
			text(errors, "imageAlt", s.imageAlt(), true, 300, "bildtexten för den som inte ser bilden",
					"the image description for those who cannot see it");
		}
		for (int i = 0; i < s.links().size(); i++) {
			EventView.Link link = s.links().get(i);
			String url = link.url() == null ? "" : link.url().strip();
			if (!url.matches("(?i)https?://[^\\s<>\"]{3,490}")) {
				errors.put("link" + i + "Url", new Text("Skriv en hel webbadress som börjar med https://.",
						"Write a full web address starting with https://."));
			}
			text(errors, "link" + i + "Label", link.label(), false, 100, "länktexten", "the link text");
		}
		if (sending && !s.rulesConfirmed()) {
			errors.put("rules", new Text("Bekräfta att evenemanget följer kalenderns regler.",
					"Confirm that the event follows the calendar's rules."));
		}
		return errors;
	}

	private static void slots(Map<String, Text> errors, Submission s, ProgrammeView programme) {
		if (s.slots().isEmpty()) {
			errors.put("slot0Start",
					new Text("Ange när evenemanget börjar och slutar.", "Give the time the event starts and ends."));
			return;
		}
		if (s.slots().size() > MAX_SLOTS) {
			errors.put("slot0Start",
					new Text("Ange högst " + MAX_SLOTS + " tider.", "Give at most " + MAX_SLOTS + " times."));
			return;
		}
		LocalDateTime first = s.slots().getFirst().start();
		for (int i = 0; i < s.slots().size(); i++) {
			Submission.Slot slot = s.slots().get(i);
			String id = "slot" + i;
			if (slot.start() == null) {
				errors.put(id + "Start", new Text("Ange starttiden för tid " + (i + 1) + " (datum och klockslag).",
						"Give the start of time " + (i + 1) + " (date and time)."));
				continue;
			}
			if (slot.end() == null) {
				errors.put(id + "End",
						new Text("Ange sluttiden för tid " + (i + 1) + ".", "Give the end of time " + (i + 1) + "."));
				continue;
			}
			if (!slot.end().isAfter(slot.start())) {
				errors.put(id + "End", new Text("Tid " + (i + 1) + " måste sluta efter att den börjar.",
						"Time " + (i + 1) + " must end after it starts."));
				continue;
			}
			if (programme.isFestival() && programme.startsAt() != null && programme.endsAt() != null) {
				LocalDateTime opens = local(programme.startsAt());
				LocalDateTime closes = local(programme.endsAt());
				if (slot.start().isBefore(opens) || slot.end().isAfter(closes)) {
					errors.put(id + "Start",
							new Text(
									"Tid " + (i + 1) + " ligger utanför " + programme.nameSv() + ", som pågår "
											+ opens.format(SV_DATE) + "–"
											+ closes.format(DateTimeFormatter.ofPattern("HH.mm")) + ".",
									"Time " + (i + 1) + " is outside " + programme.name(true) + ", which runs "
											+ opens.format(EN_DATE) + "–"
											+ closes.format(DateTimeFormatter.ofPattern("HH:mm")) + "."));
				}
			}
			else {
				if (Duration.between(slot.start(), slot.end()).compareTo(LONGEST_SLOT) > 0) {
					errors.put(id + "End", new Text("Tid " + (i + 1)
							+ " är längre än 12 timmar. Kalendern tar bara emot enstaka eller tidsbegränsade evenemang.",
							"Time " + (i + 1)
									+ " is longer than 12 hours. The calendar only takes one-off or limited events."));
				}
				else if (first != null && !slot.start().toLocalDate().equals(first.toLocalDate())) {
					errors.put(id + "Start",
							new Text("Alla tider ska vara samma dag. Anmäl en annan dag som ett eget evenemang.",
									"All times must be on the same day. Submit another day as an event of its own."));
				}
			}
		}
	}

	private static void text(Map<String, Text> errors, String field, String value, boolean required, int max,
			String nameSv, String nameEn) {
		String v = value == null ? "" : value.strip();
		if (required && v.isEmpty()) {
			errors.put(field, new Text("Fyll i " + nameSv + ".", "Fill in " + nameEn + "."));
		}
		else if (v.length() > max) {
			errors.put(field, new Text("Korta " + nameSv + " till högst " + max + " tecken (nu " + v.length() + ").",
					"Shorten " + nameEn + " to at most " + max + " characters (now " + v.length() + ")."));
		}
		else if (hasMarkup(v)) {
			errors.put(field, new Text("Skriv " + nameSv + " som vanlig text, utan HTML-taggar som <b> eller <script>.",
					"Write " + nameEn + " as plain text, without HTML tags such as <b> or <script>."));
		}
	}

	/**
	 * Whether the text holds HTML markup (a tag or a comment), as jsoup reads it: "Rock &
	 * pop" and "barn < 12 år" are text.
	 */
	public static boolean hasMarkup(String text) {
		return text != null && text.indexOf('<') >= 0
				&& Jsoup.parseBodyFragment(text)
					.body()
					.childNodes()
					.stream()
					.anyMatch(node -> !(node instanceof TextNode));
	}

	static LocalDateTime local(java.time.OffsetDateTime moment) {
		return moment.atZoneSameInstant(EventsService.STOCKHOLM).toLocalDateTime();
	}

}
