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
