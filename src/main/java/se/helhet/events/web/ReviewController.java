package se.helhet.events.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

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
import org.springframework.web.servlet.support.RequestContextUtils;

import se.helhet.events.Events;
import se.helhet.events.SubmissionView;
import se.helhet.events.Submissions;
import se.helhet.platform.ConflictException;
import se.helhet.platform.CurrentUser;
import se.helhet.platform.NotFoundException;
import se.helhet.platform.ValidationException;

/**
 * The editors' review queue: what organisers sent, oldest first per programme, with what
 * changed since the last approval; approve and publish, ask for changes, refuse, or
 * correct the texts first. The editors and the head of communications may.
 */
@Controller
@RequestMapping("/evenemang/redaktion")
class ReviewController {

	private final Submissions submissions;

	private final Events events;

	ReviewController(Submissions submissions, Events events) {
		this.submissions = submissions;
		this.events = events;
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN', 'FUNCTION_LEAD')")
	String queue(CurrentUser user, Model model) {
		requireEditor(user);
		List<SubmissionView> waiting = submissions.queue(user);
		Map<String, List<SubmissionView>> byProgramme = new LinkedHashMap<>();
		waiting
			.forEach(s -> byProgramme.computeIfAbsent(s.programme().nameSv(), k -> new java.util.ArrayList<>()).add(s));
		model.addAttribute("byProgramme", byProgramme);
		model.addAttribute("count", waiting.size());
		return "events/review/queue";
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN', 'FUNCTION_LEAD')")
	String review(@PathVariable String id, CurrentUser user, Model model) {
		requireEditor(user);
		SubmissionView event = submissions.forReview(SubmissionForm.uuid(id), user)
			.orElseThrow(() -> new NotFoundException("Evenemanget finns inte."));
		model.addAttribute("event", event);
		model.addAttribute("venues", submissions.venues());
		if (!model.containsAttribute("texts")) {
			Map<String, String> texts = new LinkedHashMap<>();
			texts.put("titleSv", event.submission().titleSv());
			texts.put("titleEn", event.submission().titleEn());
			texts.put("descriptionSv", event.submission().descriptionSv());
			texts.put("descriptionEn", event.submission().descriptionEn());
			model.addAttribute("texts", texts);
		}
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "events/review/review";
	}

	@PostMapping("/{id}/godkann")
	@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN', 'FUNCTION_LEAD')")
	String approve(@PathVariable String id, @RequestParam(required = false) String venueInstead,
			@RequestParam(required = false) Integer version, CurrentUser user, HttpServletRequest request,
			RedirectAttributes redirect) {
		requireEditor(user);
		return decide(id, request, redirect, "events.review.approved", Map.of(),
				() -> submissions.approve(SubmissionForm.uuid(id), SubmissionForm.uuid(venueInstead), version, user));
	}

	@PostMapping("/{id}/komplettering")
	@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN', 'FUNCTION_LEAD')")
	String requestChanges(@PathVariable String id, @RequestParam(required = false) String message,
			@RequestParam(required = false) Integer version, CurrentUser user, HttpServletRequest request,
			RedirectAttributes redirect) {
		requireEditor(user);
		return decide(id, request, redirect, "events.review.changesRequested",
				Map.of("askMessage", message == null ? "" : message),
				() -> submissions.requestChanges(SubmissionForm.uuid(id), message, version, user));
	}

	@PostMapping("/{id}/avsla")
	@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN', 'FUNCTION_LEAD')")
	String reject(@PathVariable String id, @RequestParam(required = false) String reason,
			@RequestParam(required = false) Integer version, CurrentUser user, HttpServletRequest request,
			RedirectAttributes redirect) {
		requireEditor(user);
		return decide(id, request, redirect, "events.review.rejected", Map.of("reason", reason == null ? "" : reason),
				() -> submissions.reject(SubmissionForm.uuid(id), reason, version, user));
	}

	@PostMapping("/{id}/texter")
	@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN', 'FUNCTION_LEAD')")
	String editTexts(@PathVariable String id, @RequestParam(required = false) String titleSv,
			@RequestParam(required = false) String titleEn, @RequestParam(required = false) String descriptionSv,
			@RequestParam(required = false) String descriptionEn, @RequestParam(required = false) Integer version,
			CurrentUser user, HttpServletRequest request, RedirectAttributes redirect) {
		requireEditor(user);
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put("titleSv", titleSv == null ? "" : titleSv);
		texts.put("titleEn", titleEn == null ? "" : titleEn);
		texts.put("descriptionSv", descriptionSv == null ? "" : descriptionSv);
		texts.put("descriptionEn", descriptionEn == null ? "" : descriptionEn);
		try {
			submissions.editTexts(SubmissionForm.uuid(id), titleSv, titleEn, descriptionSv, descriptionEn, version,
					user);
			redirect.addFlashAttribute("message", "events.review.textsSaved");
		}
		catch (ValidationException ex) {
			redirect.addFlashAttribute("errors", ex.errors(RequestContextUtils.getLocale(request)));
			redirect.addFlashAttribute("texts", texts);
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("conflict", ex.getMessage());
			redirect.addFlashAttribute("texts", texts);
		}
		return "redirect:/evenemang/redaktion/" + SubmissionForm.uuid(id);
	}

	/** An image waiting for review, which visitors cannot see yet. */
	@GetMapping("/bilder/{file}")
	@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN', 'FUNCTION_LEAD')")
	org.springframework.http.ResponseEntity<org.springframework.core.io.Resource> image(@PathVariable String file,
			CurrentUser user) throws java.io.IOException {
		requireEditor(user);
		return OrganiserController.imageResponse(
				submissions.image(file, null, user).orElseThrow(() -> new NotFoundException("Bilden finns inte.")));
	}

	private String decide(String id, HttpServletRequest request, RedirectAttributes redirect, String done,
			Map<String, String> typed, Runnable decision) {
		if (SubmissionForm.uuid(id) == null) {
			throw new NotFoundException("Evenemanget finns inte.");
		}
		try {
			decision.run();
			redirect.addFlashAttribute("message", done);
			return "redirect:/evenemang/redaktion";
		}
		catch (ValidationException ex) {
			redirect.addFlashAttribute("errors", ex.errors(RequestContextUtils.getLocale(request)));
			typed.forEach(redirect::addFlashAttribute);
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("conflict", ex.getMessage());
			typed.forEach(redirect::addFlashAttribute);
		}
		return "redirect:/evenemang/redaktion/" + SubmissionForm.uuid(id);
	}

	private void requireEditor(CurrentUser user) {
		if (!events.mayEdit(user)) {
			throw new AccessDeniedException("Bara redaktörer och kommunikationschefen granskar evenemang.");
		}
	}

}
