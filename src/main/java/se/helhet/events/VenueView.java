package se.helhet.events;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * A place where events happen, with its accessibility and (for a festival) its opening
 * hours that night.
 *
 * @param area the part of the city, e.g. "Centrum", for the visitor's filter
 * @param opensAt when the venue opens during the programme; null when not given
 * @param closesAt when it closes; null when not given
 */
public record VenueView(UUID id, String name, String streetAddress, String postalCode, String locality, String area,
		BigDecimal latitude, BigDecimal longitude, boolean stepFree, boolean accessibleToilet, boolean parkingNearby,
		OffsetDateTime opensAt, OffsetDateTime closesAt) {

	/** The venue's own accessibility. */
	public Set<Accessibility> accessibility() {
		Set<Accessibility> access = EnumSet.noneOf(Accessibility.class);
		if (stepFree) {
			access.add(Accessibility.STEP_FREE);
		}
		if (accessibleToilet) {
			access.add(Accessibility.ACCESSIBLE_TOILET);
		}
		if (parkingNearby) {
			access.add(Accessibility.PARKING_NEARBY);
		}
		return access;
	}

	public String address() {
		return streetAddress + ", " + (postalCode.isBlank() ? "" : postalCode + " ") + locality;
	}

}
