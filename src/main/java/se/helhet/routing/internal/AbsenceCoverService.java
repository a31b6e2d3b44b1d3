package se.helhet.routing.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;

import se.helhet.organisation.AbsenceCover;
import se.helhet.organisation.AbsenceView;
import se.helhet.organisation.ContactView;
import se.helhet.organisation.Organisation;
import se.helhet.organisation.Organisation.AbsenceQuery;
import se.helhet.organisation.StaffView;
import se.helhet.organisation.UnitView;
import se.helhet.platform.CurrentUser;
import se.helhet.requests.Requests;
import se.helhet.requests.Requests.Handover;
import se.helhet.requests.Requests.HandoverResult;
import se.helhet.requests.Requests.OpenRequest;
import se.helhet.requests.WorkingCalendar;

/**
 * Hands an absent person's requests over to colleagues (see {@link CoverPlan}), records
 * each handover for the lead, and moves them back when the lead chooses so. Covering is
 * serialised per function by a row lock, so absences registered at the same moment on any
 * node see each other; a sweep during the working day covers absences that have begun
 * since they were registered and anything a failed attempt left.
 */
@Component
public class AbsenceCoverService implements AbsenceCover {

	private static final Logger log = LoggerFactory.getLogger(AbsenceCoverService.class);

	private final Organisation organisation;

	private final Requests requests;

	private final RoutingWeightsStore weights;

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final TransactionTemplate newTransaction;

	private final double hoursPerRequest;

	private final int continuityDays;

	AbsenceCoverService(Organisation organisation, Requests requests, RoutingWeightsStore weights, JdbcClient jdbc,
			JdbcTemplate batch, Clock clock, PlatformTransactionManager transactions,
			@Value("${helhet.routing.hours-per-request:2}") double hoursPerRequest,
			@Value("${helhet.routing.continuity-days:90}") int continuityDays) {
		this.organisation = organisation;
		this.requests = requests;
		this.weights = weights;
		this.jdbc = jdbc;
		this.batch = batch;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.hoursPerRequest = hoursPerRequest;
		this.continuityDays = continuityDays;
	}

