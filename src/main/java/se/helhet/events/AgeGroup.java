package se.helhet.events;

import java.util.Optional;

/** Who an event is for. */
public enum AgeGroup {

	/** 0–5 years, with an adult. */
	SMABARN,
	/** 6–12 years. */
	BARN,
	/** 13–19 years. */
	UNGA, VUXNA,
	/** Everyone, whatever the age. */
	ALLA;

	public String labelKey() {
		return "events.age." + name();
	}

	/**
	 * Whether an event for this age group suits a visitor looking for the other: an event
	 * for everyone suits every age group.
	 */
	public boolean suits(AgeGroup wanted) {
		return this == wanted || this == ALLA;
	}

	public static Optional<AgeGroup> parse(String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		for (AgeGroup group : values()) {
			if (group.name().equalsIgnoreCase(value.strip())) {
				return Optional.of(group);
			}
		}
		return Optional.empty();
	}

}
