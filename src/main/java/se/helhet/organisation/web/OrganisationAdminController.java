package se.helhet.organisation.web;

import se.helhet.organisation.web.OrganisationForms.FunctionCatalogue;
import se.helhet.organisation.web.OrganisationForms.GroupForm;
import se.helhet.organisation.web.OrganisationForms.StaffForm;
import se.helhet.organisation.web.OrganisationForms.UnitForm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.helhet.organisation.NamedItem;
import se.helhet.organisation.Organisation.SaveGroup;
import se.helhet.organisation.Organisation.SaveStaff;
import se.helhet.organisation.Organisation.SaveUnit;
import se.helhet.organisation.StaffView;
import se.helhet.organisation.UnitKind;
import se.helhet.organisation.UnitView;
import se.helhet.organisation.internal.OrganisationService;
import se.helhet.platform.ConflictException;
import se.helhet.platform.NotFoundException;
import se.helhet.platform.ValidationException;

/**
 * The administrator's view and editing of the organisation. Every form keeps what was
 * typed when it is refused, and every change carries the version it was based on.
 */
@Controller
@RequestMapping("/organisation")
@PreAuthorize("hasRole('ADMIN')")
class OrganisationAdminController {

	private final OrganisationService organisation;

	OrganisationAdminController(OrganisationService organisation) {
		this.organisation = organisation;
	}

	@GetMapping
	@PreAuthorize("hasRole('ADMIN')")
	String overview(Model model) {
		List<UnitView> units = organisation.units();
		model.addAttribute("group", organisation.group());
		model.addAttribute("forvaltningar", byKind(units, UnitKind.FORVALTNING));
		model.addAttribute("bolag", byKind(units, UnitKind.BOLAG));
		model.addAttribute("functions", byKind(units, UnitKind.FUNCTION));
		Map<UUID, Integer> childCounts = new LinkedHashMap<>();
		units.stream().filter(u -> u.parentId() != null).forEach(u -> childCounts.merge(u.parentId(), 1, Integer::sum));
		model.addAttribute("childCounts", childCounts);
		Map<UUID, Integer> staffCounts = new LinkedHashMap<>();
		organisation.allStaff().forEach(s -> staffCounts.merge(s.functionId(), 1, Integer::sum));
		model.addAttribute("staffCounts", staffCounts);
		return "organisation/overview";
	}

	@GetMapping("/koncern")
	@PreAuthorize("hasRole('ADMIN')")
	String groupForm(Model model) {
		var group = organisation.group();
		return groupPage(model, new GroupForm(group.name(), group.municipalityName(), group.orgNumber(),
				String.valueOf(group.version())), Map.of(), null);
	}

	@PostMapping("/koncern")
	@PreAuthorize("hasRole('ADMIN')")
	String saveGroup(GroupForm form, Model model, RedirectAttributes redirect) {
		try {
			organisation.saveGroup(new SaveGroup(form.name(), form.municipalityName(), form.orgNumber(),
					parseVersion(form.version())));
		}
		catch (ValidationException ex) {
			return groupPage(model, form, ex.errors(), null);
		}
		catch (ConflictException ex) {
			return groupPage(model, form, Map.of(), ex.getMessage());
		}
		redirect.addFlashAttribute("message", "org.saved.group");
		return "redirect:/organisation";
	}

	@GetMapping("/enheter/ny")
	@PreAuthorize("hasRole('ADMIN')")
	String newUnit(@RequestParam(name = "typ", defaultValue = "UNIT") String kind,
			@RequestParam(name = "overordnad", required = false) UUID parentId, Model model) {
		UnitKind unitKind = parseKind(kind);
		UnitForm form = new UnitForm(unitKind == null ? "UNIT" : unitKind.name(), "", "",
				parentId == null ? "" : parentId.toString(), unitKind != UnitKind.BOLAG, "", "");
		return unitPage(model, null, form, Map.of(), null);
	}

	@PostMapping("/enheter")
	@PreAuthorize("hasRole('ADMIN')")
	String createUnit(UnitForm form, Model model, RedirectAttributes redirect) {
		return saveUnit(null, form, model, redirect);
	}

	@GetMapping("/enheter/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	String unit(@PathVariable UUID id, Model model) {
		UnitView unit = organisation.unit(id).orElseThrow(() -> new NotFoundException("Enheten finns inte."));
		return unitPage(model, unit, UnitForm.of(unit), Map.of(), null);
	}

	@PostMapping("/enheter/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	String updateUnit(@PathVariable UUID id, UnitForm form, Model model, RedirectAttributes redirect) {
		organisation.unit(id).orElseThrow(() -> new NotFoundException("Enheten finns inte."));
		return saveUnit(id, form, model, redirect);
	}

