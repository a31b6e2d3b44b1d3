package se.helhet.platform;

/** The municipality's name for the page header; the organisation module owns it. */
public interface Branding {

	String municipalityName();

}
