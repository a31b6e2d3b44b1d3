package se.helhet.organisation;

/** What a unit of the group is. The names are part of the API. */
public enum UnitKind {

	/** A förvaltning (administration) that orders central services. */
	FORVALTNING,
	/** A municipal company; outside the central services by default. */
	BOLAG,
	/** A central function: HR, Ekonomi or Kommunikation. */
	FUNCTION,
	/** A unit inside a förvaltning or bolag, e.g. a school or a home-care district. */
	UNIT;

	public String labelKey() {
		return "unitKind." + name();
	}

}