	@Override
	@Transactional
	public List<HandedOver> cover(AbsenceView absence) {
		LocalDate today = today();
		if (!CoverPlan.takesWork(absence, today)) {
			return List.of();
		}
		lockFunction(absence.functionId());
		// read again under the lock: it may have been changed or removed meanwhile
		Optional<AbsenceView> current = organisation.absence(absence.id());
		if (current.isEmpty() || !CoverPlan.takesWork(current.get(), today)) {
			return List.of();
		}
		AbsenceView a = current.get();
		List<OpenRequest> open = requests.openRequests(a.functionId(), a.staffId());
		if (open.isEmpty()) {
			return List.of();
		}
		long started = System.nanoTime();
		LocalDate until = open.stream().map(CoverPlan::dueDay).max(LocalDate::compareTo).orElse(today);
		List<Handover> plan = CoverPlan.plan(a, open,
				facts(a.functionId(), today, until.isBefore(a.to()) ? a.to() : until), today);
		if (plan.isEmpty()) {
			return List.of();
		}
		long planned = System.nanoTime();
		List<HandoverResult> results = requests.handOver(plan, null);
		long written = System.nanoTime();
		Map<UUID, Handover> byRequest = new HashMap<>();
		plan.forEach(h -> byRequest.put(h.requestId(), h));
		OffsetDateTime now = OffsetDateTime.now(clock);
		List<Object[]> rows = new ArrayList<>();
		List<HandedOver> handedOver = new ArrayList<>();
		for (HandoverResult r : results) {
			if (!r.moved()) {
				continue;
			}
			rows.add(new Object[] { UUID.randomUUID(), a.id(), a.functionId(), r.requestId(), r.number(),
					r.fromStaffId(), r.toStaffId(), limit(byRequest.get(r.requestId()).reason()), now });
			handedOver.add(new HandedOver(r.requestId(), r.number(), r.toStaffId(), r.toName()));
		}
		batch.batchUpdate("""
				insert into routing_handover (id, absence_id, function_id, request_id, request_number, from_staff_id,
				 to_staff_id, reason, handed_over_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
		log.info("Absence {}: {} of {} open requests handed over (planned in {} ms, written in {} ms)", a.id(),
				handedOver.size(), open.size(), (planned - started) / 1_000_000, (written - planned) / 1_000_000);
		return handedOver;
	}

	/**
	 * Absences that have begun since they were registered, sick reports a failed attempt
	 * left, chains of absences: every whole-day absence of today is covered again (a
	 * no-op when nothing is at risk).
	 */
	@Scheduled(cron = "${helhet.routing.cover-sweep-cron:0 */10 6-18 * * MON-FRI}", zone = "Europe/Stockholm")
	public void sweep() {
		LocalDate today = today();
		for (AbsenceView absence : organisation.absences(new AbsenceQuery(null, null, today, today))) {
			if (!absence.wholeDays()) {
				continue;
			}
			try {
				transaction.executeWithoutResult(status -> cover(absence));
			}
			catch (RuntimeException ex) {
				log.warn("Could not cover absence {} in this sweep", absence.id(), ex);
			}
		}
	}

	/** The handovers of a function's recent absences, newest first, for the lead. */
	public List<HandoverRow> handovers(UUID functionId, OffsetDateTime since) {
		return jdbc.sql("""
				select id, absence_id, request_id, request_number, from_staff_id, to_staff_id, reason, handed_over_at,
				 moved_back_at, moved_back_by from routing_handover where function_id = ? and handed_over_at >= ?
				order by handed_over_at desc, request_number""")
			.params(functionId, since)
			.query(AbsenceCoverService::handover)
			.list();
	}

	private static HandoverRow handover(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new HandoverRow(rs.getObject("id", UUID.class), rs.getObject("absence_id", UUID.class),
				rs.getObject("request_id", UUID.class), rs.getString("request_number"),
				rs.getObject("from_staff_id", UUID.class), rs.getObject("to_staff_id", UUID.class),
				rs.getString("reason"), rs.getObject("handed_over_at", OffsetDateTime.class),
				rs.getObject("moved_back_at", OffsetDateTime.class), rs.getString("moved_back_by"));
	}

	/**
	 * Gives the person back the requests handed over because of this absence that are
	 * still open with the colleague who took them; anything another person has changed
	 * since stays where it is.
	 */
	@Transactional
	public List<HandoverResult> moveBack(UUID functionId, UUID absenceId, CurrentUser lead) {
		List<HandoverRow> rows = jdbc.sql("""
				select id, absence_id, request_id, request_number, from_staff_id, to_staff_id, reason, handed_over_at,
				 moved_back_at, moved_back_by from routing_handover
				where function_id = ? and absence_id = ? and moved_back_at is null and to_staff_id is not null""")
			.params(functionId, absenceId)
			.query(AbsenceCoverService::handover)
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		String name = organisation.staffMember(rows.get(0).fromStaffId()).map(StaffView::fullName).orElse("");
		List<Handover> back = rows.stream()
			.map(h -> new Handover(h.requestId(), h.toStaffId(), h.fromStaffId(),
					"Tillbaka till " + name + " efter frånvaron, beslutat av " + lead.displayName(),
					"Ärendet är tillbaka hos dig efter din frånvaro. Läs det som hänt under tiden i tråden.",
					name + " är tillbaka och hjälper dig med ärendet igen."))
			.toList();
		List<HandoverResult> results = requests.handOver(back, lead);
		OffsetDateTime now = OffsetDateTime.now(clock);
		List<Object[]> moved = results.stream()
			.filter(HandoverResult::moved)
			.map(r -> new Object[] { now, lead.username(), absenceId, r.requestId() })
			.toList();
		batch.batchUpdate("""
				update routing_handover set moved_back_at = ?, moved_back_by = ?
				where absence_id = ? and request_id = ? and moved_back_at is null""", moved);
		return results;
	}

	/** One recorded handover. */
	public record HandoverRow(UUID id, UUID absenceId, UUID requestId, String requestNumber, UUID fromStaffId,
			UUID toStaffId, String reason, OffsetDateTime handedOverAt, OffsetDateTime movedBackAt,
			String movedBackBy) {
	}

	private CoverPlan.Facts facts(UUID functionId, LocalDate today, LocalDate until) {
		List<StaffView> staff = organisation.staff(functionId);
		Map<UUID, UUID> contacts = new HashMap<>();
		for (UnitView unit : organisation.units()) {
			organisation.contactsOf(unit.id())
				.stream()
				.filter(c -> c.functionId().equals(functionId))
				.map(ContactView::staff)
				.findFirst()
				.ifPresent(s -> contacts.put(unit.id(), s.id()));
		}
		String shortName = organisation.unit(functionId).map(UnitView::shortName).orElse("funktionens");
		return new CoverPlan.Facts(staff, contacts,
				organisation.absences(new AbsenceQuery(null, functionId, today.minusDays(1), until)),
				requests.openRequestsByHandler(functionId),
				requests.recentHandlers(functionId, OffsetDateTime.now(clock).minusDays(continuityDays)),
				weights.of(functionId), hoursPerRequest, shortName);
	}

	private void lockFunction(UUID functionId) {
		try {
			newTransaction.executeWithoutResult(s -> jdbc
				.sql("insert into routing_cover_lock (function_id) select ? where not exists"
						+ " (select 1 from routing_cover_lock where function_id = ?)")
				.params(functionId, functionId)
				.update());
		}
		catch (DuplicateKeyException ex) {
			// another node inserted it at the same moment: the row is there
		}
		jdbc.sql("select function_id from routing_cover_lock where function_id = ? for update")
			.param(functionId)
			.query(UUID.class)
			.list();
	}

	/** The reason as the request keeps it (at most 1,000 characters). */
	private static String limit(String reason) {
		return reason.length() <= 1000 ? reason : reason.substring(0, 999) + "…";
	}

	private LocalDate today() {
		return OffsetDateTime.now(clock).atZoneSameInstant(WorkingCalendar.STOCKHOLM).toLocalDate();
	}

}
