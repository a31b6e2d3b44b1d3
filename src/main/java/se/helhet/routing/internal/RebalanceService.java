package se.helhet.routing.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverManager;
import se.helhet.platform.CurrentUser;
import se.helhet.platform.NotFoundException;
import se.helhet.platform.Role;
import se.helhet.requests.Requests;
import se.helhet.requests.Requests.Handover;
import se.helhet.requests.Requests.HandoverResult;

/**
 * Rebalancing a function's open requests: a job computes a proposal with Timefold, the
 * lead reviews it and accepts all moves or some. Nothing moves without acceptance.
 *
 * <p>
 * Each job starts from the greedy baseline ({@link GreedyRebalance}), scored by the same
 * rules, so the solver's proposal is never worse than the baseline; both scores are
 * reported. Jobs are kept in memory for an hour (a nightly one for a day): a proposal
 * lives in the node that computed it, and a node's restart forgets it. Accepting is safe
 * anyway: a request whose handler changed since the proposal is left alone and reported.
 */
@Service
public class RebalanceService {

	private static final Logger log = LoggerFactory.getLogger(RebalanceService.class);

	private static final Duration KEEP = Duration.ofHours(1);

	private static final Duration KEEP_NIGHTLY = Duration.ofHours(24);

	private final RebalanceFacts facts;

	private final SolverManager<RebalanceProblem> solverManager;

	private final SolutionManager<RebalanceProblem, HardMediumSoftScore> solutionManager;

	private final Requests requests;

	private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();

	RebalanceService(RebalanceFacts facts, SolverManager<RebalanceProblem> rebalanceSolverManager,
			SolutionManager<RebalanceProblem, HardMediumSoftScore> rebalanceSolutionManager, Requests requests) {
		this.facts = facts;
		this.solverManager = rebalanceSolverManager;
		this.solutionManager = rebalanceSolutionManager;
		this.requests = requests;
	}

	/**
	 * Starts computing a proposal for the function, or returns the job that is already
	 * computing one.
	 * @throws AccessDeniedException when the user is not the function's lead nor the
	 * administrator
	 */
	public UUID start(UUID functionId, CurrentUser user) {
		requireMayRebalance(functionId, user);
		return start(functionId, user.displayName(), KEEP, null);
	}

	/**
	 * Starts a job without a user (the nightly proposal); the consumer hears of it when
	 * it is done.
	 */
	UUID startNightly(UUID functionId, Consumer<Proposal> whenDone) {
		return start(functionId, "Helhet (nattlig körning)", KEEP_NIGHTLY, whenDone);
	}

	private synchronized UUID start(UUID functionId, String startedBy, Duration keep, Consumer<Proposal> whenDone) {
		expire();
		Optional<Job> running = jobs.values()
			.stream()
			.filter(j -> j.functionId.equals(functionId) && !j.done)
			.findFirst();
		if (running.isPresent()) {
			return running.get().id;
		}
		RebalanceProblem current = facts.of(functionId);
		solutionManager.update(current);
		RebalanceProblem greedy = GreedyRebalance.propose(current);
		solutionManager.update(greedy);
		Job job = new Job(UUID.randomUUID(), functionId, startedBy, Instant.now(), keep, current, greedy, whenDone);
		jobs.put(job.id, job);
		if (current.getAssignments().isEmpty() || current.getStaff().isEmpty()) {
			job.finish(greedy, this);
			return job.id;
		}
		solverManager.solveBuilder()
			.withProblemId(job.id)
			.withProblem(greedy.copy())
			.withBestSolutionEventConsumer(event -> job.best = event.solution())
			.withFinalBestSolutionEventConsumer(event -> job.finish(event.solution(), this))
			.withExceptionHandler((id, ex) -> {
				log.warn("Omfördelningen {} misslyckades", id, ex);
				job.failure = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
				job.finish(job.best, this);
			})
			.run();
		return job.id;
	}

	/**
	 * The job's progress; empty when it does not exist or belongs to another function.
	 */
	public Optional<Progress> progress(UUID jobId, CurrentUser user) {
		return visible(jobId, user).map(Job::progress);
	}

	/** The job's proposal as it is now (the best so far while it runs). */
	public Optional<Proposal> proposal(UUID jobId, CurrentUser user) {
		return visible(jobId, user).map(Job::proposal);
	}

	/** The newest job of the function that is still kept, for the lead's page. */
	public Optional<UUID> latest(UUID functionId, CurrentUser user) {
		requireMayRebalance(functionId, user);
		expire();
		return jobs.values()
			.stream()
			.filter(j -> j.functionId.equals(functionId))
			.max(Comparator.comparing(j -> j.startedAt))
			.map(j -> j.id);
	}

