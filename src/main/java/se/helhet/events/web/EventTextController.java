package se.helhet.events.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.helhet.events.EventTexts;
import se.helhet.events.EventView;
import se.helhet.events.Events;
import se.helhet.events.ProgrammeView;
import se.helhet.events.Venues;
import se.helhet.platform.ConflictException;
import se.helhet.platform.CurrentUser;
import se.helhet.platform.NotFoundException;
import se.helhet.platform.Page;
import se.helhet.platform.ValidationException;

/**
 * The editors change a published event's Swedish and English texts from its page.
 */
@Controller
@RequestMapping("/evenemang/{slug}/{number}/texter")
class EventTextController {

	private final Events events;

	private final Venues venues;

	EventTextController(Events events, Venues venues) {
		this.events = events;
		this.venues = venues;
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN', 'FUNCTION_LEAD')")
	String save(@PathVariable String slug, @PathVariable String number, @RequestParam(required = false) String titleSv,
			@RequestParam(required = false) String titleEn, @RequestParam(required = false) String descriptionSv,
			@RequestParam(required = false) String descriptionEn, @RequestParam(required = false) String version,
			CurrentUser user, RedirectAttributes redirect, @ModelAttribute("page") Page page) {
		if (!events.mayEdit(user)) {
			throw new org.springframework.security.access.AccessDeniedException(
					"Bara redaktörer och kommunikationschefen ändrar evenemangens texter.");
		}
		ProgrammeView programme = events.programme(slug)
			.orElseThrow(() -> new NotFoundException("Programmet finns inte."));
		if (number == null || !number.matches("\\d{1,6}")) {
			throw new NotFoundException("Evenemanget finns inte.");
		}
		EventView event = events.publicEvent(programme.id(), Integer.parseInt(number))
			.orElseThrow(() -> new NotFoundException("Evenemanget finns inte."));
		EventTexts texts = new EventTexts(titleSv, titleEn, descriptionSv, descriptionEn,
				ProgrammeSettingsController.integer(version));
		try {
			venues.saveTexts(event.id(), texts, user);
			redirect.addFlashAttribute("message", "events.texts.saved");
		}
		catch (ValidationException | ConflictException ex) {
			redirect.addFlashAttribute("textsError", ex instanceof ValidationException v
					? String.join(" ", v.errors(page.locale()).values()) : ex.getMessage());
			redirect.addFlashAttribute("texts", texts);
		}
		return "redirect:/evenemang/" + slug + "/" + event.number() + "#texts-heading";
	}

}
