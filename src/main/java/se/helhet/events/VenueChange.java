package se.helhet.events;

import java.util.List;
import java.util.UUID;

/**
 * An editor's change to a venue, as typed: coordinates and times are text so that a form
 * with a mistake comes back exactly as it was sent.
 *
 * @param latitude decimal degrees, point or comma ("56,8790"); blank for none
 * @param hours the opening hours per festival programme
 * @param version the version the editor started from
 */
public record VenueChange(String name, String streetAddress, String postalCode, String locality, String area,
		String latitude, String longitude, boolean stepFree, boolean accessibleToilet, boolean parkingNearby,
		String description, List<HoursChange> hours, Integer version) {

	public VenueChange {
		hours = hours == null ? List.of() : List.copyOf(hours);
	}

	/**
	 * Opening hours that night as "HH:mm"; both blank for none; a closing time at or
	 * before the opening time is after midnight.
	 */
	public record HoursChange(UUID programmeId, String opens, String closes) {

	}

}
