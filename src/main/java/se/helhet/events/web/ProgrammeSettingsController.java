package se.helhet.events.web;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.helhet.events.ProgrammeSettings;
import se.helhet.events.Venues;
import se.helhet.platform.ConflictException;
import se.helhet.platform.CurrentUser;
import se.helhet.platform.NotFoundException;
import se.helhet.platform.Page;
import se.helhet.platform.Text;
import se.helhet.platform.ValidationException;

/**
 * A programme's dates for the editors: the print freeze (after it, changes are marked
 * "ändrat efter tryck") and the organisers' submission deadline, with the changes that
 * came after the print freeze.
 */
@Controller
@RequestMapping("/evenemang/redaktion/program/{slug}")
class ProgrammeSettingsController {

	private final Venues venues;

	ProgrammeSettingsController(Venues venues) {
		this.venues = venues;
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN', 'FUNCTION_LEAD')")
	String settings(@PathVariable String slug, CurrentUser user, Model model) {
		ProgrammeSettings settings = find(slug, user);
		return page(model, settings, local(settings.programme().printFreeze()),
				local(settings.programme().submissionDeadline()), Map.of(), null);
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN', 'FUNCTION_LEAD')")
	String save(@PathVariable String slug, @RequestParam(required = false) String printFreeze,
			@RequestParam(required = false) String submissionDeadline, @RequestParam(required = false) String version,
			CurrentUser user, Model model, RedirectAttributes redirect, @ModelAttribute("page") Page page) {
		ProgrammeSettings settings = find(slug, user);
		String freezeTyped = printFreeze == null ? "" : printFreeze;
		String deadlineTyped = submissionDeadline == null ? "" : submissionDeadline;
		try {
			OffsetDateTime freeze = EditorController.parse(freezeTyped);
			OffsetDateTime deadline = EditorController.parse(deadlineTyped);
			Map<String, Text> unreadable = new java.util.LinkedHashMap<>();
			if (freeze == null && !freezeTyped.isBlank()) {
				unreadable.put("printFreeze", new Text("Skriv tryckstoppet som datum och tid, t.ex. 2027-01-08 12:00.",
						"Give the print freeze as date and time, e.g. 2027-01-08 12:00."));
			}
			if (deadline == null && !deadlineTyped.isBlank()) {
				unreadable.put("submissionDeadline",
						new Text("Skriv sista dag för anmälan som datum och tid, t.ex. 2026-12-18 23:59.",
								"Give the submission deadline as date and time, e.g. 2026-12-18 23:59."));
			}
			if (!unreadable.isEmpty()) {
				throw ValidationException.of(unreadable);
			}
			venues.saveSettings(slug, freeze, deadline, integer(version), user);
			redirect.addFlashAttribute("message", "events.settings.saved");
			return "redirect:/evenemang/redaktion/program/" + slug;
		}
		catch (ValidationException ex) {
			return page(model, settings, freezeTyped, deadlineTyped, ex.errors(page.locale()), null);
		}
		catch (ConflictException ex) {
			return page(model, settings, freezeTyped, deadlineTyped, Map.of(), ex.getMessage());
		}
	}

	private ProgrammeSettings find(String slug, CurrentUser user) {
		return venues.settings(slug, user).orElseThrow(() -> new NotFoundException("Programmet finns inte."));
	}

	private String page(Model model, ProgrammeSettings settings, String printFreeze, String deadline,
			Map<String, String> errors, String conflict) {
		model.addAttribute("settings", settings);
		model.addAttribute("printFreeze", printFreeze);
		model.addAttribute("submissionDeadline", deadline);
		model.addAttribute("errors", errors);
		model.addAttribute("conflict", conflict);
		return "events/programme-settings";
	}

	/** A datetime-local value in Swedish time; blank for none. */
	static String local(OffsetDateTime moment) {
		return moment == null ? ""
				: moment.atZoneSameInstant(ZoneId.of("Europe/Stockholm"))
					.toLocalDateTime()
					.truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
					.toString();
	}

	static Integer integer(String value) {
		try {
			return value == null ? null : Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
