package se.helhet.routing.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.helhet.organisation.Organisation;
import se.helhet.organisation.UnitView;
import se.helhet.platform.CurrentUser;
import se.helhet.platform.Role;
import se.helhet.platform.ValidationException;
import se.helhet.routing.internal.Coverage;

/**
 * The lead's coverage forecast: a heatmap of how many qualified are available each week
 * per competence and per service, and the single-person dependencies with whom to train.
 */
@Controller
class CoverageController {

	private final Organisation organisation;

	private final Coverage coverage;

	CoverageController(Organisation organisation, Coverage coverage) {
		this.organisation = organisation;
		this.coverage = coverage;
	}

	@GetMapping("/tilldelning/tackning")
	@PreAuthorize("hasAnyRole('FUNCTION_LEAD', 'ADMIN')")
	String coverage(@RequestParam(name = "funktion", required = false) String functionParam,
			@RequestParam(name = "veckor", required = false) String weeksParam,
			@RequestParam(name = "fran", required = false) String fromParam, CurrentUser user, Model model) {
		UnitView function = LeadFunction.of(organisation, LeadFunction.uuid(functionParam), user);
		int weeks = Coverage.DEFAULT_WEEKS;
		LocalDate from = null;
		boolean invalid = false;
		try {
			weeks = CoverageRequest.weeks("veckor", weeksParam);
			from = CoverageRequest.from("fran", fromParam);
		}
		catch (ValidationException ex) {
			// the page shows the default weeks and says what was wrong
			invalid = true;
		}
		model.addAttribute("function", function);
		model.addAttribute("functions", user.has(Role.ADMIN) ? organisation.functions() : List.of(function));
		model.addAttribute("forecast", coverage.of(function.id(), from, weeks));
		model.addAttribute("weeks", weeks);
		model.addAttribute("maxWeeks", Coverage.MAX_WEEKS);
		model.addAttribute("summer", coverage.comingSummer());
		model.addAttribute("invalid", invalid);
		return "routing/coverage";
	}

}
