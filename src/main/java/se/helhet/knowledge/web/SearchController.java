package se.helhet.knowledge.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.helhet.catalogue.Catalogue;
import se.helhet.catalogue.ServiceView;
import se.helhet.knowledge.internal.Savings;
import se.helhet.knowledge.internal.SearchIndexer;
import se.helhet.knowledge.internal.SearchService;
import se.helhet.knowledge.internal.SearchService.Hit;
import se.helhet.knowledge.internal.SearchService.Results;
import se.helhet.knowledge.internal.SearchService.Suggestions;
import se.helhet.knowledge.internal.SearchType;
import se.helhet.knowledge.internal.Synonyms;
import se.helhet.organisation.Organisation;
import se.helhet.organisation.UnitView;
import se.helhet.platform.CurrentUser;
import se.helhet.platform.NotFoundException;
import se.helhet.platform.ValidationException;
import se.helhet.requests.RequestView;
import se.helhet.requests.Requests;

/**
 * The search box's page, the suggestions shown while a requester writes, the likely
 * duplicates on a handler's request page, the synonyms a lead keeps and the
 * administrator's view of the search index.
 */
@Controller
class SearchController {

	/* A pasted mail is searched by its first words; the box keeps what was typed. */
	static final int MAX_QUERY = 10_000;

	private final SearchService search;

	private final SearchIndexer indexer;

	private final Synonyms synonyms;

	private final Savings savings;

	private final Catalogue catalogue;

	private final Requests requests;

	private final Organisation organisation;

	SearchController(SearchService search, SearchIndexer indexer, Synonyms synonyms, Savings savings,
			Catalogue catalogue, Requests requests, Organisation organisation) {
		this.search = search;
		this.indexer = indexer;
		this.synonyms = synonyms;
		this.savings = savings;
		this.catalogue = catalogue;
		this.requests = requests;
		this.organisation = organisation;
	}

	@GetMapping("/sok")
	@PreAuthorize("isAuthenticated()")
	String page(@RequestParam(name = "q", required = false) String q,
			@RequestParam(name = "typ", required = false) String type, CurrentUser user, Model model) {
		String query = q == null ? "" : (q.length() > MAX_QUERY ? q.substring(0, MAX_QUERY) : q);
		SearchType kind = parseType(type);
		Results results = query.isBlank() ? new Results(List.of(), false) : search.search(query, kind, 30, user);
		model.addAttribute("query", query);
		model.addAttribute("type", kind == null ? "" : kind.name());
		model.addAttribute("results", results);
		model.addAttribute("searched", !query.isBlank());
		return "knowledge/search";
	}

