package se.helhet.requests.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.helhet.catalogue.Catalogue;
import se.helhet.catalogue.ServiceView;
import se.helhet.organisation.Organisation;
import se.helhet.organisation.UnitView;
import se.helhet.platform.ConflictException;
import se.helhet.platform.CurrentUser;
import se.helhet.platform.NotFoundException;
import se.helhet.platform.Role;
import se.helhet.platform.ValidationException;
import se.helhet.requests.RequestStatus;
import se.helhet.requests.RequestView;
import se.helhet.requests.Requests.ListPage;
import se.helhet.requests.Requests.Queue;
import se.helhet.requests.Requests.RequestQuery;
import se.helhet.requests.Requests.Sort;
import se.helhet.requests.Requests.SubmitRequest;
import se.helhet.requests.ServiceGuidance;
import se.helhet.requests.internal.AttachmentStore;
import se.helhet.requests.internal.RequestService;

/**
 * The request pages: order support, follow one's requests, work the queues, handle a
 * request.
 */
@Controller
class RequestsController {

	private final RequestService requests;

	private final Catalogue catalogue;

	private final Organisation organisation;

	private final AttachmentStore attachments;

	/** The service's routine, when a module keeps governing documents. */
	private final ObjectProvider<ServiceGuidance> guidance;

	RequestsController(RequestService requests, Catalogue catalogue, Organisation organisation,
			AttachmentStore attachments, ObjectProvider<ServiceGuidance> guidance) {
		this.requests = requests;
		this.catalogue = catalogue;
		this.organisation = organisation;
		this.attachments = attachments;
		this.guidance = guidance;
	}

	private ServiceGuidance.Guidance guidanceFor(UUID serviceId) {
		ServiceGuidance source = guidance.getIfAvailable();
		return source == null ? null : source.forService(serviceId, LocaleContextHolder.getLocale()).orElse(null);
	}

	// ---- intake

	@GetMapping("/arenden/ny")
	@PreAuthorize("isAuthenticated()")
	String newRequest(@RequestParam(name = "tjanst", required = false) UUID serviceId, CurrentUser user, Model model) {
		if (serviceId == null) {
			// an order always starts from a service: without one, show the catalogue to
			// pick from
			return "redirect:/katalog";
		}
		ServiceView service = catalogue.service(serviceId)
			.filter(ServiceView::active)
			.orElseThrow(() -> new NotFoundException("Tjänsten finns inte eller kan inte beställas."));
		return formPage(model, service, user,
				new RequestForm(serviceId.toString(), "", "", Map.of(), UUID.randomUUID().toString()), Map.of());
	}

