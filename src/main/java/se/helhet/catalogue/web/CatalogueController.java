package se.helhet.catalogue.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.helhet.catalogue.Catalogue.SaveService;
import se.helhet.catalogue.FieldType;
import se.helhet.catalogue.FormField;
import se.helhet.catalogue.ServiceRoutines;
import se.helhet.catalogue.ServiceView;
import se.helhet.catalogue.internal.CatalogueService;
import se.helhet.catalogue.web.ServiceForm.FieldRow;
import se.helhet.organisation.Organisation;
import se.helhet.organisation.UnitView;
import se.helhet.platform.ConflictException;
import se.helhet.platform.CurrentUser;
import se.helhet.platform.NotFoundException;
import se.helhet.platform.Role;
import se.helhet.platform.ValidationException;

/**
 * The common catalogue: everyone logged in browses and searches it; a function lead edits
 * their own function's services, the administrator all.
 */
@Controller
class CatalogueController {

	private final CatalogueService catalogue;

	private final Organisation organisation;

	/** The governing documents' module, when there is one. */
	private final ObjectProvider<ServiceRoutines> routines;

	CatalogueController(CatalogueService catalogue, Organisation organisation,
			ObjectProvider<ServiceRoutines> routines) {
		this.catalogue = catalogue;
		this.organisation = organisation;
		this.routines = routines;
	}

	@GetMapping("/katalog")
	@PreAuthorize("isAuthenticated()")
	String browse(@RequestParam(name = "q", required = false) String query, CurrentUser user, Model model) {
		List<UnitView> functions = organisation.functions();
		boolean searching = query != null && !query.isBlank();
		List<ServiceView> services = searching ? catalogue.search(query)
				: catalogue.services().stream().filter(ServiceView::active).toList();
		Map<UUID, List<ServiceView>> byFunction = new LinkedHashMap<>();
		functions.forEach(f -> byFunction.put(f.id(), new ArrayList<>()));
		services.forEach(s -> byFunction.computeIfAbsent(s.functionId(), k -> new ArrayList<>()).add(s));
		model.addAttribute("functions", functions);
		model.addAttribute("byFunction", byFunction);
		model.addAttribute("query", query == null ? "" : query);
		model.addAttribute("searching", searching);
		model.addAttribute("hits", services.size());
		model.addAttribute("editableFunctions",
				functions.stream().filter(f -> mayEdit(user, f.id())).map(UnitView::id).toList());
		return "catalogue/browse";
	}

	@GetMapping("/katalog/{id}")
	@PreAuthorize("isAuthenticated()")
	String service(@PathVariable UUID id, CurrentUser user, Model model) {
		ServiceView service = catalogue.service(id).orElseThrow(() -> new NotFoundException("Tjänsten finns inte."));
		model.addAttribute("service", service);
		model.addAttribute("function", organisation.unit(service.functionId()).orElse(null));
		model.addAttribute("competence",
				service.competenceId() == null ? null
						: organisation.competences(service.functionId())
							.stream()
							.filter(c -> c.id().equals(service.competenceId()))
							.findFirst()
							.map(c -> c.name())
							.orElse(null));
		model.addAttribute("mayEdit", mayEdit(user, service.functionId()));
		ServiceRoutines linked = routines.getIfAvailable();
		model.addAttribute("routine", linked == null ? null : linked.routineOf(id).orElse(null));
		return "catalogue/service";
	}

	@GetMapping("/katalog/ny")
	@PreAuthorize("hasAnyRole('FUNCTION_LEAD', 'ADMIN')")
	String newService(@RequestParam(name = "funktion", required = false) UUID functionId, CurrentUser user,
			Model model) {
		UUID function = functionId != null ? functionId : user.unitId();
		requireEdit(user, function);
		return formPage(model, null, ServiceForm.empty(function), Map.of(), null);
	}

