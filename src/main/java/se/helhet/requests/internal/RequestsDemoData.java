package se.helhet.requests.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.helhet.catalogue.Catalogue;
import se.helhet.organisation.ContactView;
import se.helhet.organisation.Organisation;
import se.helhet.organisation.StaffView;
import se.helhet.organisation.UnitKind;
import se.helhet.organisation.UnitView;
import se.helhet.platform.Accounts;
import se.helhet.platform.CurrentUser;
import se.helhet.platform.DemoDataContributor;
import se.helhet.requests.internal.demo.RequestHistoryGenerator;
import se.helhet.requests.internal.demo.RequestHistoryGenerator.GeneratedRequest;
import se.helhet.requests.internal.demo.RequestHistoryGenerator.History;
import se.helhet.requests.internal.demo.RequestHistoryGenerator.Input;
import se.helhet.requests.internal.demo.RequestHistoryGenerator.Requester;

/**
 * Loads a year of request history into the demo municipality, after the organisation (10)
 * and the catalogue (20) it refers to. The size is {@code helhet.demo.request-history}
 * (default 5,000; 0 in tests). Written with JDBC batches, so the first start stays fast.
 */
@Component
class RequestsDemoData implements DemoDataContributor {

	static final String DEMO_REQUESTER = "bestallare";

	static final String DEMO_HANDLER = "handlaggare";

	private static final Logger log = LoggerFactory.getLogger(RequestsDemoData.class);

	private final JdbcTemplate jdbc;

	private final Organisation organisation;

	private final Catalogue catalogue;

	private final Accounts accounts;

	private final Clock clock;

	private final RegistrationNumbers numbers;

	private final int size;

