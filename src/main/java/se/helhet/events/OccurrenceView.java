package se.helhet.events;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

/**
 * One slot of an event: when it happens and what that slot offers.
 *
 * @param previousStartsAt the start before the event was moved; null when never moved
 * @param accessibility what this slot offers (sign language, hearing loop, captions,
 * low-stimulus)
 */
public record OccurrenceView(UUID id, int position, OffsetDateTime startsAt, OffsetDateTime endsAt,
		OffsetDateTime previousStartsAt, Set<Accessibility> accessibility) {

	public OccurrenceView {
		accessibility = Set.copyOf(accessibility);
	}

	/** Whether this slot and the other overlap in time (touching ends do not). */
	public boolean overlaps(OccurrenceView other) {
		return startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);
	}

	public boolean moved() {
		return previousStartsAt != null;
	}

}