	/**
	 * Hands over the moves of a finished proposal: those of the given requests, or all
	 * when requestIds is null. A request whose handler changed meanwhile is skipped.
	 * @throws NotFoundException when the job does not exist or belongs to another
	 * function
	 * @throws IllegalStateException while the job still runs
	 */
	public AcceptResult accept(UUID jobId, Collection<UUID> requestIds, CurrentUser user) {
		Job job = visible(jobId, user).orElseThrow(() -> new NotFoundException("Förslaget finns inte."));
		if (!job.done) {
			throw new IllegalStateException("Förslaget räknas fortfarande fram.");
		}
		Set<UUID> wanted = requestIds == null ? null : Set.copyOf(requestIds);
		List<Move> chosen = job.proposal()
			.moves()
			.stream()
			.filter(m -> wanted == null || wanted.contains(m.requestId()))
			.toList();
		List<Handover> handovers = chosen.stream()
			.map(m -> new Handover(m.requestId(), m.fromStaffId(), m.toStaffId(),
					"Omfördelning godkänd av " + user.displayName() + ": " + m.reason(),
					"Omfördelat " + (m.fromName() == null ? "från funktionens kö" : "från " + m.fromName()) + ": "
							+ m.reason(),
					m.toName() == null ? null : "Ditt ärende har fått en ny handläggare: " + m.toName() + "."))
			.toList();
		List<HandoverResult> results = requests.handOver(handovers, user);
		Map<UUID, Move> byRequest = new HashMap<>();
		chosen.forEach(m -> byRequest.put(m.requestId(), m));
		List<Move> moved = new ArrayList<>();
		List<Move> skipped = new ArrayList<>();
		for (HandoverResult r : results) {
			(r.moved() ? moved : skipped).add(byRequest.get(r.requestId()));
		}
		AcceptResult result = new AcceptResult(moved, skipped, user.displayName(), Instant.now());
		job.accepted.add(result);
		return result;
	}

	static boolean mayRebalance(UUID functionId, CurrentUser user) {
		return user.has(Role.ADMIN) || (user.has(Role.FUNCTION_LEAD) && functionId.equals(user.unitId()));
	}

	private static void requireMayRebalance(UUID functionId, CurrentUser user) {
		if (!mayRebalance(functionId, user)) {
			throw new AccessDeniedException("Bara funktionens chef kan omfördela funktionens ärenden.");
		}
	}

	private Optional<Job> visible(UUID jobId, CurrentUser user) {
		expire();
		return Optional.ofNullable(jobs.get(jobId)).filter(j -> mayRebalance(j.functionId, user));
	}

	private void expire() {
		Instant now = Instant.now();
		jobs.values().removeIf(j -> j.done && j.expiresAt.isBefore(now));
	}

	// ---- views

	/**
	 * How far a job has come.
	 *
	 * @param status RUNNING, DONE or FAILED
	 * @param bestScore the best proposal's score so far, e.g. "0hard/-2medium/-1234soft"
	 * @param greedyScore the greedy baseline's score
	 * @param movesProposed the moves of the best proposal so far
	 */
	public record Progress(UUID jobId, UUID functionId, String status, long elapsedMillis, String bestScore,
			String greedyScore, int movesProposed, boolean feasible) {

		public boolean done() {
			return !"RUNNING".equals(status);
		}

	}

	/**
	 * A proposal: the moves with their reasons, each person's load before and after, and
	 * the solver's score against the greedy baseline's.
	 *
	 * @param solverNotWorse whether the solver's score is at least the baseline's
	 * @param moves the moves still to decide: those accepted (moved or skipped) are left
	 * out
	 * @param accepted what has been accepted of it so far
	 */
	public record Proposal(UUID jobId, UUID functionId, Progress progress, String currentScore, String greedyScore,
			String solverScore, boolean solverNotWorse, boolean solverBetter, int greedyMoves, List<Move> moves,
			List<PersonLoad> loads, List<AcceptResult> accepted) {
	}

	/**
	 * One proposed move. Only the number: the proposal shows no content, so a
	 * confidential request reveals nothing here.
	 *
	 * @param fromStaffId the handler now, null for the queue
	 * @param toStaffId the proposed handler, null for the queue
	 * @param reason why, in Swedish
	 */
	public record Move(UUID requestId, String number, boolean confidential, UUID fromStaffId, String fromName,
			UUID toStaffId, String toName, OffsetDateTime dueAt, String reason) {
	}

	/** A person's open requests and load before and after the proposal. */
	public record PersonLoad(UUID staffId, String name, boolean lead, int before, int after, int percentBefore,
			int percentAfter, int ceilingPercent, boolean absentToday) {

		public boolean aboveCeilingAfter() {
			return percentAfter > ceilingPercent;
		}

	}

	/**
	 * What became of an acceptance: what moved, and what was skipped (changed meanwhile).
	 */
	public record AcceptResult(List<Move> moved, List<Move> skipped, String by, Instant at) {
	}

	// ---- a job

	private static final class Job {

		final UUID id;

		final UUID functionId;

		final String startedBy;

		final Instant startedAt;

		final Duration keep;

		final RebalanceProblem current;

		final RebalanceProblem greedy;

		final Consumer<Proposal> whenDone;

		final List<AcceptResult> accepted = new java.util.concurrent.CopyOnWriteArrayList<>();

		volatile RebalanceProblem best;

