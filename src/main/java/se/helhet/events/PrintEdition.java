package se.helhet.events;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The printed programme booklet: the events by area of the city, in Swedish alphabetical
 * order, and within an area by time. Cancelled events are left out (the printed copy
 * cannot be corrected later; the web and the change log say what was cancelled).
 *
 * @param leftOut how many cancelled events the booklet leaves out
 */
public record PrintEdition(List<Area> areas, int leftOut) {

	/** The short text is cut at a word to about this many characters. */
	public static final int SHORT_TEXT = 160;

	public PrintEdition {
		areas = List.copyOf(areas);
	}

	public static PrintEdition of(List<EventView> events) {
		Collator swedish = Collator.getInstance(Locale.of("sv"));
		Map<String, List<EventView>> byArea = new TreeMap<>(swedish);
		int leftOut = 0;
		for (EventView event : events) {
			if (event.cancelled()) {
				leftOut++;
				continue;
			}
			byArea.computeIfAbsent(event.venue().area(), k -> new ArrayList<>()).add(event);
		}
		List<Area> areas = new ArrayList<>();
		byArea.forEach((area,
				list) -> areas.add(new Area(area,
						list.stream()
							.sorted(Comparator.comparing(EventView::startsAt)
								.thenComparing(e -> e.venue().name(), swedish)
								.thenComparing(EventView::number))
							.toList())));
		return new PrintEdition(areas, leftOut);
	}

	public int eventCount() {
		return areas.stream().mapToInt(a -> a.events().size()).sum();
	}

	/**
	 * Everything an event offers for accessibility in one set: what any of its slots
	 * offers and what its venue offers, in the legend's order.
	 */
	public static Set<Accessibility> accessibility(EventView event) {
		Set<Accessibility> all = EnumSet.noneOf(Accessibility.class);
		event.occurrences().forEach(o -> all.addAll(o.accessibility()));
		all.addAll(event.venue().accessibility());
		return all;
	}

	/**
	 * The text cut at a word boundary to at most about {@code max} characters, with "…".
	 */
	public static String shortText(String text, int max) {
		if (text == null) {
			return "";
		}
		String flat = text.replaceAll("\\s+", " ").strip();
		if (flat.length() <= max) {
			return flat;
		}
		int cut = flat.lastIndexOf(' ', max);
		return (cut < max / 2 ? flat.substring(0, max) : flat.substring(0, cut)).replaceAll("[,.;:–-]+$", "") + "…";
	}

	/** One area of the city and its events in time order. */
	public record Area(String name, List<EventView> events) {

		public Area {
			events = List.copyOf(events);
		}

		/** The events by starting hour (Swedish time), for the hour headings. */
		public Map<Integer, List<EventView>> byHour() {
			Map<Integer, List<EventView>> hours = new LinkedHashMap<>();
			events
				.forEach(e -> hours
					.computeIfAbsent(e.startsAt().atZoneSameInstant(java.time.ZoneId.of("Europe/Stockholm")).getHour(),
							k -> new ArrayList<>())
					.add(e));
			return hours;
		}

	}

}
