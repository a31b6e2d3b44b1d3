package se.helhet.requests;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import se.helhet.platform.CurrentUser;

/**
 * The requests module's facade. Every method checks that the user may see or do what is
 * asked.
 */
public interface Requests {

	/**
	 * Files a request; a repeated idempotency key returns the first request instead of a
	 * new one.
	 */
	RequestView submit(SubmitRequest command, CurrentUser user);

	/** The request, or empty when it does not exist or the user may not see it. */
	Optional<RequestView> find(UUID id, CurrentUser user);

	Optional<RequestView> findByNumber(String number, CurrentUser user);

	RequestView changeStatus(UUID id, RequestStatus status, int basedOnVersion, String reason, CurrentUser user);

	RequestView comment(UUID id, String body, boolean internal, int basedOnVersion, CurrentUser user);

	RequestView logTime(UUID id, LocalDate date, int minutes, String activity, CurrentUser user);

	/**
	 * Gives the request to a staff member of its function, or back to the queue (staffId
	 * null).
	 */
	RequestView assign(UUID id, UUID staffId, String reason, int basedOnVersion, CurrentUser user);

	RequestView tickChecklist(UUID id, UUID itemId, boolean done, CurrentUser user);

	/**
	 * The requester confirms a solved request (closing it) or reopens it within the
	 * reopening period.
	 */
	RequestView confirm(UUID id, boolean solved, String comment, int basedOnVersion, CurrentUser user);

	RequestView rate(UUID id, int rating, String comment, CurrentUser user);

	ListPage list(RequestQuery query, CurrentUser user);

	/**
	 * The user joins an open or solved request instead of filing the same question: they
	 * follow it and get its updates. Any requester (or staff member) may join an ordinary
	 * request of any förvaltning; a confidential one does not exist for them (not found)
	 * unless they may see it already, and is never joined. Joining twice changes nothing.
	 * @return the request as the user now sees it
	 */
	RequestView join(UUID id, CurrentUser user);

	/**
	 * Marks two requests as related, on both. The user handles the first and may see the
	 * second, which may belong to another function. Linking twice changes nothing.
	 */
	RequestView link(UUID id, UUID otherId, CurrentUser user);

	/** Removes the relation between two requests, from both. */
	RequestView unlink(UUID id, UUID otherId, CurrentUser user);

	/**
	 * Merges a duplicate into another request of the same function: its description,
	 * comments, internal notes, time, attachments and followers (its requester among
	 * them) move to the target, and the duplicate is closed for good, pointing to the
	 * target. Refused when based on an older version of the duplicate (conflict), and for
	 * a target that is the duplicate itself, of another function, closed or merged, or
	 * where the content would be seen by people who may not see it.
	 * @return the target as the user sees it after the merge
	 */
	RequestView merge(UUID duplicateId, UUID intoId, int basedOnVersion, CurrentUser user);

	/**
	 * The number of open requests (NY to VÄNTAR) each handler of the function has, for
	 * routing's load. Counts only, so no user check; a handler without any is missing.
	 */
	Map<UUID, Integer> openRequestsByHandler(UUID functionId);

	/**
	 * Who handled the function's requests filed since a moment: this requester's and this
	 * förvaltning's, for routing's continuity. Counts only, so no user check.
	 */
	RecentHandlers recentHandlers(UUID functionId, String requesterUsername, UUID forvaltningId, OffsetDateTime since);

	/**
	 * Who handled each requester's and each förvaltning's requests of the function filed
	 * since a moment, for handing many requests over at once. No user check (ids only).
	 */
	RecentHandlersOfFunction recentHandlers(UUID functionId, OffsetDateTime since);

	/**
	 * The open requests (NY to VÄNTAR) of a function, or of one handler in it when
	 * assigneeStaffId is given, by due time. For routing: facts only, no content, so no
	 * user check.
	 */
	List<OpenRequest> openRequests(UUID functionId, UUID assigneeStaffId);

	/**
	 * Hands requests over to other handlers of their function, or to the function's queue
	 * (toStaffId null), in one transaction: each gets the new handler, the reason (shown
	 * to staff), a trail entry, an internal note for the new handler, a message to the
	 * requester saying who helps them now, and notifications. A request whose handler is
	 * no longer {@code fromStaffId}, or which has been solved meanwhile, is left alone
	 * and reported as not moved: a handover never overwrites someone's later decision.
	 * @param by the lead who accepted the handovers, or null when Helhet covers an
	 * absence by itself
	 */
	List<HandoverResult> handOver(List<Handover> handovers, CurrentUser by);

