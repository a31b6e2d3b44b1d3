package se.helhet.catalogue;

import java.util.Optional;
import java.util.UUID;

/**
 * The governing routine a service follows, from the module that keeps governing documents
 * (knowledge). Optional: without it the catalogue shows the routine's free-text title and
 * address from the service itself.
 */
public interface ServiceRoutines {

	Optional<Routine> routineOf(UUID serviceId);

	/**
	 * @param type POLICY, RIKTLINJE, RUTIN or INSTRUKTION
	 * @param version the number of the version in force
	 * @param url where to read it
	 */
	record Routine(UUID documentId, String title, String type, int version, String url) {
	}

}
