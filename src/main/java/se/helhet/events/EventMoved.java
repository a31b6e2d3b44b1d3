package se.helhet.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A published event was moved to another time. */
public record EventMoved(UUID eventId, UUID programmeId, OffsetDateTime previousStart, OffsetDateTime newStart) {
}
