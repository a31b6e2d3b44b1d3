package se.helhet.events;

/**
 * One line of the visitor's programme: an event at one of its slots. An event with three
 * slots the same evening is listed three times, each at its own time.
 */
public record Listing(EventView event, OccurrenceView occurrence) {

	public String anchor() {
		return "e" + event.number() + "-" + occurrence.position();
	}

}
