package se.helhet.routing.web;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.helhet.organisation.Organisation;
import se.helhet.organisation.UnitView;
import se.helhet.platform.ConflictException;
import se.helhet.platform.CurrentUser;
import se.helhet.platform.NotFoundException;
import se.helhet.platform.Role;
import se.helhet.platform.ValidationException;
import se.helhet.routing.internal.RebalanceService;
import se.helhet.routing.internal.RebalanceService.AcceptResult;
import se.helhet.routing.internal.RebalanceService.Move;
import se.helhet.routing.internal.RebalanceService.PersonLoad;
import se.helhet.routing.internal.RebalanceService.Progress;
import se.helhet.routing.internal.RebalanceService.Proposal;

/**
 * Rebalancing a function's open requests as JSON: start a job, follow its progress, read
 * the proposal, accept all moves or some. The function's lead (their own function) and
 * the administrator; another function's job answers 404.
 */
@RestController
@RequestMapping("/api/v1/routing/rebalance")
@Tag(name = "Omfördelning", description = "Jämna ut funktionens öppna ärenden med ett förslag som chefen godkänner")
class RebalanceApiController {

	private final RebalanceService rebalancing;

	private final Organisation organisation;

	RebalanceApiController(RebalanceService rebalancing, Organisation organisation) {
		this.rebalancing = rebalancing;
		this.organisation = organisation;
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('FUNCTION_LEAD', 'ADMIN')")
	@Operation(summary = "Starta en omfördelning",
			description = "Räknar fram ett förslag för funktionen (functionId; chefen får utelämna den och får då sin egen). "
					+ "Svarar 202 med jobbets id och Location att följa; pågår redan en omfördelning i funktionen "
					+ "svarar den med det jobbet. Inget flyttas förrän förslaget godkänns.")
	ResponseEntity<Progress> start(@RequestBody(required = false) StartJson body, CurrentUser user) {
		UUID functionId = function(body == null ? null : body.functionId(), user);
		UUID jobId = rebalancing.start(functionId, user);
		Progress progress = rebalancing.progress(jobId, user).orElseThrow();
		return ResponseEntity.accepted().location(URI.create("/api/v1/routing/rebalance/" + jobId)).body(progress);
	}

	@GetMapping("/{jobId}")
	@PreAuthorize("hasAnyRole('FUNCTION_LEAD', 'ADMIN')")
	@Operation(summary = "Hur långt omfördelningen har kommit",
			description = "status RUNNING, DONE eller FAILED; bestScore är det bästa förslagets poäng hittills "
					+ "(hard/medium/soft), greedyScore den giriga jämförelsens.")
	Progress progress(@PathVariable String jobId, CurrentUser user) {
		return rebalancing.progress(jobId(jobId), user).orElseThrow(RebalanceApiController::notFound);
	}

	@GetMapping("/{jobId}/proposal")
	@PreAuthorize("hasAnyRole('FUNCTION_LEAD', 'ADMIN')")
	@Operation(summary = "Förslaget",
			description = "Flyttarna med skäl (bara ärendenummer, inget innehåll), varje persons belastning före och "
					+ "efter, och lösarens poäng mot den giriga jämförelsens. Medan jobbet pågår: det bästa hittills.")
	ProposalJson proposal(@PathVariable String jobId, CurrentUser user) {
		return rebalancing.proposal(jobId(jobId), user)
			.map(ProposalJson::of)
			.orElseThrow(RebalanceApiController::notFound);
	}

	@PostMapping("/{jobId}/accept")
	@PreAuthorize("hasAnyRole('FUNCTION_LEAD', 'ADMIN')")
	@Operation(summary = "Godkänn förslaget, helt eller delvis",
			description = "requestIds väljer flyttar; utan requestIds godkänns alla. Ett ärende som har bytt handläggare "
					+ "eller avslutats sedan förslaget lämnas orört och redovisas under skipped.")
	AcceptJson accept(@PathVariable String jobId, @RequestBody(required = false) AcceptRequestJson body,
			CurrentUser user) {
		UUID id = jobId(jobId);
		rebalancing.progress(id, user).orElseThrow(RebalanceApiController::notFound);
		try {
			return AcceptJson.of(rebalancing.accept(id, body == null ? null : body.requestIds(), user));
		}
		catch (IllegalStateException ex) {
			throw new ConflictException(
					"Förslaget räknas fortfarande fram. Vänta tills status är DONE och försök igen.");
		}
	}

	private UUID function(String functionId, CurrentUser user) {
		if (functionId == null || functionId.isBlank()) {
			if (!user.has(Role.ADMIN) && user.unitId() != null) {
				return user.unitId();
			}
			throw new ValidationException(Map.of("functionId", "Ange functionId: vilken funktion som ska omfördelas."));
		}
		UUID id;
		try {
			id = UUID.fromString(functionId.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new ValidationException(Map.of("functionId",
					"functionId ska vara en funktions id, t.ex. från /api/v1/organisation/units."));
		}
		if (organisation.functions().stream().map(UnitView::id).noneMatch(id::equals)) {
			throw new ValidationException(Map.of("functionId", "Det finns ingen central funktion med det id:t."));
		}
		return id;
	}

	private static UUID jobId(String value) {
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			throw notFound();
		}
	}

	private static NotFoundException notFound() {
		return new NotFoundException("Omfördelningen finns inte, eller är äldre än en timme. Starta en ny.");
	}

	/** What a client sends to start. */
	record StartJson(String functionId) {
	}

	/**
	 * What a client sends to accept: the requests whose moves to make, all when absent.
	 */
	record AcceptRequestJson(List<UUID> requestIds) {
	}

	/** A proposal as the API shows it. */
	record ProposalJson(UUID jobId, UUID functionId, String status, long elapsedMillis, String currentScore,
			String greedyScore, String solverScore, boolean solverNotWorseThanGreedy, boolean solverBetterThanGreedy,
			int greedyMoves, List<Move> moves, List<PersonLoad> loads, List<AcceptJson> accepted) {

		static ProposalJson of(Proposal p) {
			return new ProposalJson(p.jobId(), p.functionId(), p.progress().status(), p.progress().elapsedMillis(),
					p.currentScore(), p.greedyScore(), p.solverScore(), p.solverNotWorse(), p.solverBetter(),
					p.greedyMoves(), p.moves(), p.loads(), p.accepted().stream().map(AcceptJson::of).toList());
		}

	}

	/** What an acceptance did. */
	record AcceptJson(List<MovedJson> moved, List<MovedJson> skipped, String by, Instant at) {

		static AcceptJson of(AcceptResult r) {
			return new AcceptJson(r.moved().stream().map(MovedJson::of).toList(),
					r.skipped().stream().map(MovedJson::of).toList(), r.by(), r.at());
		}

	}

	/** One move of an acceptance. */
	record MovedJson(UUID requestId, String number, UUID fromStaffId, String fromName, UUID toStaffId, String toName,
			OffsetDateTime dueAt) {

		static MovedJson of(Move m) {
			return new MovedJson(m.requestId(), m.number(), m.fromStaffId(), m.fromName(), m.toStaffId(), m.toName(),
					m.dueAt());
		}

	}

}
