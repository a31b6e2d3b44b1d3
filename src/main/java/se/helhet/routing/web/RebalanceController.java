package se.helhet.routing.web;

import java.util.List;
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

import se.helhet.organisation.Organisation;
import se.helhet.organisation.UnitView;
import se.helhet.platform.CurrentUser;
import se.helhet.platform.NotFoundException;
import se.helhet.platform.Role;
import se.helhet.routing.internal.RebalanceService;
import se.helhet.routing.internal.RebalanceService.Proposal;

/**
 * The lead's page of rebalancing: start a proposal, watch it being computed, review the
 * moves and accept those that are wanted.
 */
@Controller
@RequestMapping("/tilldelning/omfordelning")
class RebalanceController {

	private final Organisation organisation;

	private final RebalanceService rebalancing;

	RebalanceController(Organisation organisation, RebalanceService rebalancing) {
		this.organisation = organisation;
		this.rebalancing = rebalancing;
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('FUNCTION_LEAD', 'ADMIN')")
	String page(@RequestParam(name = "funktion", required = false) String functionParam,
			@RequestParam(name = "jobb", required = false) String jobParam, CurrentUser user, Model model) {
		Optional<Proposal> asked = Optional.ofNullable(LeadFunction.uuid(jobParam))
			.flatMap(id -> rebalancing.proposal(id, user));
		// a link to a job (the nightly mail's) shows that job's function
		UnitView function = LeadFunction.of(organisation,
				functionParam == null && asked.isPresent() ? asked.get().functionId().toString() : functionParam, user);
		Optional<Proposal> proposal = asked.filter(p -> p.functionId().equals(function.id()))
			.or(() -> rebalancing.latest(function.id(), user).flatMap(id -> rebalancing.proposal(id, user)));
		return page(model, user, function, proposal.orElse(null), null);
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('FUNCTION_LEAD', 'ADMIN')")
	String start(@RequestParam(name = "funktion", required = false) String functionParam, CurrentUser user,
			Model model) {
		if (functionParam != null && !functionParam.isBlank() && LeadFunction.uuid(functionParam) == null) {
			return page(model, user, LeadFunction.of(organisation, (UUID) null, user), null,
					"routing.rebalance.unknownFunction");
		}
		UnitView function = LeadFunction.of(organisation, functionParam, user);
		UUID job = rebalancing.start(function.id(), user);
		return "redirect:/tilldelning/omfordelning?funktion=" + function.id() + "&jobb=" + job;
	}

	/**
	 * The progress while the job runs, then the proposal: polled by htmx every second.
	 */
	@GetMapping("/{jobId}")
	@PreAuthorize("hasAnyRole('FUNCTION_LEAD', 'ADMIN')")
	String progress(@PathVariable String jobId, CurrentUser user, Model model) {
		Proposal proposal = proposal(jobId, user);
		model.addAttribute("proposal", proposal);
		return "routing/rebalanceResult";
	}

	@PostMapping("/{jobId}/godkann")
	@PreAuthorize("hasAnyRole('FUNCTION_LEAD', 'ADMIN')")
	String accept(@PathVariable String jobId,
			@RequestParam(name = "requestIds", required = false) List<String> requestIds, CurrentUser user,
			Model model) {
		Proposal proposal = proposal(jobId, user);
		UnitView function = LeadFunction.of(organisation, proposal.functionId().toString(), user);
		List<UUID> chosen = requestIds == null ? List.of()
				: requestIds.stream().map(LeadFunction::uuid).filter(id -> id != null).toList();
		if (chosen.isEmpty()) {
			return page(model, user, function, proposal, "routing.rebalance.noneChosen");
		}
		if (!proposal.progress().done()) {
			return page(model, user, function, proposal, "routing.rebalance.stillRunning");
		}
		rebalancing.accept(proposal.jobId(), chosen, user);
		return "redirect:/tilldelning/omfordelning?funktion=" + function.id() + "&jobb=" + proposal.jobId()
				+ "#resultat";
	}

	private Proposal proposal(String jobId, CurrentUser user) {
		UUID id = LeadFunction.uuid(jobId);
		return Optional.ofNullable(id)
			.flatMap(j -> rebalancing.proposal(j, user))
			.orElseThrow(() -> new NotFoundException("Omfördelningen finns inte längre. Starta en ny."));
	}

	private String page(Model model, CurrentUser user, UnitView function, Proposal proposal, String error) {
		model.addAttribute("function", function);
		model.addAttribute("functions", user.has(Role.ADMIN) ? organisation.functions() : List.of(function));
		model.addAttribute("proposal", proposal);
		model.addAttribute("error", error);
		return "routing/rebalance";
	}

}
