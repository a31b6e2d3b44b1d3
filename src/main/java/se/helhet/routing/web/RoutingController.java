package se.helhet.routing.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.helhet.organisation.Organisation;
import se.helhet.organisation.UnitView;
import se.helhet.platform.ConflictException;
import se.helhet.platform.CurrentUser;
import se.helhet.platform.Role;
import se.helhet.routing.internal.RoutingRules.Weights;
import se.helhet.routing.internal.Workload;

/**
 * The lead's page of assignment at intake: who is above the workload ceiling, and the
 * function's weights of the routing rules.
 */
@Controller
@RequestMapping("/tilldelning")
class RoutingController {

	private final Organisation organisation;

	private final Workload workload;

	RoutingController(Organisation organisation, Workload workload) {
		this.organisation = organisation;
		this.workload = workload;
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('FUNCTION_LEAD', 'ADMIN')")
	String overview(@RequestParam(name = "funktion", required = false) String functionParam, CurrentUser user,
			Model model) {
		UnitView function = LeadFunction.of(organisation, functionParam, user);
		return page(model, user, function, workload.weights(function.id()), false,
				workload.weightsVersion(function.id()), null);
	}

	@PostMapping("/vikter")
	@PreAuthorize("hasAnyRole('FUNCTION_LEAD', 'ADMIN')")
	String saveWeights(@RequestParam(name = "funktion", required = false) String functionParam,
			@RequestParam(name = "contact", required = false) String contact,
			@RequestParam(name = "competence", required = false) String competence,
			@RequestParam(name = "load", required = false) String load,
			@RequestParam(name = "continuity", required = false) String continuity,
			@RequestParam(name = "slaRisk", required = false) String slaRisk,
			@RequestParam(name = "ceilingPercent", required = false) String ceilingPercent,
			@RequestParam(name = "version", required = false) String version, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		UnitView function = LeadFunction.of(organisation, functionParam, user);
		Weights weights = new Weights(number(contact), number(competence), number(load), number(continuity),
				number(slaRisk), number(ceilingPercent));
		int basedOn = number(version);
		if (!weights.valid()) {
			return page(model, user, function, weights, true, basedOn, null);
		}
		try {
			workload.saveWeights(function.id(), weights, user.username(), basedOn);
		}
		catch (ConflictException ex) {
			return page(model, user, function, weights, false, basedOn, ex.getMessage());
		}
		redirect.addFlashAttribute("message", "routing.saved");
		return "redirect:/tilldelning?funktion=" + function.id();
	}

	private String page(Model model, CurrentUser user, UnitView function, Weights weights, boolean invalid, int version,
			String conflict) {
		model.addAttribute("version", version);
		model.addAttribute("conflict", conflict);
		model.addAttribute("function", function);
		model.addAttribute("functions", user.has(Role.ADMIN) ? organisation.functions() : List.of(function));
		model.addAttribute("loads", workload.of(function.id()));
		model.addAttribute("weights", weights);
		model.addAttribute("invalid", invalid);
		return "routing/overview";
	}

	private static int number(String value) {
		try {
			return value == null ? -1 : Integer.parseInt(value.replace("%", "").strip());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
