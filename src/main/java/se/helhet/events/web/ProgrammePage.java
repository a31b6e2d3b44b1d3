package se.helhet.events.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.helhet.events.Listing;

/**
 * One page of the programme as a visitor gets it: whole groups (an hour of the list, or a
 * venue of the timetable) up to about {@link #SIZE} programme items, so that a phone gets
 * the first hours at once and fetches the rest when the visitor asks for more. A group is
 * never split, so the hour headings and the venues' facts are never repeated.
 *
 * @param groups the groups on this page, in programme order
 * @param number this page's number, from 1
 * @param pages how many pages the programme has with this filter
 * @param first the position (from 1) of the page's first programme item among all
 * @param shown how many programme items this page shows
 * @param total how many programme items the filter found in all
 */
public record ProgrammePage(List<Group> groups, int number, int pages, int first, int shown, int total) {

	/**
	 * About this many programme items make a page (more only when one group is bigger).
	 */
	static final int SIZE = 200;

	/** An hour of the list or a venue of the timetable. */
	public record Group(String name, List<Listing> listings) {
	}

	public boolean hasNext() {
		return number < pages;
	}

	/** How many programme items come after this page. */
	public int remaining() {
		return total - (first - 1) - shown;
	}

	/** The list: a group per hour, in the order of the listings (by start). */
	static List<Group> byHour(List<Listing> listings) {
		List<Group> groups = new ArrayList<>();
		int hour = -1;
		List<Listing> current = null;
		for (Listing l : listings) {
			int h = Times.hour(l.occurrence().startsAt());
			if (current == null || h != hour) {
				hour = h;
				current = new ArrayList<>();
				groups.add(new Group(String.format("%02d", h), current));
			}
			current.add(l);
		}
		return groups;
	}

	/** The timetable: a group per venue, by name, each venue's items by start. */
	static List<Group> byVenue(List<Listing> listings) {
		Map<String, List<Listing>> venues = new LinkedHashMap<>();
		listings.stream()
			.sorted(Comparator.comparing((Listing l) -> l.event().venue().name())
				.thenComparing(l -> l.occurrence().startsAt()))
			.forEach(l -> venues.computeIfAbsent(l.event().venue().name(), k -> new ArrayList<>()).add(l));
		return venues.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList();
	}

	/**
	 * The asked-for page of the groups; a page number out of range gives the nearest
	 * page, so an old link still shows programme items.
	 */
	static ProgrammePage of(List<Group> groups, int asked, int size) {
		List<List<Group>> pages = new ArrayList<>();
		List<Group> page = new ArrayList<>();
		int onPage = 0;
		int total = 0;
		for (Group group : groups) {
			if (!page.isEmpty() && onPage + group.listings().size() > size) {
				pages.add(page);
				page = new ArrayList<>();
				onPage = 0;
			}
			page.add(group);
			onPage += group.listings().size();
			total += group.listings().size();
		}
		pages.add(page);
		int number = Math.clamp(asked, 1, pages.size());
		int first = 1;
		for (int i = 0; i < number - 1; i++) {
			first += count(pages.get(i));
		}
		List<Group> chosen = pages.get(number - 1);
		return new ProgrammePage(List.copyOf(chosen), number, pages.size(), first, count(chosen), total);
	}

	private static int count(List<Group> groups) {
		return groups.stream().mapToInt(g -> g.listings().size()).sum();
	}

}
