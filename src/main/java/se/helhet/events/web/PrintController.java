package se.helhet.events.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import se.helhet.events.Accessibility;
import se.helhet.events.Events;
import se.helhet.events.PrintEdition;
import se.helhet.events.ProgrammeView;
import se.helhet.platform.NotFoundException;

/**
 * The printed programme: an A4 booklet by area of the city and time, laid out by print
 * CSS, open to everyone (libraries and venues print it themselves).
 */
@Controller
@RequestMapping("/evenemang/{slug}/tryck")
class PrintController {

	private final Events events;

	PrintController(Events events) {
		this.events = events;
	}

	@GetMapping
	@PreAuthorize("permitAll()")
	String print(@PathVariable String slug, Model model) {
		ProgrammeView programme = events.programme(slug)
			.orElseThrow(() -> new NotFoundException("Programmet finns inte."));
		model.addAttribute("programme", programme);
		model.addAttribute("edition", PrintEdition.of(events.publicEvents(programme.id())));
		model.addAttribute("legend", Accessibility.values());
		return "events/print";
	}

}
