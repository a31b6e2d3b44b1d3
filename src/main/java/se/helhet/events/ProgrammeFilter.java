package se.helhet.events;

import java.text.Normalizer;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What the visitor asked for on the programme page. Every part is optional (null); what
 * is given must all hold.
 *
 * @param words every word must occur in the title, description, venue, area or organiser
 * (case and accents ignored)
 */
public record ProgrammeFilter(TimeSlot slot, String area, Category category, AgeGroup ageGroup,
		Accessibility accessibility, String words) {

	public static final ProgrammeFilter NONE = new ProgrammeFilter(null, null, null, null, null, null);

	public boolean isEmpty() {
		return slot == null && (area == null || area.isBlank()) && category == null && ageGroup == null
				&& accessibility == null && (words == null || words.isBlank());
	}

	/**
	 * The slots of the events that match, in time order and then by venue. A cancelled
	 * event stays in the list (marked) so visitors who planned for it find out.
	 */
	public List<Listing> apply(List<EventView> events, Instant now) {
		List<String> wanted = words == null ? List.of()
				: List.of(fold(words).split("\\s+")).stream().filter(w -> !w.isBlank()).toList();
		return events.stream()
			.filter(e -> e.status().isPublic())
			.filter(e -> area == null || area.isBlank() || e.venue().area().equalsIgnoreCase(area.strip()))
			.filter(e -> category == null || e.categories().contains(category))
			.filter(e -> ageGroup == null || e.ageGroups().stream().anyMatch(g -> g.suits(ageGroup)))
			.filter(e -> wanted.isEmpty() || containsAll(searchText(e), wanted))
			.flatMap(e -> e.occurrences().stream().map(o -> new Listing(e, o)))
			.filter(l -> accessibility == null || offers(l, accessibility))
			.filter(l -> slot == null
					|| slot.includes(l.occurrence().startsAt().toInstant(), l.occurrence().endsAt().toInstant(), now))
			.sorted(Comparator.comparing((Listing l) -> l.occurrence().startsAt())
				.thenComparing(l -> l.event().venue().name())
				.thenComparing(l -> l.event().number()))
			.toList();
	}

	/** Whether the slot or its venue offers it. */
	static boolean offers(Listing listing, Accessibility wanted) {
		return wanted.ofVenue() ? listing.event().venue().accessibility().contains(wanted)
				: listing.occurrence().accessibility().contains(wanted);
	}

	private static boolean containsAll(String text, List<String> words) {
		return words.stream().allMatch(text::contains);
	}

	private static String searchText(EventView e) {
		return fold(String.join(" ", e.titleSv(), e.titleEn() == null ? "" : e.titleEn(), e.descriptionSv(),
				e.descriptionEn() == null ? "" : e.descriptionEn(), e.venue().name(), e.venue().area(),
				e.organiserName()));
	}

	/**
	 * Lower case without accents, so "cafe" finds "Café"; å, ä and ö are letters of their
	 * own in Swedish and are kept.
	 */
	static String fold(String text) {
		String lower = text.toLowerCase(Locale.ROOT)
			.replace('å', '\u0001')
			.replace('ä', '\u0002')
			.replace('ö', '\u0003');
		String stripped = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return stripped.replace('\u0001', 'å').replace('\u0002', 'ä').replace('\u0003', 'ö');
	}

}
