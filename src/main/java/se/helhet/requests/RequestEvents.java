package se.helhet.requests;

import java.util.UUID;

/**
 * What happens to requests, for other modules (routing, knowledge, insights) to listen
 * to. The events carry ids, numbers and usernames, never the content of a confidential
 * request.
 */
public final class RequestEvents {

	private RequestEvents() {
	}

	/**
	 * A request was filed. Who got it at intake travels with it; no separate
	 * {@link RequestAssigned} is published for intake.
	 *
	 * @param assigneeStaffId the handler it was assigned to as it was filed, or null (the
	 * function's queue)
	 * @param assignmentReason why that handler, or null
	 */
	public record RequestSubmitted(UUID requestId, String number, UUID functionId, UUID serviceId, UUID forvaltningId,
			boolean confidential, UUID assigneeStaffId, String assignmentReason) {
	}

	/**
	 * A request got a new handler, or went back to the function's queue (staffId null).
	 *
	 * @param assignedBy the username of who assigned it
	 */
	public record RequestAssigned(UUID requestId, String number, UUID staffId, String reason, String assignedBy) {
	}

	/**
	 * Several requests got new handlers at once: an absent person's requests handed over,
	 * or a rebalancing accepted. One event for the lot, so that handing over hundreds of
	 * requests stays one short transaction; each element says what
	 * {@link RequestAssigned} would have said.
	 */
	public record RequestsHandedOver(java.util.List<RequestAssigned> handovers) {

		public RequestsHandedOver {
			handovers = java.util.List.copyOf(handovers);
		}

	}

	/**
	 * A request changed status.
	 *
	 * @param changedBy the username of who changed it: a handler, or the requester who
	 * answered or reopened it
	 */
	public record RequestStatusChanged(UUID requestId, String number, RequestStatus from, RequestStatus to,
			String changedBy) {

		public RequestStatusChanged(UUID requestId, String number, RequestStatus from, RequestStatus to) {
			this(requestId, number, from, to, null);
		}

	}

	/**
	 * Someone wrote in a request: a message between requester and handler, or an internal
	 * note (internal = true).
	 */
	public record RequestCommented(UUID requestId, String number, String authorUsername, boolean internal) {
	}

	/**
	 * Someone joined a request instead of filing the same question again: a duplicate
	 * avoided.
	 *
	 * @param forvaltningId the förvaltning of the person who joined (not of the request),
	 * null when they belong to none
	 * @param username who joined
	 */
	public record RequestJoined(UUID requestId, String number, UUID functionId, UUID forvaltningId, String username) {
	}

	/**
	 * Two requests were marked as related (linked = true) or no longer (false). Said
	 * once, for the pair.
	 *
	 * @param by the username of the handler
	 */
	public record RequestsLinked(UUID requestId, UUID otherId, boolean linked, String by) {
	}

	/**
	 * A duplicate was merged into another request of the same function: its comments,
	 * time, attachments and followers moved there, and it is closed.
	 *
	 * @param functionId the function of both
	 * @param forvaltningId the duplicate's förvaltning
	 * @param by the username of the handler
	 */
	public record RequestMerged(UUID duplicateId, String duplicateNumber, UUID intoId, String intoNumber,
			UUID functionId, UUID forvaltningId, String by) {
	}

}
