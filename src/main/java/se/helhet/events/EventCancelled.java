package se.helhet.events;

import java.util.UUID;

/** A published event was cancelled; published after the change has committed. */
public record EventCancelled(UUID eventId, UUID programmeId, String reason) {
}