	@PostMapping("/katalog")
	@PreAuthorize("hasAnyRole('FUNCTION_LEAD', 'ADMIN')")
	String create(ServiceForm form, CurrentUser user, Model model, RedirectAttributes redirect) {
		UUID function = ServiceForm.uuid(form.functionId()) != null ? ServiceForm.uuid(form.functionId())
				: user.unitId();
		requireEdit(user, function);
		return save(null, form.withFunction(function), model, redirect);
	}

	@GetMapping("/katalog/{id}/redigera")
	@PreAuthorize("hasAnyRole('FUNCTION_LEAD', 'ADMIN')")
	String edit(@PathVariable UUID id, CurrentUser user, Model model) {
		ServiceView service = catalogue.service(id).orElseThrow(() -> new NotFoundException("Tjänsten finns inte."));
		requireEdit(user, service.functionId());
		return formPage(model, service, ServiceForm.of(service), Map.of(), null);
	}

	@PostMapping("/katalog/{id}")
	@PreAuthorize("hasAnyRole('FUNCTION_LEAD', 'ADMIN')")
	String update(@PathVariable UUID id, ServiceForm form, CurrentUser user, Model model, RedirectAttributes redirect) {
		ServiceView service = catalogue.service(id).orElseThrow(() -> new NotFoundException("Tjänsten finns inte."));
		requireEdit(user, service.functionId());
		UUID function = ServiceForm.uuid(form.functionId()) != null ? ServiceForm.uuid(form.functionId())
				: service.functionId();
		requireEdit(user, function);
		return save(service, form.withFunction(function), model, redirect);
	}

	private String save(ServiceView existing, ServiceForm form, Model model, RedirectAttributes redirect) {
		List<FormField> fields = new ArrayList<>();
		for (FieldRow row : form.rows()) {
			if (row.isEmpty() || row.remove()) {
				continue;
			}
			FieldType type = parseType(row.type());
			fields.add(new FormField(row.key(), row.labelSv(), row.labelEn(), type, row.required(),
					row.options() == null ? List.of() : List.of(row.options().split("\\R"))));
		}
		List<String> checklist = form.checklist() == null ? List.of() : List.of(form.checklist().split("\\R"));
		try {
			UUID id = catalogue.save(new SaveService(existing == null ? null : existing.id(),
					ServiceForm.uuid(form.functionId()), form.nameSv(), form.nameEn(), form.descriptionSv(),
					form.descriptionEn(), ServiceForm.uuid(form.competenceId()), form.slaWorkingHours(),
					form.confidential(), form.retentionMonths(), form.routineTitle(), form.routineUrl(), form.active(),
					fields, checklist, ServiceForm.integer(form.version())));
			redirect.addFlashAttribute("message", "catalogue.saved");
			return "redirect:/katalog/" + id;
		}
		catch (ValidationException ex) {
			return formPage(model, existing, form, ex.errors(), null);
		}
		catch (ConflictException ex) {
			return formPage(model, existing, form, Map.of(), ex.getMessage());
		}
	}

	private String formPage(Model model, ServiceView service, ServiceForm form, Map<String, String> errors,
			String conflict) {
		UUID functionId = ServiceForm.uuid(form.functionId());
		model.addAttribute("service", service);
		model.addAttribute("form", form.withBlankRows(2));
		model.addAttribute("errors", errors);
		model.addAttribute("conflict", conflict);
		model.addAttribute("functions", organisation.functions());
		model.addAttribute("competences", functionId == null ? List.of() : organisation.competences(functionId));
		return "catalogue/service-form";
	}

	private void requireEdit(CurrentUser user, UUID functionId) {
		if (!mayEdit(user, functionId)) {
			throw new AccessDeniedException("Bara funktionens chef eller administratören kan ändra tjänsterna.");
		}
	}

	/**
	 * A function lead edits their own function's services; the administrator edits all.
	 */
	static boolean mayEdit(CurrentUser user, UUID functionId) {
		return user.has(Role.ADMIN)
				|| (user.has(Role.FUNCTION_LEAD) && functionId != null && functionId.equals(user.unitId()));
	}

	private static FieldType parseType(String text) {
		try {
			return text == null ? null : FieldType.valueOf(text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
