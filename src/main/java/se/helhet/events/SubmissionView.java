package se.helhet.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A submitted event as its organiser and the editors see it: the latest version, the
 * approved (public) version when there is one, and what changed between them.
 *
 * @param number the public number; null until approved
 * @param status where the event is in moderation
 * @param pendingStatus the review state of a change to an approved event; null when no
 * change waits
 * @param message the editors' latest message (what to change, or why refused); null when
 * none
 * @param submission the latest version: the waiting change, or the public version
 * @param approved the public version; null when never approved
 * @param changes what differs between approved and submission; empty for a new event
 * @param venueName the name of the venue in the latest version
 * @param proposedVenue the latest version proposes a new venue
 * @param waitingSince when it was sent for review; null when not waiting
 */
public record SubmissionView(UUID id, ProgrammeView programme, Integer number, EventStatus status,
		EventStatus pendingStatus, String message, Submission submission, Submission approved,
		List<FieldChange> changes, String venueName, boolean proposedVenue, OrganiserView organiser,
		OffsetDateTime waitingSince, int version, List<Review> reviews) {

	/** Whether an editor has something to decide. */
	public boolean waitingForReview() {
		return status == EventStatus.SUBMITTED || pendingStatus == EventStatus.SUBMITTED;
	}

	/** Whether this is an event never approved (the editor sees "nytt evenemang"). */
	public boolean isNew() {
		return approved == null;
	}

	/** Whether the organiser may still change it. */
	public boolean editableByOrganiser() {
		return switch (status) {
			case DRAFT, SUBMITTED, CHANGES_REQUESTED, APPROVED, PUBLISHED, MOVED -> true;
			case REJECTED, CANCELLED -> false;
		};
	}

	/** The state as the organiser reads it, as a message key. */
	public String stateKey() {
		if (pendingStatus != null) {
			return "events.org.state.change." + pendingStatus.name();
		}
		return "events.org.state." + status.name();
	}

	/** An entry in the review history: who did what, when, and why. */
	public record Review(OffsetDateTime at, String by, String action, String reason) {

		public String labelKey() {
			return "events.review.action." + action;
		}

	}

}
