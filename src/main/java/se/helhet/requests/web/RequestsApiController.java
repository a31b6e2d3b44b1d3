package se.helhet.requests.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.helhet.platform.CurrentUser;
import se.helhet.platform.NotFoundException;
import se.helhet.platform.ValidationException;
import se.helhet.requests.RequestStatus;
import se.helhet.requests.RequestSummary;
import se.helhet.requests.RequestView;
import se.helhet.requests.Requests;
import se.helhet.requests.Requests.ListPage;
import se.helhet.requests.Requests.Queue;
import se.helhet.requests.Requests.RequestQuery;
import se.helhet.requests.Requests.Sort;
import se.helhet.requests.Requests.SubmitRequest;

/**
 * Requests over REST. A request the caller may not see answers 404, as if it did not
 * exist. Changes that overwrite (status, assignment) need {@code If-Match} with the
 * request's ETag; a stale one gets 412 with what changed.
 */
@RestController
@RequestMapping("/api/v1/requests")
@Tag(name = "Ärenden", description = "Beställa, följa och handlägga ärenden")
class RequestsApiController {

	private final Requests requests;

	RequestsApiController(Requests requests) {
		this.requests = requests;
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Lista ärenden",
			description = "queue: MINE, UNASSIGNED, FORVALTNING, OVERDUE, REQUESTED eller ALL (allt du får se). sort: DUE, CREATED, NUMBER.")
	ListJson list(@RequestParam(defaultValue = "ALL") String queue, @RequestParam(required = false) String status,
			@RequestParam(required = false) UUID forvaltningId, @RequestParam(required = false) UUID functionId,
			@RequestParam(defaultValue = "DUE") String sort, @RequestParam(defaultValue = "asc") String order,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size, CurrentUser user) {
		ListPage result = requests.list(new RequestQuery(parse(Queue.class, queue, "queue"),
				status == null ? null : parse(RequestStatus.class, status, "status"), forvaltningId, functionId,
				parse(Sort.class, sort, "sort"), "desc".equalsIgnoreCase(order), page, size), user);
		return new ListJson(result.rows().stream().map(SummaryJson::of).toList(), result.page(), result.size(),
				result.total(), result.totalExact());
	}

