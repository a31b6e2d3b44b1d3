package se.helhet.knowledge.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.helhet.knowledge.DocumentType;
import se.helhet.knowledge.DocumentVersionView;
import se.helhet.knowledge.DocumentView;
import se.helhet.knowledge.Knowledge;
import se.helhet.catalogue.Catalogue;
import se.helhet.catalogue.ServiceView;
import se.helhet.knowledge.Knowledge.DocumentServices;
import se.helhet.knowledge.Knowledge.LinkServices;
import se.helhet.knowledge.Knowledge.NewDocument;
import se.helhet.knowledge.Knowledge.NewVersion;
import se.helhet.organisation.Organisation;
import se.helhet.organisation.UnitView;
import se.helhet.platform.ConflictException;
import se.helhet.platform.CurrentUser;
import se.helhet.platform.NotFoundException;
import se.helhet.platform.ValidationException;

/**
 * Governing documents in the browser: the library with review dates, a document with its
 * version history, an old version marked as replaced, and the lead's forms for a new
 * document and a new version.
 */
@Controller
@RequestMapping("/kunskap/styrdokument")
class DocumentController {

	private final Knowledge knowledge;

	private final Organisation organisation;

	private final Catalogue catalogue;

	DocumentController(Knowledge knowledge, Organisation organisation, Catalogue catalogue) {
		this.knowledge = knowledge;
		this.organisation = organisation;
		this.catalogue = catalogue;
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	String list(@RequestParam(name = "funktion", required = false) String function, CurrentUser user, Model model) {
		UUID functionId = KnowledgeController.parseUuid(function);
		List<UnitView> functions = organisation.functions();
		LocalDate today = today();
		List<DocumentView> governed = functions.stream()
			.filter(f -> knowledge.mayGovern(f.id(), user))
			.flatMap(f -> knowledge.reviewsOverdue(f.id(), today).stream())
			.toList();
		model.addAttribute("documents", knowledge.documents(functionId));
		model.addAttribute("functions", functions);
		model.addAttribute("functionNames", KnowledgeController.functionNames(functions));
		model.addAttribute("function", functionId == null ? "" : functionId.toString());
		model.addAttribute("today", today);
		model.addAttribute("overdue", governed);
		model.addAttribute("mayCreate", functions.stream().anyMatch(f -> knowledge.mayGovern(f.id(), user)));
		return "knowledge/documents";
	}

	@GetMapping("/{id}")
	@PreAuthorize("isAuthenticated()")
	String document(@PathVariable UUID id, CurrentUser user, Model model) {
		DocumentView document = existing(id);
		List<DocumentVersionView> versions = knowledge.versions(id);
		return versionPage(user, model, document, versions, versions.getFirst());
	}

	@GetMapping("/{id}/versioner/{number}")
	@PreAuthorize("isAuthenticated()")
	String version(@PathVariable UUID id, @PathVariable String number, CurrentUser user, Model model) {
		DocumentView document = existing(id);
		List<DocumentVersionView> versions = knowledge.versions(id);
		DocumentVersionView shown = versions.stream()
			.filter(v -> String.valueOf(v.number()).equals(number))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Versionen finns inte."));
		return versionPage(user, model, document, versions, shown);
	}

	@GetMapping("/ny")
	@PreAuthorize("hasAnyRole('FUNCTION_LEAD', 'ADMIN')")
	String newForm(CurrentUser user, Model model) {
		return formPage(user, model, null, DocumentForm.empty(), 0, Map.of(), null);
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('FUNCTION_LEAD', 'ADMIN')")
	String create(DocumentForm form, CurrentUser user, Model model, RedirectAttributes redirect) {
		try {
			DocumentView created = knowledge.createDocument(
					new NewDocument(KnowledgeController.parseUuid(form.functionId()), form.title(), form.type(),
							form.owner(), form.body(), form.decidedBy(), form.decisionDate(), form.validFrom(),
							form.reviewDate()),
					new LinkServices(serviceIds(form.serviceIds()), form.requesterSummary(), null), user);
			redirect.addFlashAttribute("message", "knowledge.document.created");
			return "redirect:/kunskap/styrdokument/" + created.id();
		}
		catch (ValidationException ex) {
			return formPage(user, model, null, form, 0, ex.errors(), null);
		}
	}

	@GetMapping("/{id}/ny-version")
	@PreAuthorize("hasAnyRole('FUNCTION_LEAD', 'ADMIN')")
	String versionForm(@PathVariable UUID id, CurrentUser user, Model model) {
		DocumentView document = governed(id, user);
		return formPage(user, model, document, DocumentForm.nextVersionOf(document), document.version(), Map.of(),
				null);
	}

	@PostMapping("/{id}/ny-version")
	@PreAuthorize("hasAnyRole('FUNCTION_LEAD', 'ADMIN')")
	String revise(@PathVariable UUID id, DocumentForm form, @RequestParam(required = false) Integer version,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		DocumentView document = governed(id, user);
		int basedOn = version == null ? document.version() : version;
		try {
			knowledge.reviseDocument(id, new NewVersion(form.body(), form.decidedBy(), form.decisionDate(),
					form.validFrom(), form.reviewDate(), form.changeNote(), basedOn), user);
		}
		catch (ValidationException ex) {
			return formPage(user, model, document, form, basedOn, ex.errors(), null);
		}
		catch (ConflictException ex) {
			return formPage(user, model, document, form, basedOn, Map.of(), ex.getMessage());
		}
		redirect.addFlashAttribute("message", "knowledge.document.revised");
		return "redirect:/kunskap/styrdokument/" + id;
	}

	/**
	 * The lead chooses which services the document applies to, and what requesters read.
	 */
	@PostMapping("/{id}/tjanster")
	@PreAuthorize("hasAnyRole('FUNCTION_LEAD', 'ADMIN')")
	String linkServices(@PathVariable UUID id, @RequestParam(name = "serviceIds", required = false) List<String> chosen,
			@RequestParam(defaultValue = "") String requesterSummary, @RequestParam(required = false) Integer version,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		DocumentView document = governed(id, user);
		List<String> typed = chosen == null ? List.of() : chosen;
		try {
			knowledge.linkServices(id, new LinkServices(serviceIds(typed), requesterSummary,
					version == null ? document.version() : version), user);
		}
		catch (ValidationException ex) {
			return servicesPage(user, model, document, typed, requesterSummary, ex.errors(), null);
		}
		catch (ConflictException ex) {
			return servicesPage(user, model, existing(id), typed, requesterSummary, Map.of(), ex.getMessage());
		}
		redirect.addFlashAttribute("message", "knowledge.document.servicesSaved");
		return "redirect:/kunskap/styrdokument/" + id;
	}

	private String servicesPage(CurrentUser user, Model model, DocumentView document, List<String> chosen,
			String summary, Map<String, String> errors, String conflict) {
		List<DocumentVersionView> versions = knowledge.versions(document.id());
		model.addAttribute("errors", errors);
		model.addAttribute("conflict", conflict);
		model.addAttribute("chosenServices", chosen);
		model.addAttribute("typedSummary", summary);
		return versionPage(user, model, document, versions, versions.getFirst());
	}

	private static List<UUID> serviceIds(List<String> typed) {
		return typed == null ? List.of()
				: typed.stream().map(KnowledgeController::parseUuid).filter(java.util.Objects::nonNull).toList();
	}

	private String versionPage(CurrentUser user, Model model, DocumentView document, List<DocumentVersionView> versions,
			DocumentVersionView shown) {
		model.addAttribute("document", document);
		model.addAttribute("versions", versions);
		model.addAttribute("shown", shown);
		model.addAttribute("functionName",
				KnowledgeController.functionNames(organisation.functions()).get(document.functionId()));
		model.addAttribute("today", today());
		model.addAttribute("mayRevise", knowledge.mayGovern(document.functionId(), user));
		DocumentServices services = knowledge.documentServices(document.id());
		model.addAttribute("services", services);
		model.addAttribute("linkedServices",
				services.serviceIds().stream().map(catalogue::service).flatMap(java.util.Optional::stream).toList());
		model.addAttribute("functionServices", catalogue.servicesOf(document.functionId()));
		if (!model.containsAttribute("chosenServices")) {
			model.addAttribute("chosenServices", services.serviceIds().stream().map(UUID::toString).toList());
			model.addAttribute("typedSummary", services.requesterSummary() == null ? "" : services.requesterSummary());
			model.addAttribute("errors", Map.of());
		}
		return "knowledge/document";
	}

	private String formPage(CurrentUser user, Model model, DocumentView document, DocumentForm form, int version,
			Map<String, String> errors, String conflict) {
		List<UnitView> choices = organisation.functions()
			.stream()
			.filter(f -> knowledge.mayGovern(f.id(), user))
			.toList();
		if (choices.isEmpty()) {
			throw new AccessDeniedException("Funktionernas chefer lägger till styrdokument.");
		}
		model.addAttribute("document", document);
		model.addAttribute("form", form);
		model.addAttribute("version", version);
		model.addAttribute("errors", errors);
		model.addAttribute("conflict", conflict);
		model.addAttribute("functions", document == null && choices.size() > 1 ? choices : List.of());
		model.addAttribute("types", List.of(DocumentType.values()));
		// the services of each function the lead governs, to choose those the document
		// applies to
		Map<UnitView, List<ServiceView>> services = new java.util.LinkedHashMap<>();
		choices.forEach(f -> services.put(f, catalogue.servicesOf(f.id())));
		model.addAttribute("servicesByFunction", document == null ? services : Map.of());
		return "knowledge/document-form";
	}

	private DocumentView existing(UUID id) {
		return knowledge.document(id).orElseThrow(() -> new NotFoundException("Styrdokumentet finns inte."));
	}

	private DocumentView governed(UUID id, CurrentUser user) {
		DocumentView document = existing(id);
		if (!knowledge.mayGovern(document.functionId(), user)) {
			// another function's lead: the document is public, the form is not theirs
			throw new AccessDeniedException("Funktionens chef lägger till nya versioner.");
		}
		return document;
	}

	private static LocalDate today() {
		return LocalDate.now(ZoneId.of("Europe/Stockholm"));
	}

}
