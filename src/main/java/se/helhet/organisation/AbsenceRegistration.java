package se.helhet.organisation;

import java.util.List;
import java.util.UUID;

import se.helhet.organisation.AbsenceCover.HandedOver;

/**
 * A saved absence and the requests that were handed over because of it.
 *
 * @param absenceId the absence
 * @param handedOver the person's requests that now have another handler (or wait in the
 * function's queue)
 * @param coverPending true when handing over failed and is left to the next sweep
 */
public record AbsenceRegistration(UUID absenceId, List<HandedOver> handedOver, boolean coverPending) {

	public AbsenceRegistration {
		handedOver = List.copyOf(handedOver);
	}

}
