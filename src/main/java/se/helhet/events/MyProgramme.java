package se.helhet.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The visitor's own night: the events they starred (kept in their browser, not here) and
 * where two of them overlap in time.
 */
public record MyProgramme(List<Listing> picks) {

	public MyProgramme {
		picks = picks.stream().sorted(Comparator.comparing((Listing l) -> l.occurrence().startsAt())).toList();
	}

	/**
	 * Every pair of picks that overlap in time, earliest first. A cancelled event cannot
	 * clash with anything: the visitor is free then. Slots of one event never clash with
	 * each other (the visitor goes to one of them).
	 */
	public List<Clash> clashes() {
		List<Clash> clashes = new ArrayList<>();
		for (int i = 0; i < picks.size(); i++) {
			Listing first = picks.get(i);
			for (int j = i + 1; j < picks.size(); j++) {
				Listing second = picks.get(j);
				if (first.event().cancelled() || second.event().cancelled()
						|| first.event().id().equals(second.event().id())) {
					continue;
				}
				if (first.occurrence().overlaps(second.occurrence())) {
					clashes.add(new Clash(first, second));
				}
			}
		}
		return clashes;
	}

	/** Whether this pick overlaps another pick. */
	public boolean clashes(Listing pick) {
		return clashes().stream().anyMatch(c -> c.first().equals(pick) || c.second().equals(pick));
	}

	/** Two picks at the same time. */
	public record Clash(Listing first, Listing second) {
	}

}
