package se.helhet.events;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import se.helhet.platform.CurrentUser;

/**
 * Organisers' submissions and the editors' review queue. An organiser sees and changes
 * only their own events (another's answers as if it did not exist); a change to an
 * approved event waits for review while visitors keep seeing the approved version.
 */
public interface Submissions {

	/** The programmes that take submissions now or soon: not yet over. */
	List<ProgrammeView> programmesForSubmission();

	/** The approved venues an organiser can pick, by name. */
	List<VenueView> venues();

	/** The areas of the city the venues are in. */
	List<String> areas();

	/** The organiser's events, newest first. */
	List<SubmissionView> mine(UUID organiserId);

	/** One of the organiser's events; empty when it is not theirs or does not exist. */
	Optional<SubmissionView> mine(UUID organiserId, UUID eventId);

	/**
	 * Saves a new event (eventId null) or a change. Sent (send true) it waits for review;
	 * a change to an approved event waits as a change, the approved version stays public.
	 * @param image a new image, or null to keep the current one
	 * @param removeImage drop the current image
	 * @param version the version the organiser edited, null for a new event
	 * @return the event's id
	 * @throws se.helhet.platform.ValidationException with a message per field
	 * @throws TooManyAttempts when the organiser or network submitted too often
	 */
	UUID save(UUID organiserId, UUID eventId, Submission submission, ImageUpload image, boolean removeImage,
			boolean send, Integer version, String from);

	/** What waits for the editors, oldest first. */
	List<SubmissionView> queue(CurrentUser editor);

	/** A submitted event for the editors, with its history. */
	Optional<SubmissionView> forReview(UUID eventId, CurrentUser editor);

	/**
	 * Approves and publishes: the event (or the change) becomes public, a proposed venue
	 * is approved or replaced by venueInstead, the organiser is mailed.
	 */
	void approve(UUID eventId, UUID venueInstead, Integer version, CurrentUser editor);

	/** Sends the event back to the organiser with what to change (mailed to them). */
	void requestChanges(UUID eventId, String message, Integer version, CurrentUser editor);

	/** Refuses the event (or the change) with a reason (mailed to the organiser). */
	void reject(UUID eventId, String reason, Integer version, CurrentUser editor);

	/** The editor corrects the texts before approving. */
	void editTexts(UUID eventId, String titleSv, String titleEn, String descriptionSv, String descriptionEn,
			Integer version, CurrentUser editor);

	/**
	 * A stored image file by its name: for everyone when a public event shows it, for the
	 * editors and the organiser who uploaded it while it waits.
	 */
	Optional<java.nio.file.Path> image(String file, UUID organiserId, CurrentUser user);

}
