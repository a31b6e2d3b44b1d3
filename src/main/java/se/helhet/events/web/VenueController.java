package se.helhet.events.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.helhet.events.VenueDetail;
import se.helhet.events.Venues;
import se.helhet.platform.ConflictException;
import se.helhet.platform.CurrentUser;
import se.helhet.platform.NotFoundException;
import se.helhet.platform.Page;
import se.helhet.platform.ValidationException;

/**
 * The editors' venues: the list with event counts, one venue's form (address,
 * coordinates, accessibility, opening hours per festival night) and merging a duplicate
 * into the venue to keep. A merged duplicate's old address leads to the kept venue.
 */
@Controller
@RequestMapping("/evenemang/redaktion/platser")
class VenueController {

	private final Venues venues;

	VenueController(Venues venues) {
		this.venues = venues;
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN', 'FUNCTION_LEAD')")
	String list(CurrentUser user, Model model) {
		return listPage(model, user, Map.of(), null, null);
	}

	@PostMapping("/sammanfoga")
	@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN', 'FUNCTION_LEAD')")
	String merge(@RequestParam(required = false) String duplicate, @RequestParam(required = false) String keep,
			CurrentUser user, Model model, RedirectAttributes redirect, @ModelAttribute("page") Page page) {
		try {
			VenueDetail kept = venues.merge(uuid(duplicate), uuid(keep), user);
			redirect.addFlashAttribute("mergedMessage", kept.name());
			return "redirect:/evenemang/redaktion/platser/" + kept.id();
		}
		catch (ValidationException ex) {
			return listPage(model, user, ex.errors(page.locale()), duplicate, keep);
		}
		catch (ConflictException ex) {
			model.addAttribute("conflict", ex.getMessage());
			return listPage(model, user, Map.of(), duplicate, keep);
		}
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN', 'FUNCTION_LEAD')")
	String edit(@PathVariable String id, CurrentUser user, Model model) {
		VenueDetail venue = venues.venue(uuid(id), user)
			.orElseThrow(() -> new NotFoundException("Platsen finns inte."));
		if (venue.merged()) {
			// an old link to a merged duplicate leads to the venue it became
			return "redirect:/evenemang/redaktion/platser/" + venues.current(venue.id()).orElse(venue.mergedInto());
		}
		return formPage(model, venue, VenueForm.of(venue), Map.of(), null);
	}

	@PostMapping("/{id}")
	@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN', 'FUNCTION_LEAD')")
	String save(@PathVariable String id, @RequestParam MultiValueMap<String, String> params, CurrentUser user,
			Model model, RedirectAttributes redirect, @ModelAttribute("page") Page page) {
		VenueDetail venue = venues.venue(uuid(id), user)
			.orElseThrow(() -> new NotFoundException("Platsen finns inte."));
		VenueForm form = VenueForm.of(params, venue);
		try {
			venues.save(venue.id(), form.change(), user);
			redirect.addFlashAttribute("message", "events.venues.saved");
			return "redirect:/evenemang/redaktion/platser/" + venue.id();
		}
		catch (ValidationException ex) {
			return formPage(model, venue, form, ex.errors(page.locale()), null);
		}
		catch (ConflictException ex) {
			return formPage(model, venue, form, Map.of(), ex.getMessage());
		}
	}

	private String listPage(Model model, CurrentUser user, Map<String, String> errors, String duplicate, String keep) {
		List<VenueDetail> all = venues.all(user);
		model.addAttribute("venues", all);
		model.addAttribute("errors", errors);
		model.addAttribute("duplicate", duplicate == null ? "" : duplicate);
		model.addAttribute("keep", keep == null ? "" : keep);
		if (!model.containsAttribute("conflict")) {
			model.addAttribute("conflict", null);
		}
		return "events/venues";
	}

	private String formPage(Model model, VenueDetail venue, VenueForm form, Map<String, String> errors,
			String conflict) {
		model.addAttribute("venue", venue);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("conflict", conflict);
		return "events/venue-form";
	}

	static UUID uuid(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
