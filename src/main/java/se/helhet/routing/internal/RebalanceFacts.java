package se.helhet.routing.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import se.helhet.organisation.AbsenceView;
import se.helhet.organisation.ContactView;
import se.helhet.organisation.Organisation;
import se.helhet.organisation.Organisation.AbsenceQuery;
import se.helhet.organisation.StaffView;
import se.helhet.organisation.StaffView.CompetenceLevel;
import se.helhet.requests.Requests;
import se.helhet.requests.Requests.OpenRequest;
import se.helhet.requests.Requests.RecentHandlers;
import se.helhet.requests.Requests.RecentHandlersOfFunction;
import se.helhet.requests.WorkingCalendar;

/**
 * Gathers what rebalancing a function needs, the way intake does (through the
 * organisation's and the requests' facades): its staff with competences, capacity and
 * whole days away, its open requests with who has them now, the förvaltningar's named
 * contacts and who handled whose requests recently.
 */
@Component
class RebalanceFacts {

	/** How far ahead absences are read: a due time further away is not at risk. */
	private static final int HORIZON_DAYS = 90;

	private final Organisation organisation;

	private final Requests requests;

	private final RoutingWeightsStore weights;

	private final double hoursPerRequest;

	private final int continuityDays;

	private final Clock clock;

	RebalanceFacts(Organisation organisation, Requests requests, RoutingWeightsStore weights,
			@Value("${helhet.routing.hours-per-request:2}") double hoursPerRequest,
			@Value("${helhet.routing.continuity-days:90}") int continuityDays) {
		this.organisation = organisation;
		this.requests = requests;
		this.weights = weights;
		this.hoursPerRequest = hoursPerRequest;
		this.continuityDays = continuityDays;
		this.clock = Clock.system(WorkingCalendar.STOCKHOLM);
	}

	/** The function as it is now: every open request with the handler it has. */
	RebalanceProblem of(UUID functionId) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		LocalDate today = now.atZoneSameInstant(WorkingCalendar.STOCKHOLM).toLocalDate();
		RebalanceSettings settings = RebalanceSettings.of(weights.of(functionId), hoursPerRequest);
		List<AbsenceView> absences = organisation
			.absences(new AbsenceQuery(null, functionId, today, today.plusDays(HORIZON_DAYS)));
		List<RebalanceStaff> staff = new ArrayList<>();
		Map<UUID, RebalanceStaff> byId = new HashMap<>();
		for (StaffView s : organisation.staff(functionId)) {
			Map<UUID, Integer> levels = new HashMap<>();
			for (CompetenceLevel level : s.competences()) {
				levels.put(level.competenceId(), level.level());
			}
			BigDecimal capacity = s.weeklyCapacityHours();
			RebalanceStaff fact = new RebalanceStaff(s.id(), s.fullName(),
					capacity == null ? 0 : capacity.doubleValue(), levels, s.lead(),
					wholeDaysAway(absences, s.id(), today), today, settings);
			staff.add(fact);
			byId.put(s.id(), fact);
		}
		RecentHandlersOfFunction recent = requests.recentHandlers(functionId, now.minusDays(continuityDays));
		Map<UUID, UUID> contacts = new HashMap<>();
		List<RebalanceAssignment> assignments = new ArrayList<>();
		for (OpenRequest r : requests.openRequests(functionId, null)) {
			UUID contact = r.forvaltningId() == null ? null
					: contacts.computeIfAbsent(r.forvaltningId(), f -> contactOf(f, functionId));
			RecentHandlers handlers = recent.of(r.requesterUsername(), r.forvaltningId());
			LocalDate dueDay = r.dueAt() == null ? today.plusDays(HORIZON_DAYS)
					: r.dueAt().atZoneSameInstant(WorkingCalendar.STOCKHOLM).toLocalDate();
			boolean dueSoon = r.dueAt() != null && r.dueAt().isBefore(now.plus(Duration.ofDays(2)));
			assignments.add(new RebalanceAssignment(r.id(), r.number(), r.competenceId(), r.confidential(),
					r.forvaltningId(), r.dueAt(), dueDay, dueSoon, r.assigneeStaffId(), contact, handlers.ofRequester(),
					handlers.ofForvaltning(), settings,
					r.assigneeStaffId() == null ? null : byId.get(r.assigneeStaffId())));
		}
		return new RebalanceProblem(functionId, today, staff, assignments);
	}

	private UUID contactOf(UUID forvaltningId, UUID functionId) {
		return organisation.contactsOf(forvaltningId)
			.stream()
			.filter(c -> c.functionId().equals(functionId))
			.map(ContactView::staff)
			.map(StaffView::id)
			.findFirst()
			.orElse(null);
	}

	/**
	 * The days from today on when the person is away the whole day (a part-day absence
	 * leaves them at work).
	 */
	private static TreeSet<LocalDate> wholeDaysAway(List<AbsenceView> absences, UUID staffId, LocalDate today) {
		TreeSet<LocalDate> days = new TreeSet<>();
		LocalDate last = today.plusDays(HORIZON_DAYS);
		for (AbsenceView a : absences) {
			if (!a.staffId().equals(staffId) || a.partDayPercent() != null) {
				continue;
			}
			for (LocalDate d = a.from().isBefore(today) ? today : a.from(); !d.isAfter(a.to())
					&& !d.isAfter(last); d = d.plusDays(1)) {
				days.add(d);
			}
		}
		return days;
	}

}