	@PostMapping("/arenden")
	@PreAuthorize("isAuthenticated()")
	String submit(@RequestParam Map<String, String> params,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, CurrentUser user, Model model) {
		Map<String, String> fields = new LinkedHashMap<>();
		params.forEach((key, value) -> {
			if (key.startsWith("field_")) {
				fields.put(key.substring("field_".length()), value);
			}
		});
		RequestForm form = new RequestForm(params.get("serviceId"), params.get("title"), params.get("description"),
				fields, params.get("idempotencyKey"));
		UUID serviceId = uuid(form.serviceId());
		ServiceView service = serviceId == null ? null : catalogue.service(serviceId).orElse(null);
		if (service == null) {
			return "redirect:/katalog";
		}
		List<MultipartFile> uploads = files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()).toList();
		Map<String, String> fileErrors = checkFiles(uploads);
		if (!fileErrors.isEmpty()) {
			Map<String, String> errors = new LinkedHashMap<>(fileErrors);
			try {
				catalogue.answerProblems(serviceId, fields)
					.forEach((field, text) -> errors.put(field, text.in(LocaleContextHolder.getLocale())));
			}
			catch (RuntimeException ex) {
				// the file errors are enough to show
			}
			return formPage(model, service, user, form, errors);
		}
		RequestView view;
		try {
			view = requests.submit(
					new SubmitRequest(serviceId, form.title(), form.description(), fields, form.idempotencyKey()),
					user);
		}
		catch (ValidationException ex) {
			return formPage(model, service, user, form, ex.errors(LocaleContextHolder.getLocale()));
		}
		for (MultipartFile file : uploads) {
			store(view.id(), file, user);
		}
		return "redirect:/arenden/" + view.id();
	}

	// ---- lists

	@GetMapping("/arenden")
	@PreAuthorize("isAuthenticated()")
	String list(@RequestParam(name = "vy", required = false) String view,
			@RequestParam(name = "status", required = false) String status,
			@RequestParam(name = "forvaltning", required = false) UUID forvaltning,
			@RequestParam(name = "sortera", defaultValue = "DUE") String sort,
			@RequestParam(name = "ordning", defaultValue = "asc") String order,
			@RequestParam(name = "sida", defaultValue = "1") int page, CurrentUser user, Model model) {
		boolean staff = user.has(Role.HANDLER) || user.has(Role.FUNCTION_LEAD);
		Queue queue = queueOf(view, staff);
		RequestStatus statusFilter = enumOrNull(RequestStatus.class, status);
		Sort sortBy = enumOrNull(Sort.class, sort);
		ListPage result = requests.list(new RequestQuery(queue, statusFilter, forvaltning, null, sortBy,
				"desc".equalsIgnoreCase(order), Math.max(0, page - 1), 50), user);
		model.addAttribute("result", result);
		model.addAttribute("queue", queue);
		model.addAttribute("views", staff
				? List.of(Queue.MINE, Queue.UNASSIGNED, Queue.OVERDUE, Queue.FORVALTNING, Queue.ALL, Queue.REQUESTED)
				: List.of(Queue.REQUESTED, Queue.ALL));
		model.addAttribute("statusFilter", statusFilter);
		model.addAttribute("forvaltning", forvaltning);
		model.addAttribute("forvaltningar",
				organisation.units()
					.stream()
					.filter(u -> u.kind() == se.helhet.organisation.UnitKind.FORVALTNING)
					.toList());
		model.addAttribute("sort", sortBy == null ? Sort.DUE : sortBy);
		model.addAttribute("descending", "desc".equalsIgnoreCase(order));
		model.addAttribute("now", OffsetDateTime.now());
		return "requests/list";
	}

	// ---- one request

	/**
	 * A merged request's number stays valid: opening it leads to the request it was
	 * merged into (303), or shows it closed with a link when the reader may not see that
	 * one.
	 */
	@GetMapping("/arenden/{id}")
	@PreAuthorize("isAuthenticated()")
	String detail(@PathVariable UUID id, CurrentUser user, Model model, RedirectAttributes redirect) {
		RequestView view = load(id, user);
		if (view.merged() && requests.find(view.mergedInto().id(), user).isPresent()) {
			redirect.addFlashAttribute("mergedFrom", view.number());
			return "redirect:/arenden/" + view.mergedInto().id();
		}
		return detailPage(model, view, user, Map.of(), null, Map.of());
	}

	/**
	 * The requester joins a request from the suggestions instead of filing the same
	 * question: they follow it from now on.
	 */
	@PostMapping("/arenden/{id}/ga-med")
	@PreAuthorize("isAuthenticated()")
	String join(@PathVariable UUID id, CurrentUser user, Model model, RedirectAttributes redirect) {
		try {
			requests.join(id, user);
		}
		catch (ValidationException ex) {
			// the request may exist for them only as a number: say why on a page they may
			// see
			Map<String, String> errors = ex.errors(LocaleContextHolder.getLocale());
			var visible = requests.find(id, user);
			if (visible.isPresent()) {
				return detailPage(model, visible.get(), user, errors, null, Map.of());
			}
			redirect.addFlashAttribute("joinError", String.join(" ", errors.values()));
			return "redirect:/arenden";
		}
		redirect.addFlashAttribute("message", "request.saved.joined");
		return "redirect:/arenden/" + id;
	}

	@PostMapping("/arenden/{id}/lankar")
	@PreAuthorize("isAuthenticated()")
	String link(@PathVariable UUID id, @RequestParam(defaultValue = "") String other, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		return change(id, user, model, redirect, Map.of("other", other), () -> {
			if (other.isBlank()) {
				throw new ValidationException(
						Map.of("other", english() ? "Write the number of the related request, e.g. HR 2026/00123."
								: "Skriv numret på det relaterade ärendet, t.ex. HR 2026/00123."));
			}
			UUID otherId = requests.findByNumber(RequestNumbers.normalise(other), user)
				.map(RequestView::id)
				.orElseThrow(() -> new ValidationException(Map.of("other",
						english()
								? "There is no request " + other.strip()
										+ " that you may see. Check the number, e.g. HR 2026/00123."
								: "Det finns inget ärende " + other.strip()
										+ " som du får se. Kontrollera numret, t.ex. HR 2026/00123.")));
			return requests.link(id, otherId, user);
		}, "request.saved.linked");
	}

	@PostMapping("/arenden/{id}/lankar/{otherId}/ta-bort")
	@PreAuthorize("isAuthenticated()")
	String unlink(@PathVariable UUID id, @PathVariable UUID otherId, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		return change(id, user, model, redirect, Map.of(), () -> requests.unlink(id, otherId, user),
				"request.saved.unlinked");
	}

	/**
	 * Two steps: the number typed gives a confirmation that says what will move; the
	 * confirmation (confirm=true with the target's id) merges.
	 */
	@PostMapping("/arenden/{id}/sammanfoga")
	@PreAuthorize("isAuthenticated()")
	String merge(@PathVariable UUID id, @RequestParam(defaultValue = "") String into,
			@RequestParam(defaultValue = "") String intoId, @RequestParam(defaultValue = "false") boolean confirm,
			@RequestParam(defaultValue = "-1") int version, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		RequestView view = load(id, user);
		Map<String, String> typed = Map.of("into", into);
		if (!view.staffView()) {
			throw new org.springframework.security.access.AccessDeniedException(
					"Bara handläggare i funktionen som äger ärendet kan sammanfoga det.");
		}
		if (!confirm) {
			if (into.isBlank()) {
				return detailPage(model, view, user, Map.of("into", english()
						? "Write the number of the request the question is to be handled in, e.g. HR 2026/00123."
						: "Skriv numret på ärendet som frågan ska handläggas i, t.ex. HR 2026/00123."), null, typed);
			}
			var target = requests.findByNumber(RequestNumbers.normalise(into), user);
			if (target.isEmpty()) {
				return detailPage(model, view, user,
						Map.of("into",
								english()
										? "There is no request " + into.strip()
												+ " that you may see. Check the number, e.g. HR 2026/00123."
										: "Det finns inget ärende " + into.strip()
												+ " som du får se. Kontrollera numret, t.ex. HR 2026/00123."),
						null, typed);
			}
			// what can be told before the confirmation is told now; the facade checks
			// everything again when it merges
			String problem = target.get().id().equals(view.id())
					? (english() ? "A request cannot be merged into itself. Write the number of the other request."
							: "Ett ärende kan inte sammanfogas med sig självt. Skriv numret på det andra ärendet.")
					: !target.get().functionId().equals(view.functionId()) ? (english()
							? "Only requests of the same function can be merged. " + target.get().number()
									+ " is handled by another function; link the requests instead."
							: "Bara ärenden i samma funktion kan sammanfogas. " + target.get().number()
									+ " handläggs av en annan funktion; länka ärendena i stället.")
							: null;
			if (problem != null) {
				return detailPage(model, view, user, Map.of("into", problem), null, typed);
			}
			model.addAttribute("mergeTarget", target.get());
			return detailPage(model, view, user, Map.of(), null, typed);
		}
		UUID target = uuid(intoId);
		try {
			RequestView merged = requests.merge(id, target, version, user);
			redirect.addFlashAttribute("message", "request.saved.merged");
			redirect.addFlashAttribute("mergedFrom", view.number());
			return "redirect:/arenden/" + merged.id();
		}
		catch (ValidationException ex) {
			return detailPage(model, view, user, ex.errors(LocaleContextHolder.getLocale()), null, typed);
		}
		catch (ConflictException ex) {
			return detailPage(model, load(id, user), user, Map.of(), ex.getMessage(), typed);
		}
	}

	@PostMapping("/arenden/{id}/status")
	@PreAuthorize("isAuthenticated()")
	String status(@PathVariable UUID id, @RequestParam(defaultValue = "") String status,
			@RequestParam(defaultValue = "") String comment, @RequestParam(defaultValue = "-1") int version,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		return change(id, user, model, redirect, Map.of("status", status, "comment", comment),
				() -> requests.changeStatus(id, enumOrNull(RequestStatus.class, status), version, comment, user),
				"request.saved.status");
	}

	@PostMapping("/arenden/{id}/kommentar")
	@PreAuthorize("isAuthenticated()")
	String comment(@PathVariable UUID id, @RequestParam(defaultValue = "") String body,
			@RequestParam(defaultValue = "false") boolean internal, @RequestParam(defaultValue = "-1") int version,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		return change(id, user, model, redirect, Map.of("body", body, "internal", String.valueOf(internal)),
				() -> requests.comment(id, body, internal, version, user), "request.saved.comment");
	}

	@PostMapping("/arenden/{id}/tid")
	@PreAuthorize("isAuthenticated()")
	String time(@PathVariable UUID id, @RequestParam(defaultValue = "") String date,
			@RequestParam(defaultValue = "") String minutes, @RequestParam(defaultValue = "") String activity,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		Map<String, String> typed = Map.of("date", date, "minutes", minutes, "activity", activity);
		return change(id, user, model, redirect, typed, () -> {
			Map<String, String> errors = new LinkedHashMap<>();
			LocalDate day = null;
			try {
				day = LocalDate.parse(date.strip());
			}
			catch (DateTimeParseException ex) {
				errors.put("date", english() ? "Write the date as YYYY-MM-DD." : "Skriv datumet som ÅÅÅÅ-MM-DD.");
			}
			int mins = 0;
			try {
				mins = Integer.parseInt(minutes.strip());
			}
			catch (NumberFormatException ex) {
				errors.put("minutes", english() ? "Write the time as whole minutes, e.g. 45."
						: "Skriv tiden som ett helt antal minuter, t.ex. 45.");
			}
			if (!errors.isEmpty()) {
				throw new ValidationException(errors);
			}
			return requests.logTime(id, day, mins, activity, user);
		}, "request.saved.time");
	}

	@PostMapping("/arenden/{id}/tilldela")
	@PreAuthorize("isAuthenticated()")
	String assign(@PathVariable UUID id, @RequestParam(defaultValue = "") String staffId,
			@RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "-1") int version,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		return change(id, user, model, redirect, Map.of("staffId", staffId, "reason", reason),
				() -> requests.assign(id, uuid(staffId), reason, version, user), "request.saved.assignee");
	}

	@PostMapping("/arenden/{id}/checklista/{itemId}")
	@PreAuthorize("isAuthenticated()")
	String tick(@PathVariable UUID id, @PathVariable UUID itemId, @RequestParam(defaultValue = "false") boolean done,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		return change(id, user, model, redirect, Map.of(), () -> requests.tickChecklist(id, itemId, done, user),
				"request.saved.checklist");
	}

	@PostMapping("/arenden/{id}/bekrafta")
	@PreAuthorize("isAuthenticated()")
	String confirm(@PathVariable UUID id, @RequestParam(defaultValue = "true") boolean solved,
			@RequestParam(defaultValue = "") String comment, @RequestParam(defaultValue = "-1") int version,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		return change(id, user, model, redirect, Map.of("reopenComment", comment),
				() -> requests.confirm(id, solved, comment, version, user),
				solved ? "request.saved.confirmed" : "request.saved.reopened");
	}

	@PostMapping("/arenden/{id}/betyg")
	@PreAuthorize("isAuthenticated()")
	String rate(@PathVariable UUID id, @RequestParam(defaultValue = "0") int rating,
			@RequestParam(defaultValue = "") String comment, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		return change(id, user, model, redirect, Map.of("ratingComment", comment),
				() -> requests.rate(id, rating, comment, user), "request.saved.rating");
	}

	@PostMapping("/arenden/{id}/bilagor")
	@PreAuthorize("isAuthenticated()")
	String upload(@PathVariable UUID id, @RequestParam(name = "files", required = false) List<MultipartFile> files,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		RequestView view = load(id, user);
		List<MultipartFile> uploads = files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()).toList();
		Map<String, String> errors = new LinkedHashMap<>(checkFiles(uploads));
		if (uploads.isEmpty()) {
			errors.put("files",
					english() ? "Choose one or more files to attach." : "Välj en eller flera filer att bifoga.");
		}
		if (!errors.isEmpty()) {
			return detailPage(model, view, user, errors, null, Map.of());
		}
		uploads.forEach(file -> store(id, file, user));
		redirect.addFlashAttribute("message", "request.saved.attachment");
		return "redirect:/arenden/" + id;
	}

	@GetMapping("/arenden/{id}/bilagor/{attachmentId}")
	@PreAuthorize("isAuthenticated()")
	ResponseEntity<InputStreamResource> download(@PathVariable UUID id, @PathVariable UUID attachmentId,
			CurrentUser user) throws IOException {
		var attachment = requests.attachment(id, attachmentId, user)
			.orElseThrow(() -> new NotFoundException("Bilagan finns inte."));
		InputStream content = Files.newInputStream(attachments.path(attachment.storageKey()));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(attachment.contentType()))
			.contentLength(attachment.size())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(attachment.filename(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(content));
	}

	// ---- notifications

	@GetMapping("/notiser")
	@PreAuthorize("isAuthenticated()")
	String notifications(CurrentUser user, Model model) {
		model.addAttribute("notifications", requests.notifications(user, 100));
		return "requests/notifications";
	}

	@PostMapping("/notiser/lasta")
	@PreAuthorize("isAuthenticated()")
	String markRead(CurrentUser user) {
		requests.markNotificationsRead(user);
		return "redirect:/notiser";
	}

	// ---- support

	private String change(UUID id, CurrentUser user, Model model, RedirectAttributes redirect,
			Map<String, String> typed, java.util.function.Supplier<RequestView> action, String message) {
		RequestView view = load(id, user);
		try {
			action.get();
		}
		catch (ValidationException ex) {
			return detailPage(model, view, user, ex.errors(LocaleContextHolder.getLocale()), null, typed);
		}
		catch (ConflictException ex) {
			return detailPage(model, load(id, user), user, Map.of(), ex.getMessage(), typed);
		}
		redirect.addFlashAttribute("message", message);
		return "redirect:/arenden/" + id;
	}

	private RequestView load(UUID id, CurrentUser user) {
		return requests.find(id, user)
			.orElseThrow(
					() -> new NotFoundException("Ärendet finns inte, eller så har du inte behörighet att se det."));
	}

	private String detailPage(Model model, RequestView view, CurrentUser user, Map<String, String> errors,
			String conflict, Map<String, String> typed) {
		model.addAttribute("request", view);
		model.addAttribute("errors", errors);
		model.addAttribute("conflict", conflict);
		model.addAttribute("typed", typed);
		model.addAttribute("isRequester", view.requesterUsername().equals(user.username()));
		model.addAttribute("assignees", view.staffView() ? requests.possibleAssignees(view) : List.of());
		model.addAttribute("now", OffsetDateTime.now());
		model.addAttribute("today", LocalDate.now());
		var service = catalogue.service(view.serviceId());
		model.addAttribute("routine", service.map(ServiceView::routineTitle).orElse(null));
		model.addAttribute("guidance", view.staffView() ? guidanceFor(view.serviceId()) : null);
		// the service's name in the reader's language; the request keeps the name it was
		// filed under for when the service is gone
		java.util.Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("serviceName", service.map(s -> s.name(locale)).orElse(view.serviceName()));
		// the labels of the form's fields in the reader's language, while the service
		// still has the form the request was filed with
		Map<String, String> answerLabels = new LinkedHashMap<>();
		service.filter(s -> s.formVersion() == view.formVersion())
			.ifPresent(s -> s.fields().forEach(f -> answerLabels.put(f.key(), f.label(locale))));
		model.addAttribute("answerLabels", answerLabels);
		return "requests/detail";
	}

	private String formPage(Model model, ServiceView service, CurrentUser user, RequestForm form,
			Map<String, String> errors) {
		UnitView forvaltning = organisation.topUnitOf(user.unitId()).orElse(null);
		model.addAttribute("service", service);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("forvaltning", forvaltning);
		model.addAttribute("function", organisation.unit(service.functionId()).orElse(null));
		model.addAttribute("mayOrder", forvaltning != null && forvaltning.ordersCentralServices());
		model.addAttribute("guidance", guidanceFor(service.id()));
		return "requests/new";
	}

	private static boolean english() {
		return "en".equals(LocaleContextHolder.getLocale().getLanguage());
	}

	private Map<String, String> checkFiles(List<MultipartFile> files) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (files.size() > AttachmentStore.MAX_FILES) {
			errors.put("files", english() ? "Attach at most " + AttachmentStore.MAX_FILES + " files at a time."
					: "Bifoga högst " + AttachmentStore.MAX_FILES + " filer åt gången.");
		}
		List<String> problems = new ArrayList<>();
		for (MultipartFile file : files) {
			String name = AttachmentStore.cleanName(file.getOriginalFilename());
			if (AttachmentStore.contentType(name).isEmpty()) {
				problems.add(name + (english()
						? " is of a file type that is not accepted (allowed: pdf, docx, xlsx, pptx, odt, ods, txt, csv, png, jpg)"
						: " har en filtyp som inte tas emot (tillåtna: pdf, docx, xlsx, pptx, odt, ods, txt, csv, png, jpg)"));
			}
			else if (file.getSize() > AttachmentStore.MAX_BYTES) {
				problems.add(name + (english() ? " is larger than 10 MB" : " är större än 10 MB"));
			}
		}
		if (!problems.isEmpty()) {
			errors.put("files",
					String.join("; ", problems) + (english() ? ". Choose the files again." : ". Välj filerna igen."));
		}
		return errors;
	}

	private void store(UUID requestId, MultipartFile file, CurrentUser user) {
		String name = AttachmentStore.cleanName(file.getOriginalFilename());
		try (InputStream in = file.getInputStream()) {
			String key = attachments.store(in);
			requests.addAttachment(requestId, name, AttachmentStore.contentType(name).orElseThrow(), file.getSize(),
					key, user);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not store attachment", ex);
		}
	}

	private static Queue queueOf(String view, boolean staff) {
		if (view == null) {
			return staff ? Queue.MINE : Queue.REQUESTED;
		}
		return switch (view) {
			case "mina" -> Queue.MINE;
			case "otilldelade" -> Queue.UNASSIGNED;
			case "forsenade" -> Queue.OVERDUE;
			case "forvaltning" -> Queue.FORVALTNING;
			case "bestallda" -> Queue.REQUESTED;
			case "alla" -> Queue.ALL;
			default -> staff ? Queue.MINE : Queue.REQUESTED;
		};
	}

	private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
		try {
			return value == null || value.isBlank() ? null : Enum.valueOf(type, value.strip().toUpperCase());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static UUID uuid(String text) {
		try {
			return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