	static SearchType parseType(String type) {
		if (type == null || type.isBlank()) {
			return null;
		}
		try {
			return SearchType.valueOf(type.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** The panel beside the new-request form, refreshed as the requester writes. */
	@GetMapping("/kunskap/forslag")
	@PreAuthorize("isAuthenticated()")
	String suggestions(@RequestParam(name = "serviceId", required = false) UUID serviceId,
			@RequestParam(name = "title", required = false) String title,
			@RequestParam(name = "description", required = false) String description, CurrentUser user, Model model) {
		String text = ((title == null ? "" : title) + "\n" + (description == null ? "" : description)).strip();
		if (text.length() > MAX_QUERY) {
			text = text.substring(0, MAX_QUERY);
		}
		UUID functionId = serviceId == null ? null
				: catalogue.service(serviceId).map(ServiceView::functionId).orElse(null);
		Suggestions suggestions = text.length() < 8 ? new Suggestions(List.of(), List.of())
				: search.suggest(text, functionId, user);
		model.addAttribute("suggestions", suggestions);
		model.addAttribute("serviceId", serviceId == null ? "" : serviceId.toString());
		return "knowledge/suggestions";
	}

	/** "This answered my question": nothing is filed, and the saving is counted. */
	@PostMapping("/kunskap/forslag/hjalpte")
	@PreAuthorize("isAuthenticated()")
	String answered(@RequestParam(name = "typ") String type, @RequestParam(name = "id") UUID id,
			@RequestParam(name = "tjanst", required = false) UUID serviceId,
			@RequestHeader(name = "HX-Request", required = false) String htmx, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		SearchType kind = parseType(type);
		if (kind != SearchType.ARTICLE && kind != SearchType.DOCUMENT) {
			throw new NotFoundException("Det finns inget sådant svar.");
		}
		Hit answer = search.answer(kind, id, user)
			.orElseThrow(() -> new NotFoundException("Artikeln eller styrdokumentet finns inte."));
		UUID functionId = Optional.ofNullable(serviceId)
			.flatMap(catalogue::service)
			.map(ServiceView::functionId)
			.orElse(search.functionOf(answer));
		UUID forvaltning = organisation.topUnitOf(user.unitId()).map(UnitView::id).orElse(null);
		savings.record(Savings.Kind.AVLEDD, functionId, forvaltning, null, id, user.username());
		if (htmx != null) {
			model.addAttribute("answer", answer);
			return "knowledge/answered";
		}
		redirect.addFlashAttribute("message", "search.answered.thanks");
		return "redirect:" + answer.url();
	}

	/** Likely duplicates of a request, for its handler. */
	@GetMapping("/kunskap/liknande/{requestId}")
	@PreAuthorize("hasAnyRole('HANDLER', 'FUNCTION_LEAD', 'ADMIN')")
	String likelyDuplicates(@PathVariable UUID requestId, CurrentUser user, Model model) {
		RequestView request = requests.find(requestId, user)
			.orElseThrow(() -> new NotFoundException("Ärendet finns inte eller så får du inte se det."));
		List<Hit> similar = search.similar(request.title() + "\n" + request.description(), request.functionId(),
				requestId, user, 5);
		model.addAttribute("request", request);
		model.addAttribute("similar", similar);
		return "knowledge/likely-duplicates";
	}

	// ---- synonyms

	@GetMapping("/kunskap/synonymer")
	@PreAuthorize("hasAnyRole('FUNCTION_LEAD', 'ADMIN')")
	String synonyms(@RequestParam(name = "funktion", required = false) UUID function, CurrentUser user, Model model) {
		return synonymsPage(chosenFunction(function, user), user, model, Map.of(), "", "", null);
	}

	@PostMapping("/kunskap/synonymer")
	@PreAuthorize("hasAnyRole('FUNCTION_LEAD', 'ADMIN')")
	String addSynonym(@RequestParam(name = "funktion", required = false) UUID function,
			@RequestParam(name = "one", required = false) String one,
			@RequestParam(name = "other", required = false) String other, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		UUID functionId = chosenFunction(function, user);
		try {
			synonyms.add(functionId, one, other, user);
		}
		catch (ValidationException ex) {
			return synonymsPage(functionId, user, model, ex.errors(), one, other, null);
		}
		redirect.addFlashAttribute("message", "search.synonyms.added");
		return "redirect:/kunskap/synonymer?funktion=" + functionId;
	}

	@PostMapping("/kunskap/synonymer/{id}/ta-bort")
	@PreAuthorize("hasAnyRole('FUNCTION_LEAD', 'ADMIN')")
	String removeSynonym(@PathVariable UUID id, CurrentUser user, RedirectAttributes redirect) {
		Synonyms.Entry entry = synonyms.find(id)
			.filter(e -> Synonyms.mayKeep(e.functionId(), user))
			.orElseThrow(() -> new NotFoundException("Synonymen finns inte (den kan redan vara borttagen)."));
		synonyms.remove(entry.functionId(), id);
		redirect.addFlashAttribute("message", "search.synonyms.removed");
		return "redirect:/kunskap/synonymer?funktion=" + entry.functionId();
	}

	private UUID chosenFunction(UUID asked, CurrentUser user) {
		List<UnitView> functions = organisation.functions();
		UUID functionId = asked != null ? asked
				: functions.stream()
					.map(UnitView::id)
					.filter(id -> id.equals(user.unitId()))
					.findFirst()
					.orElse(functions.isEmpty() ? null : functions.getFirst().id());
		if (functionId == null || functions.stream().noneMatch(f -> f.id().equals(functionId))
				|| !Synonyms.mayKeep(functionId, user)) {
			throw new NotFoundException("Du kan bara ändra synonymerna för din egen funktion.");
		}
		return functionId;
	}

	private String synonymsPage(UUID functionId, CurrentUser user, Model model, Map<String, String> errors, String one,
			String other, String message) {
		List<UnitView> functions = organisation.functions()
			.stream()
			.filter(f -> Synonyms.mayKeep(f.id(), user))
			.toList();
		model.addAttribute("functions", functions);
		model.addAttribute("function", functionId);
		model.addAttribute("functionName",
				functions.stream().filter(f -> f.id().equals(functionId)).map(UnitView::name).findFirst().orElse(""));
		model.addAttribute("entries", synonyms.of(functionId));
		model.addAttribute("errors", errors);
		model.addAttribute("one", one == null ? "" : one);
		model.addAttribute("other", other == null ? "" : other);
		return "knowledge/synonyms";
	}

	// ---- the index

	@GetMapping("/kunskap/sokindex")
	@PreAuthorize("hasRole('ADMIN')")
	String index(Model model) {
		model.addAttribute("status", search.status(indexer));
		return "knowledge/search-index";
	}

	@GetMapping("/kunskap/sokindex/status")
	@PreAuthorize("hasRole('ADMIN')")
	String indexStatus(Model model) {
		model.addAttribute("status", search.status(indexer));
		return "knowledge/search-index-status";
	}

	@PostMapping("/kunskap/sokindex/bygg-om")
	@PreAuthorize("hasRole('ADMIN')")
	String rebuild(RedirectAttributes redirect) {
		boolean started = indexer.startRebuild();
		redirect.addFlashAttribute("message", started ? "search.index.started" : "search.index.running");
		return "redirect:/kunskap/sokindex";
	}

}
