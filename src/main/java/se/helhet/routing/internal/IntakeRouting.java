package se.helhet.routing.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import se.helhet.organisation.AbsenceView;
import se.helhet.organisation.ContactView;
import se.helhet.organisation.Organisation;
import se.helhet.organisation.Organisation.AbsenceQuery;
import se.helhet.organisation.StaffView;
import se.helhet.organisation.UnitView;
import se.helhet.requests.IntakeAssignment;
import se.helhet.requests.Requests;
import se.helhet.requests.Requests.RecentHandlers;
import se.helhet.requests.Requests.RecentHandlersOfFunction;
import se.helhet.requests.IntakeAssignment.Choice;
import se.helhet.requests.WorkingCalendar;
import se.helhet.routing.internal.RoutingRules.Candidate;
import se.helhet.routing.internal.RoutingRules.Request;
import se.helhet.routing.internal.RoutingRules.Weights;

/**
 * Gathers the facts about a function's staff at intake (contacts, absences until the due
 * time, open requests, recent handlers) and lets {@link RoutingRules} choose.
 */
@Component
class IntakeRouting implements IntakeAssignment {

	private final Organisation organisation;

	private final Requests requests;

	private final RoutingWeightsStore weights;

	private final double hoursPerRequest;

	private final int continuityDays;

	private final IntakeLoads loads;

	private final boolean recentEveryTime;

	private final Recently<UUID, RecentHandlersOfFunction> recent;

	private final boolean absencesEveryTime;

	private final Recently<UUID, FunctionAbsences> absences;

	private final Recently<UUID, Weights> functionWeights;

	/*
	 * How far ahead the absences intake keeps are read: further than any service's time
	 * to answer, so a due day beyond it (read from the database then) is rare.
	 */
	static final int ABSENCE_DAYS = 60;

	IntakeRouting(Organisation organisation, Requests requests, RoutingWeightsStore weights,
			@Value("${helhet.routing.hours-per-request:2}") double hoursPerRequest,
			@Value("${helhet.routing.continuity-days:90}") int continuityDays,
			@Value("${helhet.routing.load-cache-ms:1000}") long loadCacheMillis,
			@Value("${helhet.routing.continuity-cache-seconds:60}") long continuityCacheSeconds,
			@Value("${helhet.routing.absence-cache-ms:1000}") long absenceCacheMillis,
			@Value("${helhet.routing.weights-cache-ms:1000}") long weightsCacheMillis) {
		this.organisation = organisation;
		this.requests = requests;
		this.weights = weights;
		this.hoursPerRequest = hoursPerRequest;
		this.continuityDays = continuityDays;
		this.loads = new IntakeLoads(requests::openRequestsByHandler, System::nanoTime, loadCacheMillis);
		this.recentEveryTime = continuityCacheSeconds <= 0;
		this.recent = new Recently<>(
				function -> requests.recentHandlers(function, OffsetDateTime.now().minusDays(continuityDays)),
				System::nanoTime, continuityCacheSeconds * 1000);
		this.absencesEveryTime = absenceCacheMillis <= 0;
		this.absences = new Recently<>(function -> {
			LocalDate today = LocalDate.now(WorkingCalendar.STOCKHOLM);
			LocalDate until = today.plusDays(ABSENCE_DAYS);
			return new FunctionAbsences(today, until,
					byStaff(organisation.absences(new AbsenceQuery(null, function, today, until))));
		}, System::nanoTime, absenceCacheMillis);
		this.functionWeights = new Recently<>(weights::of, System::nanoTime, weightsCacheMillis);
	}

	@Override
	public Optional<Choice> choose(IntakeFacts facts) {
		UUID functionId = facts.functionId();
		UUID contactId = organisation.contactsOf(facts.forvaltningId())
			.stream()
			.filter(c -> c.functionId().equals(functionId))
			.map(ContactView::staff)
			.map(StaffView::id)
			.findFirst()
			.orElse(null);
		LocalDate today = facts.createdAt().atZoneSameInstant(WorkingCalendar.STOCKHOLM).toLocalDate();
		LocalDate dueDay = facts.dueAt().atZoneSameInstant(WorkingCalendar.STOCKHOLM).toLocalDate();
		Map<UUID, List<AbsenceView>> absences = absences(functionId, today, dueDay.isBefore(today) ? today : dueDay);
		Map<UUID, Integer> open = loads.of(functionId);
		RecentHandlers recent = recentHandlers(facts);
		List<Candidate> candidates = organisation.staff(functionId)
			.stream()
			.map(s -> new Candidate(s, s.id().equals(contactId), open.getOrDefault(s.id(), 0),
					wholeDayAway(absences, s.id(), today, today),
					wholeDayAway(absences, s.id(), today.plusDays(1), dueDay), recent.ofRequester().contains(s.id()),
					recent.ofForvaltning().contains(s.id())))
			.toList();
		String shortName = organisation.unit(functionId).map(UnitView::shortName).orElse("funktionens");
		Optional<Choice> choice = RoutingRules.choose(candidates,
				new Request(facts.competenceId(), shortName, hoursPerRequest), functionWeights.get(functionId));
		choice.ifPresent(c -> loads.assigned(functionId, c.staff().id()));
		return choice;
	}

	/**
	 * The function's absences from today to the due day. They are kept for a second (a
	 * person reported sick is out of intake's choice within it), read ahead for the weeks
	 * any service's due day falls in.
	 */
	private Map<UUID, List<AbsenceView>> absences(UUID functionId, LocalDate today, LocalDate dueDay) {
		if (!absencesEveryTime) {
			FunctionAbsences kept = absences.get(functionId);
			if (kept.from().equals(today) && !dueDay.isAfter(kept.until())) {
				return kept.byStaff();
			}
		}
		return byStaff(organisation.absences(new AbsenceQuery(null, functionId, today, dueDay)));
	}

	private static Map<UUID, List<AbsenceView>> byStaff(List<AbsenceView> absences) {
		return absences.stream().collect(Collectors.groupingBy(AbsenceView::staffId));
	}

	/** A function's absences in a period, by person. */
	private record FunctionAbsences(LocalDate from, LocalDate until, Map<UUID, List<AbsenceView>> byStaff) {
	}

	/**
	 * Continuity over months does not change in a minute: the function's recent handlers
	 * are read once per time to live (0 reads this requester's and förvaltning's every
	 * time).
	 */
	private RecentHandlers recentHandlers(IntakeFacts facts) {
		if (recentEveryTime) {
			return requests.recentHandlers(facts.functionId(), facts.requesterUsername(), facts.forvaltningId(),
					facts.createdAt().minusDays(continuityDays));
		}
		return recent.get(facts.functionId()).of(facts.requesterUsername(), facts.forvaltningId());
	}

	private static boolean wholeDayAway(Map<UUID, List<AbsenceView>> absences, UUID staffId, LocalDate from,
			LocalDate to) {
		if (to.isBefore(from)) {
			return false;
		}
		for (AbsenceView a : absences.getOrDefault(staffId, List.of())) {
			if (a.partDayPercent() == null && !a.from().isAfter(to) && !a.to().isBefore(from)) {
				return true;
			}
		}
		return false;
	}

}
