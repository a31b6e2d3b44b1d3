package se.helhet.events;

/**
 * Where an event is in moderation, and what visitors see of it. Only published, moved and
 * cancelled events are public: a cancelled one stays visible (crossed out) so that nobody
 * turns up in vain.
 */
public enum EventStatus {

	/** Written by the organiser, not yet sent. */
	DRAFT,
	/** Sent for review. */
	SUBMITTED,
	/** The editor asked the organiser to change something. */
	CHANGES_REQUESTED,
	/** Refused, with a reason. */
	REJECTED,
	/** Approved, waiting for the programme to be published. */
	APPROVED,
	/** In the public programme. */
	PUBLISHED,
	/** Cancelled after publication; still shown, clearly marked. */
	CANCELLED,
	/** Published and moved to another time after publication. */
	MOVED;

	/** Whether visitors, the feeds and the API see it. */
	public boolean isPublic() {
		return this == PUBLISHED || this == CANCELLED || this == MOVED;
	}

	/** The schema.org EventStatusType. */
	public String schemaOrg() {
		return switch (this) {
			case CANCELLED -> "https://schema.org/EventCancelled";
			case MOVED -> "https://schema.org/EventRescheduled";
			default -> "https://schema.org/EventScheduled";
		};
	}

	public String labelKey() {
		return "events.status." + name();
	}

}