	private String saveUnit(UUID id, UnitForm form, Model model, RedirectAttributes redirect) {
		UnitView existing = id == null ? null : organisation.unit(id).orElse(null);
		UUID parentId = parseUuid(form.parentId());
		try {
			UUID saved = organisation.saveUnit(new SaveUnit(id, parseKind(form.kind()), form.name(), form.shortName(),
					parentId, form.ordersCentralServices(), form.description(), parseVersion(form.version())));
			redirect.addFlashAttribute("message", "org.saved.unit");
			return "redirect:/organisation/enheter/" + saved;
		}
		catch (ValidationException ex) {
			return unitPage(model, existing, form, ex.errors(), null);
		}
		catch (ConflictException ex) {
			return unitPage(model, existing, form, Map.of(), ex.getMessage());
		}
	}

	@GetMapping("/personal")
	@PreAuthorize("hasRole('ADMIN')")
	String staff(@RequestParam(name = "funktion", required = false) UUID functionId, Model model) {
		List<UnitView> functions = organisation.functions();
		List<StaffView> staff = functionId == null ? organisation.allStaff() : organisation.staff(functionId);
		model.addAttribute("functions", functions);
		model.addAttribute("selectedFunction", functionId);
		model.addAttribute("staff", staff);
		Map<UUID, String> functionNames = new LinkedHashMap<>();
		functions.forEach(f -> functionNames.put(f.id(), f.name()));
		model.addAttribute("functionNames", functionNames);
		return "organisation/staff-list";
	}

	@GetMapping("/personal/ny")
	@PreAuthorize("hasRole('ADMIN')")
	String newStaff(@RequestParam(name = "funktion", required = false) UUID functionId, Model model) {
		UUID function = functionId != null ? functionId
				: organisation.functions().stream().findFirst().map(UnitView::id).orElse(null);
		StaffForm form = new StaffForm(function == null ? "" : function.toString(), "", "", "", "", "", false, "40",
				Map.of(), "");
		return staffPage(model, null, form, Map.of(), null);
	}

	@PostMapping("/personal")
	@PreAuthorize("hasRole('ADMIN')")
	String createStaff(StaffForm form, @RequestParam Map<String, String> params, Model model,
			RedirectAttributes redirect) {
		return saveStaff(null, form.withLevels(params), model, redirect);
	}

	@GetMapping("/personal/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	String staffMember(@PathVariable UUID id, Model model) {
		StaffView staff = organisation.staffMember(id)
			.orElseThrow(() -> new NotFoundException("Medarbetaren finns inte."));
		return staffPage(model, staff, StaffForm.of(staff), Map.of(), null);
	}

	@PostMapping("/personal/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	String updateStaff(@PathVariable UUID id, StaffForm form, @RequestParam Map<String, String> params, Model model,
			RedirectAttributes redirect) {
		organisation.staffMember(id).orElseThrow(() -> new NotFoundException("Medarbetaren finns inte."));
		return saveStaff(id, form.withLevels(params), model, redirect);
	}

	private String saveStaff(UUID id, StaffForm form, Model model, RedirectAttributes redirect) {
		StaffView existing = id == null ? null : organisation.staffMember(id).orElse(null);
		Map<UUID, Integer> competences = new LinkedHashMap<>();
		Map<String, String> errors = new LinkedHashMap<>();
		form.levels().forEach((competence, level) -> {
			UUID competenceId = parseUuid(competence);
			if (level == null || level.isBlank() || "0".equals(level)) {
				return;
			}
			try {
				competences.put(competenceId, Integer.parseInt(level));
			}
			catch (NumberFormatException ex) {
				errors.put("competences", "Kompetensnivån ska vara 1, 2 eller 3 (eller ingen).");
			}
		});
		try {
			if (!errors.isEmpty()) {
				throw new ValidationException(errors);
			}
			UUID saved = organisation.saveStaff(new SaveStaff(id, parseUuid(form.functionId()), form.firstName(),
					form.lastName(), form.email(), form.phone(), parseUuid(form.professionId()), form.specialist(),
					form.weeklyCapacityHours(), competences, parseVersion(form.version())));
			redirect.addFlashAttribute("message", "org.saved.staff");
			return "redirect:/organisation/personal/" + saved;
		}
		catch (ValidationException ex) {
			return staffPage(model, existing, form, ex.errors(), null);
		}
		catch (ConflictException ex) {
			return staffPage(model, existing, form, Map.of(), ex.getMessage());
		}
	}

	@GetMapping("/kontakter")
	@PreAuthorize("hasRole('ADMIN')")
	String contacts(Model model) {
		return contactsPage(model, Map.of());
	}

