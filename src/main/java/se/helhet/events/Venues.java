package se.helhet.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import se.helhet.platform.CurrentUser;

/**
 * The editors' side of venues, programme dates and event texts. Every change is checked
 * against {@link Events#mayEdit} and an optimistic version, and shows at once on the
 * public pages, feeds and API.
 */
public interface Venues {

	/** Every venue, merged ones last, with its event count; for editors. */
	List<VenueDetail> all(CurrentUser by);

	/** One venue with its opening hours per festival programme; for editors. */
	Optional<VenueDetail> venue(UUID id, CurrentUser by);

	/**
	 * The venue that stands for this id: itself, or the venue a merged duplicate was
	 * merged into (followed to the end), so that old links keep working. Empty when the
	 * id is unknown.
	 */
	Optional<UUID> current(UUID id);

	/** Saves an editor's change; refused (conflict) when the venue changed meanwhile. */
	VenueDetail save(UUID id, VenueChange change, CurrentUser by);

	/**
	 * Merges a duplicate into the venue to keep: the duplicate's events and opening hours
	 * move over, the duplicate is marked MERGED and its links lead to the kept venue.
	 */
	VenueDetail merge(UUID duplicateId, UUID keepId, CurrentUser by);

	/** A programme's dates (published or not) by slug, for editors. */
	Optional<ProgrammeSettings> settings(String slug, CurrentUser by);

	/**
	 * Sets the print freeze and submission deadline; the change log's "ändrat efter
	 * tryck" follows the new print freeze.
	 */
	ProgrammeSettings saveSettings(String slug, OffsetDateTime printFreeze, OffsetDateTime submissionDeadline,
			Integer version, CurrentUser by);

	/** Changes a public event's Swedish and English texts. */
	EventView saveTexts(UUID eventId, EventTexts texts, CurrentUser by);

}
