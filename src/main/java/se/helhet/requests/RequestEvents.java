package se.helhet.requests;

import java.util.UUID;

/**
 * What happens to requests, for other modules (routing, knowledge, insights) to listen
 * to. The events carry ids and numbers, never the content of a confidential request.
 */
public final class RequestEvents {

	private RequestEvents() {
	}

	/** A request was filed. */
	public record RequestSubmitted(UUID requestId, String number, UUID functionId, UUID serviceId, UUID forvaltningId,
			boolean confidential) {
	}

	/**
	 * A request got a new handler, or went back to the function's queue (staffId null).
	 */
	public record RequestAssigned(UUID requestId, String number, UUID staffId, String reason) {
	}

	/** A request changed status. */
	public record RequestStatusChanged(UUID requestId, String number, RequestStatus from, RequestStatus to) {
	}

}
