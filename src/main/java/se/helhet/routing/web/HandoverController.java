package se.helhet.routing.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

import se.helhet.organisation.AbsenceView;
import se.helhet.organisation.Organisation;
import se.helhet.organisation.UnitView;
import se.helhet.platform.CurrentUser;
import se.helhet.platform.NotFoundException;
import se.helhet.platform.Role;
import se.helhet.requests.Requests.HandoverResult;
import se.helhet.requests.WorkingCalendar;
import se.helhet.routing.internal.AbsenceCoverService;
import se.helhet.routing.internal.AbsenceCoverService.HandoverRow;

/**
 * The lead's page of requests handed over because of absences (the last 60 days), and
 * moving them back when the person has returned — only when the lead chooses so.
 */
@Controller
@RequestMapping("/tilldelning/overlamningar")
class HandoverController {

	private final Organisation organisation;

	private final AbsenceCoverService cover;

	HandoverController(Organisation organisation, AbsenceCoverService cover) {
		this.organisation = organisation;
		this.cover = cover;
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('FUNCTION_LEAD', 'ADMIN')")
	String list(@RequestParam(name = "funktion", required = false) String functionParam, CurrentUser user,
			Model model) {
		UnitView function = LeadFunction.of(organisation, functionParam, user);
		LocalDate today = LocalDate.now(WorkingCalendar.STOCKHOLM);
		Map<UUID, List<HandoverRow>> byAbsence = new LinkedHashMap<>();
		cover.handovers(function.id(), OffsetDateTime.now().minusDays(60))
			.forEach(h -> byAbsence.computeIfAbsent(h.absenceId(), k -> new ArrayList<>()).add(h));
		Map<UUID, String> names = new LinkedHashMap<>();
		organisation.staff(function.id()).forEach(s -> names.put(s.id(), s.fullName()));
		List<AbsenceHandovers> groups = new ArrayList<>();
		byAbsence.forEach((absenceId, rows) -> {
			UUID personId = rows.get(0).fromStaffId();
			Optional<AbsenceView> absence = organisation.absence(absenceId);
			boolean back = !organisation.isAbsent(personId, today);
			long pending = rows.stream().filter(r -> r.movedBackAt() == null && r.toStaffId() != null).count();
			groups.add(new AbsenceHandovers(absenceId, names.getOrDefault(personId, "–"), absence.orElse(null), rows,
					back, pending));
		});
		model.addAttribute("function", function);
		model.addAttribute("functions", user.has(Role.ADMIN) ? organisation.functions() : List.of(function));
		model.addAttribute("groups", groups);
		model.addAttribute("names", names);
		return "routing/handovers";
	}

	@PostMapping("/{absenceId}/tillbaka")
	@PreAuthorize("hasAnyRole('FUNCTION_LEAD', 'ADMIN')")
	String moveBack(@PathVariable UUID absenceId,
			@RequestParam(name = "funktion", required = false) String functionParam, CurrentUser user,
			RedirectAttributes redirect) {
		UnitView function = LeadFunction.of(organisation, functionParam, user);
		List<HandoverResult> results = cover.moveBack(function.id(), absenceId, user);
		if (results.isEmpty()) {
			throw new NotFoundException("Det finns inga överlämnade ärenden att flytta tillbaka för den frånvaron.");
		}
		redirect.addFlashAttribute("movedBack", results.stream().filter(HandoverResult::moved).count());
		redirect.addFlashAttribute("leftAlone",
				results.stream().filter(r -> !r.moved()).map(HandoverResult::number).toList());
		return "redirect:/tilldelning/overlamningar?funktion=" + function.id();
	}

}
