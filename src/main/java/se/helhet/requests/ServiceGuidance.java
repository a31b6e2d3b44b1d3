package se.helhet.requests;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The routine (or other governing document) a catalogue service follows, with what the
 * requester should know before ordering. Implemented by a module that keeps governing
 * documents (knowledge); requests works without one and then shows no guidance.
 */
public interface ServiceGuidance {

	/** The service's routine, if one is linked to it. */
	Optional<Guidance> forService(UUID serviceId, Locale locale);

	/**
	 * A routine as the intake form and the request page show it.
	 *
	 * @param documentId the governing document
	 * @param title its title, e.g. "Rutin för bokslut och delårsrapport"
	 * @param type POLICY, RIKTLINJE, RUTIN or INSTRUKTION
	 * @param summary what the requester should know before ordering, in a few sentences
	 * @param url where to read it whole
	 * @param validFrom the date the version in force applies from
	 * @param version the number of the version in force
	 */
	record Guidance(UUID documentId, String title, String type, String summary, String url, LocalDate validFrom,
			int version) {
	}

}
