package se.helhet.organisation;

import java.util.List;
import java.util.UUID;

/**
 * Covers a person's work when an absence is registered or changed: the organisation
 * module asks the one bean that implements it (the routing module) after the absence is
 * saved, so that a sick report is kept even if handing over fails (a later sweep
 * retries).
 */
public interface AbsenceCover {

	/** Hands over what the absence puts at risk; empty when nothing needed moving. */
	List<HandedOver> cover(AbsenceView absence);

	/**
	 * One request that got a new handler because of an absence.
	 *
	 * @param toStaffId the new handler, null when it went to the function's queue (nobody
	 * qualified was available)
	 * @param toName the new handler's name, null for the queue
	 */
	record HandedOver(UUID requestId, String number, UUID toStaffId, String toName) {
	}

}
