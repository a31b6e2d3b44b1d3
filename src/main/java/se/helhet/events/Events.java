package se.helhet.events;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import se.helhet.platform.CurrentUser;

/**
 * The events module's facade. The public side (programmes, events, change log) answers
 * only what visitors may see: published programmes and their published, moved and
 * cancelled events. The editors' side checks who makes the change.
 */
public interface Events {

	/** The published programmes, the festival editions first, newest first. */
	List<ProgrammeView> publishedProgrammes();

	/** A published programme by its slug. */
	Optional<ProgrammeView> programme(String slug);

	/** The public events of a published programme, in time order. */
	List<EventView> publicEvents(UUID programmeId);

	/**
	 * The slots of the public events that match the visitor's filter, at the moment now.
	 */
	List<Listing> listings(UUID programmeId, ProgrammeFilter filter, Instant now);

	/** A public event by its number in the programme. */
	Optional<EventView> publicEvent(UUID programmeId, int number);

	/** The areas of the city that have venues in the programme, by name. */
	List<String> areas(UUID programmeId);

	/** The venues of the programme's public events, by name. */
	List<VenueView> venues(UUID programmeId);

	/** Every change after the programme was published, newest first. */
	List<ChangeView> changes(UUID programmeId);

	/**
	 * Cancels a published event: visitors, the feeds and the change log show it. Refused
	 * (conflict) when the event changed since the version given.
	 */
	EventView cancel(UUID eventId, String reason, Integer version, CurrentUser by);

	/**
	 * Moves a published event (all its slots by the same amount) so that its first slot
	 * starts at the new time.
	 */
	EventView move(UUID eventId, OffsetDateTime newStart, String reason, Integer version, CurrentUser by);

	/**
	 * Whether the person may cancel and move events: the editors and the head of
	 * communications.
	 */
	boolean mayEdit(CurrentUser user);

}
