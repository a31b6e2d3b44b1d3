package se.helhet.requests;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import se.helhet.organisation.StaffView;

/**
 * Chooses the handler of a new request at intake. The requests module asks the one bean
 * that implements it (the routing module); empty means nobody qualified is available, and
 * the request waits in the function's queue while the function's lead is alerted.
 */
public interface IntakeAssignment {

	Optional<Choice> choose(IntakeFacts facts);

	/**
	 * What is known about a new request when it is filed.
	 *
	 * @param functionId the central function that delivers the service
	 * @param forvaltningId the requester's förvaltning
	 * @param serviceId the catalogue service
	 * @param competenceId the competence the service needs, may be null
	 * @param confidential whether the request is confidential
	 * @param requesterUsername who asks
	 * @param createdAt when it is filed
	 * @param dueAt when it is due
	 */
	record IntakeFacts(UUID functionId, UUID forvaltningId, UUID serviceId, UUID competenceId, boolean confidential,
			String requesterUsername, OffsetDateTime createdAt, OffsetDateTime dueAt) {
	}

	/**
	 * The chosen handler and why, in words the handler and the lead can read.
	 *
	 * @param staff the handler
	 * @param reason why, without the name, e.g. "förvaltningens HR-kontakt, arbetsrätt
	 * nivå 3, beläggning 62 %"
	 */
	record Choice(StaffView staff, String reason) {

		/** "Karin Ek: förvaltningens HR-kontakt, arbetsrätt nivå 3, beläggning 62 %". */
		public String explanation() {
			return staff.fullName() + ": " + reason;
		}

	}

}
