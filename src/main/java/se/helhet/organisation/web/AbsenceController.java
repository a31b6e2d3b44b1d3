package se.helhet.organisation.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.helhet.organisation.AbsenceImportException;
import se.helhet.organisation.AbsenceKind;
import se.helhet.organisation.AbsenceRegistration;
import se.helhet.organisation.AbsenceView;
import se.helhet.organisation.Organisation.AbsenceQuery;
import se.helhet.organisation.Organisation.SaveAbsence;
import se.helhet.organisation.StaffView;
import se.helhet.organisation.UnitView;
import se.helhet.organisation.internal.AbsenceService;
import se.helhet.organisation.internal.OrganisationService;
import se.helhet.platform.SwedishWorkingDays;
import se.helhet.platform.ConflictException;
import se.helhet.platform.CurrentUser;
import se.helhet.platform.NotFoundException;
import se.helhet.platform.Role;
import se.helhet.platform.ValidationException;

/**
 * Absences in the browser: a staff member's own absences, the team calendar of a
 * function, and the lead's import of the HR system's file.
 */
@Controller
@RequestMapping("/franvaro")
class AbsenceController {

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	/** The calendar shows four weeks. */
	private static final int WEEKS = 4;

	private final OrganisationService organisation;

	AbsenceController(OrganisationService organisation) {
		this.organisation = organisation;
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('HANDLER', 'FUNCTION_LEAD', 'ADMIN')")
	String mine(CurrentUser user, Model model) {
		return minePage(user, model, AbsenceForm.empty(user.staffId()), Map.of());
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('HANDLER', 'FUNCTION_LEAD', 'ADMIN')")
	String register(AbsenceForm form, CurrentUser user, Model model, RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		try {
			SaveAbsence command = command(form, user, null, errors);
			AbsenceRegistration registered = organisation.registerAbsence(command, user);
			redirect.addFlashAttribute("handedOver", registered.handedOver());
		}
		catch (ValidationException ex) {
			Map<String, String> all = new LinkedHashMap<>(errors);
			ex.errors().forEach(all::putIfAbsent);
			return minePage(user, model, form, all);
		}
		redirect.addFlashAttribute("message", "absence.saved");
		return "redirect:/franvaro";
	}

	@GetMapping("/{id}/andra")
	@PreAuthorize("hasAnyRole('HANDLER', 'FUNCTION_LEAD', 'ADMIN')")
	String editForm(@PathVariable UUID id, CurrentUser user, Model model) {
		AbsenceView absence = changeable(id, user);
		AbsenceForm form = new AbsenceForm(absence.staffId().toString(), absence.kind().name(),
				absence.from().toString(), absence.to().toString(),
				absence.partDayPercent() == null ? "" : absence.partDayPercent().toString(),
				absence.note() == null ? "" : absence.note());
		return editPage(user, model, absence, form, absence.version(), Map.of(), null);
	}

	/**
	 * A sick leave extended, a holiday moved: the change is saved if nobody changed the
	 * absence since the form was read, and what a longer absence now puts at risk is
	 * handed over.
	 */
	@PostMapping("/{id}/andra")
	@PreAuthorize("hasAnyRole('HANDLER', 'FUNCTION_LEAD', 'ADMIN')")
	String edit(@PathVariable UUID id, AbsenceForm form, @RequestParam(required = false) Integer version,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		AbsenceView absence = changeable(id, user);
		int basedOn = version == null ? absence.version() : version;
		Map<String, String> errors = new LinkedHashMap<>();
		try {
			SaveAbsence command = command(form, user, basedOn, errors);
			AbsenceRegistration changed = organisation.updateAbsence(id, command, user);
			redirect.addFlashAttribute("handedOver", changed.handedOver());
		}
		catch (ValidationException ex) {
			Map<String, String> all = new LinkedHashMap<>(errors);
			ex.errors().forEach(all::putIfAbsent);
			return editPage(user, model, absence, form, basedOn, all, null);
		}
		catch (ConflictException ex) {
			return editPage(user, model, absence, form, basedOn, Map.of(), ex.getMessage());
		}
		redirect.addFlashAttribute("message", "absence.changed");
		return "redirect:/franvaro";
	}

	private SaveAbsence command(AbsenceForm form, CurrentUser user, Integer version, Map<String, String> errors) {
		UUID staffId = parseUuid(form.staffId());
		if (staffId == null) {
			staffId = user.staffId();
		}
		AbsenceKind kind = AbsenceKind.parse(form.kind()).orElse(null);
		LocalDate from = parseDate(form.from(), "from", errors);
		LocalDate to = parseDate(form.to(), "to", errors);
		Integer percent = null;
		if (form.partDayPercent() != null && !form.partDayPercent().isBlank()) {
			try {
				percent = Integer.valueOf(form.partDayPercent().replace("%", "").strip());
			}
			catch (NumberFormatException ex) {
				errors.put("partDayPercent", "Skriv andelen av dagen som ett heltal, t.ex. 50, eller lämna tomt.");
			}
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		return new SaveAbsence(staffId, kind, from, to, percent, form.note(), version);
	}

	/** The absence, if the user may change it; otherwise as if it did not exist. */
	private AbsenceView changeable(UUID id, CurrentUser user) {
		return organisation.absence(id)
			.filter(a -> AbsenceService.mayChange(a.staffId(), a.functionId(), user))
			.orElseThrow(() -> new NotFoundException("Frånvaron finns inte."));
	}

	private String editPage(CurrentUser user, Model model, AbsenceView absence, AbsenceForm form, int version,
			Map<String, String> errors, String conflict) {
		minePage(user, model, form, errors);
		model.addAttribute("editing", absence);
		model.addAttribute("editVersion", version);
		model.addAttribute("conflict", conflict);
		return "organisation/absences";
	}

	@PostMapping("/{id}/ta-bort")
	@PreAuthorize("hasAnyRole('HANDLER', 'FUNCTION_LEAD', 'ADMIN')")
	String delete(@PathVariable UUID id, @RequestParam(required = false) Integer version,
			@RequestParam(name = "tillbaka", required = false) String back, CurrentUser user,
			RedirectAttributes redirect) {
		AbsenceView absence = organisation.absence(id)
			.orElseThrow(() -> new NotFoundException("Frånvaron finns inte."));
		if (!AbsenceService.maySee(absence.functionId(), user)) {
			throw new NotFoundException("Frånvaron finns inte.");
		}
		try {
			organisation.deleteAbsence(id, version, user);
			redirect.addFlashAttribute("message", "absence.deleted");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("conflict", ex.getMessage());
		}
		return "kalender".equals(back) ? "redirect:/franvaro/kalender?funktion=" + absence.functionId()
				: "redirect:/franvaro";
	}

	@GetMapping("/kalender")
	@PreAuthorize("hasAnyRole('HANDLER', 'FUNCTION_LEAD', 'ADMIN')")
	String calendar(@RequestParam(name = "funktion", required = false) UUID functionId,
			@RequestParam(name = "fran", required = false) String fromText, CurrentUser user, Model model) {
		List<UnitView> functions = organisation.functions()
			.stream()
			.filter(f -> AbsenceService.maySee(f.id(), user))
			.toList();
		UUID function = functionId;
		if (function == null) {
			function = functions.stream()
				.map(UnitView::id)
				.filter(id -> id.equals(user.unitId()))
				.findFirst()
				.orElse(functions.isEmpty() ? null : functions.getFirst().id());
		}
		if (function == null || !AbsenceService.maySee(function, user)) {
			throw new AccessDeniedException("Du ser kalendern för din egen funktion.");
		}
		UUID chosen = function;
		UnitView unit = organisation.unit(function).orElseThrow(() -> new NotFoundException("Funktionen finns inte."));
		LocalDate from = parseDate(fromText, "fran", new LinkedHashMap<>());
		LocalDate start = SwedishWorkingDays.weekStart(from == null ? today() : from);
		List<StaffView> staff = organisation.staff(function);
		TeamCalendar calendar = new TeamCalendar(start, WEEKS, staff,
				organisation.absences(new AbsenceQuery(null, chosen, start, start.plusWeeks(WEEKS).minusDays(1)))
					.stream()
					.map(a -> AbsenceService.mayChange(a.staffId(), a.functionId(), user) ? a : a.asSeenByColleague())
					.toList());
		model.addAttribute("function", unit);
		model.addAttribute("functions", functions);
		model.addAttribute("calendar", calendar);
		model.addAttribute("mayImport", mayImport(user, function));
		return "organisation/absence-calendar";
	}

	@GetMapping("/import")
	@PreAuthorize("hasAnyRole('FUNCTION_LEAD', 'ADMIN')")
	String importForm(Model model) {
		return importPage(model, "", List.of());
	}

	@PostMapping("/import")
	@PreAuthorize("hasAnyRole('FUNCTION_LEAD', 'ADMIN')")
	String importCsv(@RequestParam(name = "csv", required = false) String csv,
			@RequestParam(name = "file", required = false) MultipartFile file, CurrentUser user, Model model,
			RedirectAttributes redirect) throws IOException {
		String text = file != null && !file.isEmpty() ? new String(file.getBytes(), StandardCharsets.UTF_8)
				: (csv == null ? "" : csv);
		try {
			List<AbsenceRegistration> imported = organisation.importAbsences(text, user);
			redirect.addFlashAttribute("message", "absence.import.done");
			redirect.addFlashAttribute("imported", imported.size());
			redirect.addFlashAttribute("handedOver", imported.stream().flatMap(r -> r.handedOver().stream()).toList());
		}
		catch (AbsenceImportException ex) {
			return importPage(model, text, ex.rows());
		}
		return "redirect:/franvaro/kalender" + (user.has(Role.FUNCTION_LEAD) ? "?funktion=" + user.unitId() : "");
	}

	private String minePage(CurrentUser user, Model model, AbsenceForm form, Map<String, String> errors) {
		LocalDate today = today();
		StaffView me = organisation.staffMember(user.staffId()).orElse(null);
		List<AbsenceView> mine = me == null ? List.of()
				: organisation.absences(new AbsenceQuery(me.id(), null, today.minusMonths(3), null));
		boolean lead = user.has(Role.ADMIN) || user.has(Role.FUNCTION_LEAD);
		List<StaffView> choices = !lead ? List.of()
				: user.has(Role.ADMIN) ? organisation.allStaff() : organisation.staff(user.unitId());
		List<AbsenceView> team = !lead ? List.of() : organisation
			.absences(new AbsenceQuery(null, user.has(Role.ADMIN) ? null : user.unitId(), today, today.plusWeeks(8)))
			.stream()
			.filter(a -> me == null || !a.staffId().equals(me.id()))
			.toList();
		model.addAttribute("me", me);
		model.addAttribute("mine", mine);
		model.addAttribute("team", team);
		model.addAttribute("choices", choices);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("kinds", List.of(AbsenceKind.values()));
		model.addAttribute("hoursThisWeek", me == null ? null : organisation.availableHours(me.id(), today));
		model.addAttribute("hoursNextWeek",
				me == null ? null : organisation.availableHours(me.id(), today.plusWeeks(1)));
		model.addAttribute("mayImport", lead);
		return "organisation/absences";
	}

	private String importPage(Model model, String csv, List<AbsenceImportException.RowError> rows) {
		model.addAttribute("csv", csv);
		model.addAttribute("rows", rows);
		return "organisation/absence-import";
	}

	private static boolean mayImport(CurrentUser user, UUID functionId) {
		return user.has(Role.ADMIN) || (user.has(Role.FUNCTION_LEAD) && functionId.equals(user.unitId()));
	}

	private static LocalDate today() {
		return LocalDate.now(STOCKHOLM);
	}

	private static LocalDate parseDate(String text, String field, Map<String, String> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			errors.put(field,
					"Datumet " + text.strip() + " ser inte rätt ut. Skriv det som ÅÅÅÅ-MM-DD, t.ex. 2026-07-06.");
			return null;
		}
	}

	private static UUID parseUuid(String text) {
		try {
			return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