	@PostMapping("/kontakter")
	@PreAuthorize("hasRole('ADMIN')")
	String saveContacts(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		List<UnitView> forvaltningar = byKind(organisation.units(), UnitKind.FORVALTNING);
		for (UnitView forvaltning : forvaltningar) {
			for (UnitView function : organisation.functions()) {
				String key = "contact_" + forvaltning.id() + "_" + function.id();
				if (!params.containsKey(key)) {
					continue;
				}
				try {
					organisation.saveContact(forvaltning.id(), function.id(), parseUuid(params.get(key)));
				}
				catch (ValidationException ex) {
					errors.put(key, forvaltning.name() + ", " + function.name() + ": "
							+ String.join(" ", ex.errors().values()));
				}
			}
		}
		if (!errors.isEmpty()) {
			return contactsPage(model, errors);
		}
		redirect.addFlashAttribute("message", "org.saved.contacts");
		return "redirect:/organisation/kontakter";
	}

	@GetMapping("/kompetenser")
	@PreAuthorize("hasRole('ADMIN')")
	String competences(Model model) {
		return competencesPage(model, Map.of(), null, null);
	}

	@PostMapping("/kompetenser")
	@PreAuthorize("hasRole('ADMIN')")
	String addCompetence(@RequestParam(name = "functionId", required = false) UUID functionId,
			@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "competence") String what,
			Model model, RedirectAttributes redirect) {
		try {
			if ("profession".equals(what)) {
				organisation.addProfession(functionId, name);
			}
			else {
				organisation.addCompetence(functionId, name);
			}
		}
		catch (ValidationException ex) {
			return competencesPage(model, ex.errors(), functionId, Map.of("what", what, "name", name));
		}
		redirect.addFlashAttribute("message",
				"profession".equals(what) ? "org.saved.profession" : "org.saved.competence");
		return "redirect:/organisation/kompetenser";
	}

	private String groupPage(Model model, GroupForm form, Map<String, String> errors, String conflict) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("conflict", conflict);
		return "organisation/group-form";
	}

	private String unitPage(Model model, UnitView unit, UnitForm form, Map<String, String> errors, String conflict) {
		List<UnitView> units = organisation.units();
		model.addAttribute("unit", unit);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("conflict", conflict);
		model.addAttribute("parents",
				units.stream()
					.filter(u -> unit == null || !u.id().equals(unit.id()))
					.filter(u -> u.kind() != UnitKind.FUNCTION)
					.sorted(Comparator.comparing(UnitView::name))
					.toList());
		model.addAttribute("children",
				unit == null ? List.of()
						: units.stream()
							.filter(u -> unit.id().equals(u.parentId()))
							.sorted(Comparator.comparing(UnitView::name))
							.toList());
		model.addAttribute("parent",
				unit == null || unit.parentId() == null ? null : organisation.unit(unit.parentId()).orElse(null));
		return "organisation/unit-form";
	}

	private String staffPage(Model model, StaffView staff, StaffForm form, Map<String, String> errors,
			String conflict) {
		UUID functionId = parseUuid(form.functionId());
		model.addAttribute("staff", staff);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("conflict", conflict);
		model.addAttribute("functions", organisation.functions());
		model.addAttribute("professions",
				functionId == null ? List.<NamedItem>of() : organisation.professions(functionId));
		model.addAttribute("competences",
				functionId == null ? List.<NamedItem>of() : organisation.competences(functionId));
		model.addAttribute("contactFor", staff == null ? List.of() : organisation.contactFor(staff.id()));
		return "organisation/staff-form";
	}

	private String contactsPage(Model model, Map<String, String> errors) {
		List<UnitView> functions = organisation.functions();
		Map<UUID, List<StaffView>> staffByFunction = new LinkedHashMap<>();
		functions.forEach(f -> staffByFunction.put(f.id(), organisation.staff(f.id())));
		model.addAttribute("forvaltningar", byKind(organisation.units(), UnitKind.FORVALTNING));
		model.addAttribute("functions", functions);
		model.addAttribute("staffByFunction", staffByFunction);
		model.addAttribute("matrix", organisation.contactMatrix());
		model.addAttribute("errors", errors);
		return "organisation/contacts";
	}

	private String competencesPage(Model model, Map<String, String> errors, UUID functionId,
			Map<String, String> typed) {
		List<UnitView> functions = organisation.functions();
		List<FunctionCatalogue> catalogue = new ArrayList<>();
		for (UnitView function : functions) {
			catalogue.add(new FunctionCatalogue(function, organisation.competences(function.id()),
					organisation.professions(function.id())));
		}
		model.addAttribute("catalogue", catalogue);
		model.addAttribute("errors", errors);
		model.addAttribute("errorFunction", functionId);
		model.addAttribute("typed", typed == null ? Map.of() : typed);
		return "organisation/competences";
	}

	private static List<UnitView> byKind(List<UnitView> units, UnitKind kind) {
		return units.stream().filter(u -> u.kind() == kind).sorted(Comparator.comparing(UnitView::name)).toList();
	}

	static UUID parseUuid(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static Integer parseVersion(String text) {
		try {
			return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	static UnitKind parseKind(String text) {
		try {
			return text == null || text.isBlank() ? null : UnitKind.valueOf(text.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