	@PostMapping
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Beställ stöd",
			description = "Skapar ett ärende. Skicka Idempotency-Key så skapar ett upprepat anrop aldrig två ärenden.")
	ResponseEntity<RequestJson> create(@RequestBody CreateJson body,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, CurrentUser user) {
		RequestView view;
		try {
			view = requests.submit(new SubmitRequest(body.serviceId(), body.title(), body.description(),
					body.fields() == null ? Map.of() : body.fields(), idempotencyKey), user);
		}
		catch (ValidationException ex) {
			throw new ValidationException(apiFieldNames(ex.errors()));
		}
		return ResponseEntity.created(URI.create("/api/v1/requests/" + view.id()))
			.eTag(etag(view))
			.body(RequestJson.of(view));
	}

	@GetMapping("/{id}")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Ett ärende")
	ResponseEntity<RequestJson> get(@PathVariable UUID id, CurrentUser user) {
		RequestView view = requests.find(id, user).orElseThrow(RequestsApiController::notFound);
		return ResponseEntity.ok().eTag(etag(view)).body(RequestJson.of(view));
	}

	@PatchMapping("/{id}")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Byt status", description = "{\"status\": \"PAGAR\"}; kräver If-Match med ärendets ETag.")
	ResponseEntity<RequestJson> patch(@PathVariable UUID id, @RequestBody PatchJson body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, CurrentUser user) {
		RequestView current = requests.find(id, user).orElseThrow(RequestsApiController::notFound);
		int version = requireVersion(ifMatch);
		if (body.status() == null) {
			throw new ValidationException(
					Map.of("status", "Skicka status: NY, TILLDELAD, PAGAR, VANTAR, LOST eller STANGD."));
		}
		RequestView view = requests.changeStatus(current.id(), parse(RequestStatus.class, body.status(), "status"),
				version, body.comment(), user);
		return ResponseEntity.ok().eTag(etag(view)).body(RequestJson.of(view));
	}

	@PostMapping("/{id}/comments")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Kommentera", description = "internal: true ger en intern anteckning (bara handläggare).")
	ResponseEntity<RequestJson> comment(@PathVariable UUID id, @RequestBody CommentJson body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, CurrentUser user) {
		RequestView current = requests.find(id, user).orElseThrow(RequestsApiController::notFound);
		int version = ifMatch == null ? current.version() : requireVersion(ifMatch);
		RequestView view = requests.comment(id, body.body(), Boolean.TRUE.equals(body.internal()), version, user);
		return ResponseEntity.status(HttpStatus.CREATED).eTag(etag(view)).body(RequestJson.of(view));
	}

	@PostMapping("/{id}/time-entries")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Registrera tid",
			description = "{\"date\": \"2026-11-28\", \"minutes\": 45, \"activity\": \"Utredning\"}")
	ResponseEntity<RequestJson> time(@PathVariable UUID id, @RequestBody TimeJson body, CurrentUser user) {
		requests.find(id, user).orElseThrow(RequestsApiController::notFound);
		RequestView view = requests.logTime(id, body.date(), body.minutes() == null ? 0 : body.minutes(),
				body.activity(), user);
		return ResponseEntity.status(HttpStatus.CREATED).eTag(etag(view)).body(RequestJson.of(view));
	}

	@PutMapping("/{id}/assignee")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Byt handläggare",
			description = "{\"staffId\": …, \"reason\": \"Semester\"}; staffId null lämnar tillbaka ärendet till funktionens kö. Kräver If-Match.")
	ResponseEntity<RequestJson> assign(@PathVariable UUID id, @RequestBody AssignJson body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, CurrentUser user) {
		requests.find(id, user).orElseThrow(RequestsApiController::notFound);
		RequestView view = requests.assign(id, body.staffId(), body.reason(), requireVersion(ifMatch), user);
		return ResponseEntity.ok().eTag(etag(view)).body(RequestJson.of(view));
	}

	@PostMapping("/{id}/confirmation")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Bekräfta eller öppna igen",
			description = "Beställaren: {\"solved\": true} stänger, {\"solved\": false, \"comment\": …} öppnar igen.")
	ResponseEntity<RequestJson> confirm(@PathVariable UUID id, @RequestBody ConfirmJson body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, CurrentUser user) {
		RequestView current = requests.find(id, user).orElseThrow(RequestsApiController::notFound);
		int version = ifMatch == null ? current.version() : requireVersion(ifMatch);
		RequestView view = requests.confirm(id, Boolean.TRUE.equals(body.solved()), body.comment(), version, user);
		return ResponseEntity.ok().eTag(etag(view)).body(RequestJson.of(view));
	}

	@PostMapping("/{id}/rating")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Betygsätt hjälpen", description = "{\"rating\": 1–5, \"comment\": …}")
	ResponseEntity<RequestJson> rate(@PathVariable UUID id, @RequestBody RatingJson body, CurrentUser user) {
		requests.find(id, user).orElseThrow(RequestsApiController::notFound);
		RequestView view = requests.rate(id, body.rating() == null ? 0 : body.rating(), body.comment(), user);
		return ResponseEntity.ok().eTag(etag(view)).body(RequestJson.of(view));
	}

	@PostMapping("/{id}/join")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Gå med i ärendet",
			description = "I stället för att beställa samma sak igen: du följer ärendet och får dess uppdateringar. "
					+ "Går inte för sekretessärenden eller stängda ärenden. Att gå med två gånger ändrar inget.")
	ResponseEntity<RequestJson> join(@PathVariable UUID id, CurrentUser user) {
		RequestView view = requests.join(id, user);
		return ResponseEntity.ok().eTag(etag(view)).body(RequestJson.of(view));
	}

	@PostMapping("/{id}/links")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Länka till ett relaterat ärende",
			description = "{\"otherId\": …} eller {\"otherNumber\": \"HR 2026/00123\"}. Handläggare i ärendets funktion; "
					+ "det andra ärendet kan höra till en annan funktion om du får se det. Länken syns på båda.")
	ResponseEntity<RequestJson> link(@PathVariable UUID id, @RequestBody LinkJson body, CurrentUser user) {
		requests.find(id, user).orElseThrow(RequestsApiController::notFound);
		UUID other = body == null ? null : body.otherId();
		if (other == null && body != null && body.otherNumber() != null && !body.otherNumber().isBlank()) {
			other = requests.findByNumber(RequestNumbers.normalise(body.otherNumber()), user)
				.map(RequestView::id)
				.orElse(null);
			if (other == null) {
				throw new ValidationException(Map.of("otherNumber",
						"Det finns inget ärende " + body.otherNumber().strip() + " som du får se."));
			}
		}
		if (other == null) {
			throw new ValidationException(
					Map.of("otherId", "Skicka otherId eller otherNumber för ärendet som ska länkas."));
		}
		RequestView view = requests.link(id, other, user);
		return ResponseEntity.status(HttpStatus.CREATED).eTag(etag(view)).body(RequestJson.of(view));
	}

	@DeleteMapping("/{id}/links/{otherId}")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Ta bort en länk", description = "Tar bort länken från båda ärendena.")
	ResponseEntity<RequestJson> unlink(@PathVariable UUID id, @PathVariable UUID otherId, CurrentUser user) {
		requests.find(id, user).orElseThrow(RequestsApiController::notFound);
		RequestView view = requests.unlink(id, otherId, user);
		return ResponseEntity.ok().eTag(etag(view)).body(RequestJson.of(view));
	}

	@PostMapping("/{id}/merge")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Sammanfoga med ett annat ärende",
			description = "{\"into\": …} (eller \"intoNumber\"). Ärendet {id} är dubbletten: dess beskrivning, kommentarer, "
					+ "anteckningar, tid, bilagor och följare flyttas till into, och det stängs som sammanfogat. "
					+ "Kräver If-Match med dubblettens ETag (eller \"version\" i kroppen). Svarar med into.")
	ResponseEntity<RequestJson> merge(@PathVariable UUID id, @RequestBody MergeJson body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, CurrentUser user) {
		requests.find(id, user).orElseThrow(RequestsApiController::notFound);
		int version = ifMatch != null && !ifMatch.isBlank() ? requireVersion(ifMatch)
				: body != null && body.version() != null ? body.version() : requireVersion(null);
		UUID into = body == null ? null : body.into();
		if (into == null && body != null && body.intoNumber() != null && !body.intoNumber().isBlank()) {
			into = requests.findByNumber(RequestNumbers.normalise(body.intoNumber()), user)
				.map(RequestView::id)
				.orElse(null);
			if (into == null) {
				throw new ValidationException(Map.of("intoNumber",
						"Det finns inget ärende " + body.intoNumber().strip() + " som du får se."));
			}
		}
		if (into == null) {
			throw new ValidationException(
					Map.of("into", "Skicka into med id:t för ärendet som dubbletten ska sammanfogas med."));
		}
		RequestView view = requests.merge(id, into, version, user);
		return ResponseEntity.ok().eTag(etag(view)).body(RequestJson.of(view));
	}

	/**
	 * The form's extra fields are named field_<key> in the web form; a JSON client sent
	 * them as fields.<key>, so that is what the errors name.
	 */
	static Map<String, String> apiFieldNames(Map<String, String> errors) {
		Map<String, String> renamed = new LinkedHashMap<>();
		errors.forEach((field, message) -> renamed
			.put(field.startsWith("field_") ? "fields." + field.substring("field_".length()) : field, message));
		return renamed;
	}

	private static NotFoundException notFound() {
		return new NotFoundException("Ärendet finns inte, eller så har du inte behörighet att se det.");
	}

	static String etag(RequestView view) {
		return "\"" + view.version() + "\"";
	}

	static int requireVersion(String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw new ValidationException(Map.of("If-Match",
					"Skicka If-Match med ärendets ETag (från GET), så att du inte skriver över någon annans ändring."));
		}
		try {
			return Integer.parseInt(ifMatch.strip().replace("W/", "").replace("\"", ""));
		}
		catch (NumberFormatException ex) {
			throw new ValidationException(Map.of("If-Match", "If-Match ska vara ärendets ETag, t.ex. \"3\"."));
		}
	}

	static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new ValidationException(Map.of(field, field + " kan vara "
					+ String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())
					+ "."));
		}
	}

	record CreateJson(UUID serviceId, String title, String description, Map<String, String> fields) {
	}

	record PatchJson(String status, String comment) {
	}

	record CommentJson(String body, Boolean internal) {
	}

	record TimeJson(LocalDate date, Integer minutes, String activity) {
	}

	record AssignJson(UUID staffId, String reason) {
	}

	record ConfirmJson(Boolean solved, String comment) {
	}

	record RatingJson(Integer rating, String comment) {
	}

	record LinkJson(UUID otherId, String otherNumber) {
	}

	record MergeJson(UUID into, String intoNumber, Integer version) {
	}

	/**
	 * @param total matching requests, counted up to 10 000
	 * @param totalExact false when more than {@code total} match
	 */
	record ListJson(List<SummaryJson> rows, int page, int size, long total, boolean totalExact) {
	}

	record SummaryJson(UUID id, String number, String function, String service, boolean confidential, String title,
			RequestStatus status, String requester, String forvaltning, String assignee, OffsetDateTime createdAt,
			OffsetDateTime dueAt, boolean overdue) {

		static SummaryJson of(RequestSummary s) {
			return new SummaryJson(s.id(), s.number(), s.functionCode(), s.serviceName(), s.confidential(), s.title(),
					s.status(), s.requesterName(), s.forvaltningName(), s.assigneeName(), s.createdAt(), s.dueAt(),
					s.overdue(OffsetDateTime.now()));
		}

	}

	/**
	 * The handler: id is the staff id (staffId says the same, kept for earlier clients).
	 */
	record Assignee(UUID id, String name, String username, UUID staffId) {
	}

	record RequestJson(UUID id, String number, RequestStatus status, String function, UUID serviceId, String service,
			int formVersion, boolean confidential, String title, String description, Map<String, String> fields,
			String requester, UUID forvaltningId, String forvaltning, Assignee assignee, String assignmentReason,
			OffsetDateTime createdAt, OffsetDateTime dueAt, OffsetDateTime resolvedAt, OffsetDateTime closedAt,
			boolean overdue, Integer rating, int version, List<RequestView.Comment> comments,
			List<RequestView.TimeEntry> timeEntries, List<RequestView.ChecklistItem> checklist,
			List<RequestView.AuditEntry> audit, List<RequestView.Link> links, RequestView.Ref mergedInto,
			List<RequestView.Follower> followers) {

		static RequestJson of(RequestView v) {
			Map<String, String> fields = new LinkedHashMap<>();
			v.answers().forEach(a -> fields.put(a.key(), a.value()));
			return new RequestJson(v.id(), v.number(), v.status(), v.functionCode(), v.serviceId(), v.serviceName(),
					v.formVersion(), v.confidential(), v.title(), v.description(), fields, v.requesterName(),
					v.forvaltningId(), v.forvaltningName(),
					v.assigneeStaffId() == null ? null
							: new Assignee(v.assigneeStaffId(), v.assigneeName(), v.assigneeUsername(),
									v.assigneeStaffId()),
					v.assignmentReason(), v.createdAt(), v.dueAt(), v.resolvedAt(), v.closedAt(),
					v.overdue(OffsetDateTime.now()), v.rating(), v.version(), v.comments(), v.timeEntries(),
					v.checklist(), v.audit(), v.links(), v.mergedInto(), v.staffView() ? v.followers() : null);
		}

	}

}
