package se.helhet.events.web;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.helhet.events.EventView;
import se.helhet.events.Events;
import se.helhet.events.ProgrammeView;
import se.helhet.platform.ConflictException;
import se.helhet.platform.CurrentUser;
import se.helhet.platform.NotFoundException;
import se.helhet.platform.ValidationException;

/**
 * The editors' changes to a published event, from the event's own page: cancel it or move
 * it. The editors and the head of communications may; the service checks who is the head
 * of communications (a lead of another function is refused).
 */
@Controller
@RequestMapping("/evenemang/{slug}/{number}")
class EditorController {

	private final Events events;

	EditorController(Events events) {
		this.events = events;
	}

	@PostMapping("/installt")
	@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN', 'FUNCTION_LEAD')")
	String cancel(@PathVariable String slug, @PathVariable String number, @RequestParam(required = false) String reason,
			@RequestParam(required = false) Integer version, CurrentUser user, RedirectAttributes redirect) {
		EventView event = event(slug, number, user);
		try {
			events.cancel(event.id(), reason, version, user);
			redirect.addFlashAttribute("message", "events.editor.cancelled");
		}
		catch (ValidationException | ConflictException ex) {
			redirect.addFlashAttribute("editorError",
					ex instanceof ValidationException v ? String.join(" ", v.errors().values()) : ex.getMessage());
			redirect.addFlashAttribute("reason", reason);
		}
		return "redirect:/evenemang/" + slug + "/" + event.number();
	}

	@PostMapping("/flytta")
	@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN', 'FUNCTION_LEAD')")
	String move(@PathVariable String slug, @PathVariable String number, @RequestParam(required = false) String start,
			@RequestParam(required = false) String reason, @RequestParam(required = false) Integer version,
			CurrentUser user, RedirectAttributes redirect) {
		EventView event = event(slug, number, user);
		try {
			events.move(event.id(), parse(start), reason, version, user);
			redirect.addFlashAttribute("message", "events.editor.moved");
		}
		catch (ValidationException | ConflictException ex) {
			redirect.addFlashAttribute("editorError",
					ex instanceof ValidationException v ? String.join(" ", v.errors().values()) : ex.getMessage());
			redirect.addFlashAttribute("start", start);
			redirect.addFlashAttribute("reason", reason);
		}
		return "redirect:/evenemang/" + slug + "/" + event.number();
	}

	private EventView event(String slug, String number, CurrentUser user) {
		if (!events.mayEdit(user)) {
			throw new org.springframework.security.access.AccessDeniedException(
					"Bara redaktörer och kommunikationschefen ändrar publicerade evenemang.");
		}
		ProgrammeView programme = events.programme(slug)
			.orElseThrow(() -> new NotFoundException("Programmet finns inte."));
		if (number == null || !number.matches("\\d{1,6}")) {
			throw new NotFoundException("Evenemanget finns inte.");
		}
		return events.publicEvent(programme.id(), Integer.parseInt(number))
			.orElseThrow(() -> new NotFoundException("Evenemanget finns inte."));
	}

	/**
	 * A datetime-local value ("2027-01-30T18:00") in Swedish time; null when blank or
	 * unreadable.
	 */
	static OffsetDateTime parse(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(value.strip()).atZone(Times.STOCKHOLM).toOffsetDateTime();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