	/**
	 * One open request as routing sees it.
	 *
	 * @param competenceId the competence its service needs, may be null
	 * @param assigneeStaffId its handler, null in the function's queue
	 */
	record OpenRequest(UUID id, String number, UUID functionId, UUID serviceId, UUID competenceId, boolean confidential,
			String requesterUsername, UUID forvaltningId, UUID assigneeStaffId, OffsetDateTime dueAt) {
	}

	/**
	 * Move one request.
	 *
	 * @param requestId the request
	 * @param fromStaffId the handler it is expected to have now (null: the queue)
	 * @param toStaffId the new handler, null for the function's queue
	 * @param reason why, shown to staff ("Karin Ek är frånvarande t.o.m. 30 nov; Per
	 * Olsson: arbetsrätt nivå 3, beläggning 40 %")
	 * @param handlerNote an internal note for the new handler, may be null
	 * @param requesterMessage a message to the requester, may be null
	 */
	record Handover(UUID requestId, UUID fromStaffId, UUID toStaffId, String reason, String handlerNote,
			String requesterMessage) {
	}

	/**
	 * What became of one handover.
	 *
	 * @param moved false when the request had changed handler or closed meanwhile
	 */
	record HandoverResult(UUID requestId, String number, UUID fromStaffId, UUID toStaffId, String toName,
			boolean moved) {
	}

	/**
	 * Handlers of a function's recent requests, by requester username and by förvaltning.
	 */
	record RecentHandlersOfFunction(Map<String, Set<UUID>> byRequester, Map<UUID, Set<UUID>> byForvaltning) {

		public RecentHandlers of(String requesterUsername, UUID forvaltningId) {
			return new RecentHandlers(byRequester.getOrDefault(requesterUsername, Set.of()),
					byForvaltning.getOrDefault(forvaltningId, Set.of()));
		}

	}

	/**
	 * Recent handlers of a requester's and of a förvaltning's requests.
	 *
	 * @param ofRequester staff ids who handled the requester's requests
	 * @param ofForvaltning staff ids who handled the förvaltning's requests
	 */
	record RecentHandlers(Set<UUID> ofRequester, Set<UUID> ofForvaltning) {

		public RecentHandlers {
			ofRequester = Set.copyOf(ofRequester);
			ofForvaltning = Set.copyOf(ofForvaltning);
		}

	}

	/**
	 * A new request.
	 *
	 * @param serviceId the catalogue service
	 * @param title a short title
	 * @param description what the requester needs
	 * @param answers the service form's extra fields, by key
	 * @param idempotencyKey a client key that makes retries safe, may be null
	 */
	record SubmitRequest(UUID serviceId, String title, String description, Map<String, String> answers,
			String idempotencyKey) {
	}

	/**
	 * Which requests to list.
	 *
	 * @param queue MINE (assigned to me), UNASSIGNED (my function's), FORVALTNING,
	 * OVERDUE, REQUESTED (mine as requester), ALL (everything I may see)
	 * @param status only this status, may be null
	 * @param forvaltningId only this förvaltning, may be null
	 * @param functionId only this function, may be null
	 * @param sort DUE, CREATED or NUMBER
	 * @param descending sort order
	 * @param page page number from 0
	 * @param size rows a page (1–200)
	 */
	record RequestQuery(Queue queue, RequestStatus status, UUID forvaltningId, UUID functionId, Sort sort,
			boolean descending, int page, int size) {

		public RequestQuery {
			queue = queue == null ? Queue.ALL : queue;
			sort = sort == null ? Sort.DUE : sort;
			page = Math.max(0, page);
			size = size < 1 ? 50 : Math.min(size, 200);
		}

	}

	enum Queue {

		MINE, UNASSIGNED, FORVALTNING, OVERDUE, REQUESTED, ALL

	}

	enum Sort {

		DUE, CREATED, NUMBER

	}

	/** A page of a list. */
	/**
	 * One page of a list.
	 *
	 * @param total the number of matching requests, counted up to {@link #COUNT_LIMIT}
	 * @param totalExact false when there are more than {@code total}
	 */
	record ListPage(List<RequestSummary> rows, int page, int size, long total, boolean totalExact) {

		public static final int COUNT_LIMIT = 10_000;

		public int pages() {
			return (int) Math.max(1, (total + size - 1) / size);
		}

		public boolean hasNext() {
			return page + 1 < pages() || (!totalExact && rows.size() == size);
		}

	}

}
