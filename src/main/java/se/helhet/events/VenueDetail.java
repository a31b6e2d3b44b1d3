package se.helhet.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A venue as the editors see it: everything visitors see, plus its status, what it was
 * merged into, how many events it has and its opening hours per festival programme.
 *
 * @param mergedInto the venue this duplicate was merged into; null unless MERGED
 * @param eventCount how many events of any programme take place here
 * @param hours one line per festival programme, with or without hours given
 */
public record VenueDetail(UUID id, String name, String streetAddress, String postalCode, String locality, String area,
		BigDecimal latitude, BigDecimal longitude, boolean stepFree, boolean accessibleToilet, boolean parkingNearby,
		String description, Status status, UUID mergedInto, String mergedIntoName, int eventCount, int version,
		List<Hours> hours) {

	public VenueDetail {
		hours = List.copyOf(hours);
	}

	public boolean merged() {
		return status == Status.MERGED;
	}

	public String address() {
		return streetAddress + ", " + (postalCode.isBlank() ? "" : postalCode + " ") + locality;
	}

	/** A venue proposed by an organiser, in use, or merged into another. */
	public enum Status {

		PROPOSED, APPROVED, MERGED;

		public String labelKey() {
			return "events.venues.status." + name();
		}

	}

	/**
	 * The venue's opening hours during one festival programme.
	 *
	 * @param opensAt null when not given
	 * @param closesAt null when not given
	 */
	public record Hours(UUID programmeId, String programmeName, LocalDate day, OffsetDateTime opensAt,
			OffsetDateTime closesAt) {

	}

}