		volatile boolean done;

		volatile String failure;

		volatile Duration solvedIn;

		volatile Instant expiresAt;

		Job(UUID id, UUID functionId, String startedBy, Instant startedAt, Duration keep, RebalanceProblem current,
				RebalanceProblem greedy, Consumer<Proposal> whenDone) {
			this.id = id;
			this.functionId = functionId;
			this.startedBy = startedBy;
			this.startedAt = startedAt;
			this.keep = keep;
			this.current = current;
			this.greedy = greedy;
			this.best = greedy;
			this.whenDone = whenDone;
			this.expiresAt = startedAt.plus(keep);
		}

		void finish(RebalanceProblem solution, RebalanceService service) {
			if (solution != null && solution.getScore() != null && (best == null || best.getScore() == null
					|| solution.getScore().compareTo(best.getScore()) >= 0)) {
				best = solution;
			}
			if (best.getScore() == null) {
				service.solutionManager.update(best);
			}
			solvedIn = Duration.between(startedAt, Instant.now());
			expiresAt = Instant.now().plus(keep);
			done = true;
			log.info("Omfördelning {}: {} ärenden, girig {} → lösare {} på {} ms", id, current.getAssignments().size(),
					greedy.getScore(), best.getScore(), solvedIn.toMillis());
			if (whenDone != null) {
				try {
					whenDone.accept(proposal());
				}
				catch (RuntimeException ex) {
					log.warn("Kunde inte meddela om omfördelningen {}", id, ex);
				}
			}
		}

		Progress progress() {
			RebalanceProblem b = best;
			long elapsed = solvedIn != null ? solvedIn.toMillis()
					: Duration.between(startedAt, Instant.now()).toMillis();
			String status = !done ? "RUNNING" : failure != null ? "FAILED" : "DONE";
			int moves = (int) b.getAssignments().stream().filter(RebalanceAssignment::moved).count();
			return new Progress(id, functionId, status, elapsed, text(b.getScore()), text(greedy.getScore()), moves,
					b.getScore() != null && b.getScore().isFeasible());
		}

		Proposal proposal() {
			RebalanceProblem b = best;
			Map<UUID, RebalanceStaff> staff = new HashMap<>();
			current.getStaff().forEach(s -> staff.put(s.getId(), s));
			Map<UUID, Integer> before = counts(current);
			Map<UUID, Integer> after = counts(b);
			Set<UUID> handled = new java.util.HashSet<>();
			accepted.forEach(r -> java.util.stream.Stream.concat(r.moved().stream(), r.skipped().stream())
				.forEach(m -> handled.add(m.requestId())));
			List<Move> moves = b.getAssignments()
				.stream()
				.filter(RebalanceAssignment::moved)
				.filter(a -> !handled.contains(a.getRequestId()))
				.sorted(Comparator.comparing(RebalanceAssignment::dueDay).thenComparing(RebalanceAssignment::number))
				.map(a -> {
					RebalanceStaff from = a.currentStaffId() == null ? null : staff.get(a.currentStaffId());
					RebalanceStaff to = a.getHandler();
					return new Move(a.getRequestId(), a.number(), a.confidential(), a.currentStaffId(),
							from == null ? (a.currentStaffId() == null ? null : "okänd handläggare") : from.name(),
							to == null ? null : to.getId(), to == null ? null : to.name(), a.dueAt(),
							RebalanceReasons.of(a, from, before, after));
				})
				.toList();
			List<PersonLoad> loads = current.getStaff()
				.stream()
				.map(s -> new PersonLoad(s.getId(), s.name(), s.lead(), before.getOrDefault(s.getId(), 0),
						after.getOrDefault(s.getId(), 0), s.loadPercent(before.getOrDefault(s.getId(), 0)),
						s.loadPercent(after.getOrDefault(s.getId(), 0)), s.settings().weights().ceilingPercent(),
						s.absentToday()))
				.sorted(Comparator.comparingInt(PersonLoad::percentBefore).reversed().thenComparing(PersonLoad::name))
				.toList();
			int greedyMoves = (int) greedy.getAssignments().stream().filter(RebalanceAssignment::moved).count();
			HardMediumSoftScore solverScore = b.getScore();
			boolean notWorse = solverScore != null && solverScore.compareTo(greedy.getScore()) >= 0;
			boolean better = solverScore != null && solverScore.compareTo(greedy.getScore()) > 0;
			return new Proposal(id, functionId, progress(), text(current.getScore()), text(greedy.getScore()),
					text(solverScore), notWorse, better, greedyMoves, moves, loads, List.copyOf(accepted));
		}

		private static Map<UUID, Integer> counts(RebalanceProblem problem) {
			Map<UUID, Integer> counts = new HashMap<>();
			problem.getAssignments()
				.stream()
				.filter(a -> a.getHandler() != null)
				.forEach(a -> counts.merge(a.getHandler().getId(), 1, Integer::sum));
			return counts;
		}

		private static String text(HardMediumSoftScore score) {
			return score == null ? null : score.toString();
		}

	}

}