	RequestsDemoData(JdbcTemplate jdbc, Organisation organisation, Catalogue catalogue, Accounts accounts, Clock clock,
			RegistrationNumbers numbers, @Value("${helhet.demo.request-history:5000}") int size) {
		this.jdbc = jdbc;
		this.numbers = numbers;
		this.organisation = organisation;
		this.catalogue = catalogue;
		this.accounts = accounts;
		this.clock = clock;
		this.size = size;
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public boolean isLoaded() {
		if (size <= 0) {
			return true;
		}
		Long requests = jdbc.queryForObject("select count(*) from req_request", Long.class);
		return requests != null && requests > 0;
	}

	@Override
	public void load(DemoSeed seed) {
		loadHistory(seed.seed(), size);
	}

	/** Generates and stores count requests; returns what was stored. */
	@Transactional
	History loadHistory(long seed, int count) {
		long start = System.nanoTime();
		History history = new RequestHistoryGenerator(seed, clock).generate(input(), count);
		long generated = System.nanoTime();
		store(history);
		log.info("Ärendehistorik: {} ärenden genererade på {} ms och sparade på {} ms", history.requests().size(),
				(generated - start) / 1_000_000, (System.nanoTime() - generated) / 1_000_000);
		return history;
	}

	private Input input() {
		Map<UUID, UnitView> all = new LinkedHashMap<>();
		organisation.units().forEach(u -> all.put(u.id(), u));
		organisation.functions().forEach(u -> all.put(u.id(), u));
		List<UnitView> units = all.values()
			.stream()
			.sorted(Comparator.comparing((UnitView u) -> u.kind().name()).thenComparing(UnitView::name))
			.toList();
		Map<UUID, List<StaffView>> staff = new LinkedHashMap<>();
		units.stream()
			.filter(u -> u.kind() == UnitKind.FUNCTION)
			.forEach(f -> staff.put(f.id(), organisation.staff(f.id())
				.stream()
				.sorted(Comparator.comparing(StaffView::username, Comparator.nullsLast(Comparator.naturalOrder())))
				.toList()));
		Map<UUID, Map<UUID, StaffView>> contacts = new LinkedHashMap<>();
		units.stream().filter(u -> u.kind() == UnitKind.FORVALTNING).forEach(f -> {
			Map<UUID, StaffView> byFunction = new LinkedHashMap<>();
			for (ContactView contact : organisation.contactsOf(f.id())) {
				byFunction.put(contact.functionId(), contact.staff());
			}
			contacts.put(f.id(), byFunction);
		});
		Map<String, Integer> taken = new LinkedHashMap<>();
		jdbc.query("select function_code, seq_year, last_value from req_number_sequence", rs -> {
			taken.put(rs.getString(1) + " " + rs.getInt(2), rs.getInt(3));
		});
		return new Input(units, staff, contacts, catalogue.services(), demoRequester(), DEMO_HANDLER, taken);
	}

	private Requester demoRequester() {
		CurrentUser user = accounts.findByUsername(DEMO_REQUESTER).orElse(null);
		if (user == null || user.unitId() == null) {
			return null;
		}
		UnitView unit = organisation.unit(user.unitId()).orElse(null);
		UnitView forvaltning = organisation.topUnitOf(user.unitId()).orElse(null);
		if (unit == null || forvaltning == null) {
			return null;
		}
		String role = user.title() == null ? "Chef" : user.title().split(",")[0].strip();
		return new Requester(user.username(), user.displayName(), role, unit.id(), unit.name(), forvaltning.id(),
				forvaltning.name(), forvaltning.shortName());
	}

	private void store(History history) {
		List<Object[]> requests = new ArrayList<>();
		List<Object[]> answers = new ArrayList<>();
		List<Object[]> comments = new ArrayList<>();
		List<Object[]> time = new ArrayList<>();
		List<Object[]> checklist = new ArrayList<>();
		List<Object[]> audit = new ArrayList<>();
		List<Object[]> followers = new ArrayList<>();
		// followers are shown to the handler with their name and förvaltning: the ones
		// they had as requesters in the history
		java.util.Map<String, String[]> people = new java.util.HashMap<>();
		history.requests()
			.forEach(r -> people.putIfAbsent(r.requesterUsername(),
					new String[] { r.requesterName(), r.forvaltningName() }));
		for (GeneratedRequest r : history.requests()) {
			requests.add(new Object[] { r.id(), r.number(), r.functionId(), r.functionCode(), r.serviceId(),
					r.serviceName(), r.formVersion(), r.competenceId(), r.confidential(), r.title(), r.description(),
					r.status().name(), r.requesterUsername(), r.requesterName(), r.unitId(), r.forvaltningId(),
					r.forvaltningName(), r.assigneeStaffId(), r.assigneeUsername(), r.assigneeName(), r.createdAt(),
					r.updatedAt(), r.dueAt(), r.resolvedAt(), r.closedAt(), r.rating(), r.ratingComment(),
					r.retentionMonths(), r.version() });
			r.answers()
				.forEach(a -> answers
					.add(new Object[] { r.id(), a.key(), a.position(), a.label(), a.type(), a.value() }));
			r.comments()
				.forEach(c -> comments.add(new Object[] { c.id(), r.id(), c.authorUsername(), c.authorName(),
						c.internal(), c.body(), c.at() }));
			r.timeEntries()
				.forEach(t -> time.add(new Object[] { t.id(), r.id(), t.username(), t.name(), t.date(), t.minutes(),
						t.activity(), t.createdAt() }));
			r.checklist()
				.forEach(c -> checklist
					.add(new Object[] { c.id(), r.id(), c.position(), c.text(), c.done(), c.doneBy(), c.doneAt() }));
			r.audit()
				.forEach(a -> audit.add(new Object[] { a.id(), r.id(), a.at(), a.actorUsername(), a.actorName(),
						a.action(), a.field(), a.before(), a.after(), a.publicEntry(), a.version() }));
			r.followers().forEach(f -> {
				String[] person = people.getOrDefault(f, new String[] { null, null });
				followers.add(new Object[] { r.id(), f, person[0], person[1] });
			});
		}
		jdbc.batchUpdate("""
				insert into req_request (id, number, function_id, function_code, service_id, service_name, form_version,
				 competence_id, confidential, title, description, status, requester_username, requester_name, unit_id,
				 forvaltning_id, forvaltning_name, assignee_staff_id, assignee_username, assignee_name, created_at,
				 updated_at, due_at, resolved_at, closed_at, rating, rating_comment, retention_months, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
				requests);
		jdbc.batchUpdate("""
				insert into req_answer (request_id, field_key, position, label, field_type, answer)
				values (?, ?, ?, ?, ?, ?)""", answers);
		jdbc.batchUpdate("""
				insert into req_comment (id, request_id, author_username, author_name, internal, body, created_at)
				values (?, ?, ?, ?, ?, ?, ?)""", comments);
		jdbc.batchUpdate("""
				insert into req_time_entry (id, request_id, staff_username, staff_name, work_date, minutes, activity,
				 created_at) values (?, ?, ?, ?, ?, ?, ?, ?)""", time);
		jdbc.batchUpdate("""
				insert into req_checklist_item (id, request_id, position, text, done, done_by, done_at)
				values (?, ?, ?, ?, ?, ?, ?)""", checklist);
		jdbc.batchUpdate("""
				insert into req_audit (id, request_id, at, actor_username, actor_name, action, field, before_value,
				 after_value, public_entry, request_version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", audit);
		jdbc.batchUpdate(
				"insert into req_follower (request_id, username, display_name, forvaltning_name) values (?, ?, ?, ?)",
				followers);
		// the next live request continues after the history, never on one of its numbers
		history.lastNumbers().forEach((key, last) -> {
			String[] parts = key.split(" ");
			int updated = jdbc.update(
					"update req_number_sequence set last_value = greatest(last_value, ?) where function_code = ? and seq_year = ?",
					last, parts[0], Integer.parseInt(parts[1]));
			if (updated == 0) {
				jdbc.update("insert into req_number_sequence (function_code, seq_year, last_value) values (?, ?, ?)",
						parts[0], Integer.parseInt(parts[1]), last);
			}
		});
		numbers.forgetReserved();
	}

}
