package se.helhet.events;

import java.util.Optional;

/**
 * What makes an event accessible: some hold per occurrence (an interpreter comes to the
 * 18:00 show), others per venue (the entrance has no steps). The symbols follow
 * Stockholm's Kulturnatt.
 */
public enum Accessibility {

	SIGN_LANGUAGE(false, "TSP"), HEARING_LOOP(false, "T"), CAPTIONS(false, "CC"), LOW_STIMULUS(false, "LS"),
	STEP_FREE(true, "♿"), ACCESSIBLE_TOILET(true, "WC"), PARKING_NEARBY(true, "P");

	private final boolean ofVenue;

	private final String symbol;

	Accessibility(boolean ofVenue, String symbol) {
		this.ofVenue = ofVenue;
		this.symbol = symbol;
	}

	/** True when the venue provides it, false when each occurrence says. */
	public boolean ofVenue() {
		return ofVenue;
	}

	/** The short symbol printed in the programme and explained in its legend. */
	public String symbol() {
		return symbol;
	}

	public String labelKey() {
		return "events.access." + name();
	}

	public static Optional<Accessibility> parse(String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		for (Accessibility access : values()) {
			if (access.name().equalsIgnoreCase(value.strip())) {
				return Optional.of(access);
			}
		}
		return Optional.empty();
	}

}
