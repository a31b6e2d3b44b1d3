package se.helhet.requests.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import se.helhet.catalogue.Catalogue;
import se.helhet.catalogue.FormField;
import se.helhet.catalogue.ServiceView;
import se.helhet.organisation.Organisation;
import se.helhet.organisation.StaffView;
import se.helhet.organisation.UnitKind;
import se.helhet.organisation.UnitView;
import se.helhet.platform.ConflictException;
import se.helhet.platform.CurrentUser;
import se.helhet.platform.NotFoundException;
import se.helhet.platform.Role;
import se.helhet.platform.Text;
import se.helhet.platform.ValidationException;
import se.helhet.requests.IntakeAssignment;
import se.helhet.requests.IntakeAssignment.Choice;
import se.helhet.requests.IntakeAssignment.IntakeFacts;
import se.helhet.requests.RequestEvents.RequestAssigned;
import se.helhet.requests.RequestEvents.RequestJoined;
import se.helhet.requests.RequestEvents.RequestMerged;
import se.helhet.requests.RequestEvents.RequestsLinked;
import se.helhet.requests.RequestEvents.RequestCommented;
import se.helhet.requests.RequestEvents.RequestStatusChanged;
import se.helhet.requests.RequestEvents.RequestsHandedOver;
import se.helhet.requests.RequestEvents.RequestSubmitted;
import se.helhet.requests.internal.RequestMailTexts.About;
import se.helhet.requests.RequestStatus;
import se.helhet.requests.RequestSummary;
import se.helhet.requests.RequestView;
import se.helhet.requests.RequestView.Answer;
import se.helhet.requests.RequestView.Attachment;
import se.helhet.requests.RequestView.AuditEntry;
import se.helhet.requests.RequestView.ChecklistItem;
import se.helhet.requests.RequestView.Comment;
import se.helhet.requests.RequestView.TimeEntry;
import se.helhet.requests.Requests;
import se.helhet.requests.WorkingCalendar;
import se.helhet.requests.internal.RequestVisibility.Condition;
import se.helhet.requests.internal.RequestVisibility.Facts;

/**
 * The requests facade. Every change runs in one transaction, except intake: see
 * {@link #submit}.
 */
@Service
public class RequestService implements Requests {

	/**
	 * The actor of what Helhet does by itself (assignment at intake), so that the trail
	 * does not say the requester chose their handler.
	 */
	public static final String AUTOMATIC_ACTOR = "helhet";

	public static final String AUTOMATIC_ACTOR_NAME = "Helhet (automatiskt)";

	/** The statuses of a request that still needs work, as an SQL list. */
	private static final String OPEN = "('NY', 'TILLDELAD', 'PAGAR', 'VANTAR')";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM HH:mm", java.util.Locale.of("sv"));

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final Catalogue catalogue;

	private final Organisation organisation;

	private final RegistrationNumbers numbers;

	private final AssignmentPolicy interimAssignment;

	/**
	 * Looked up at intake, not injected: routing reads this facade, so a constructor
	 * dependency would be a cycle of beans.
	 */
	private final ObjectProvider<IntakeAssignment> assignment;

	/**
	 * The assignment found at the first intake: asking the bean factory on every intake
	 * resolved the dependency anew each time, a few per cent of an intake's CPU.
	 */
	private volatile IntakeAssignment routing;

	private final RequestMails mails;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final int reopenDays;

	private final TransactionTemplate transaction;

	RequestService(JdbcClient jdbc, JdbcTemplate batch, Catalogue catalogue, Organisation organisation,
			RegistrationNumbers numbers, AssignmentPolicy interimAssignment,
			ObjectProvider<IntakeAssignment> assignment, RequestMails mails, ApplicationEventPublisher events,
			Clock clock, PlatformTransactionManager transactions,
			@Value("${helhet.requests.reopen-days:14}") int reopenDays) {
		this.transaction = new TransactionTemplate(transactions);
		this.jdbc = jdbc;
		this.batch = batch;
		this.catalogue = catalogue;
		this.organisation = organisation;
		this.numbers = numbers;
		this.interimAssignment = interimAssignment;
		this.assignment = assignment;
		this.mails = mails;
		this.events = events;
		this.clock = clock;
		this.reopenDays = reopenDays;
	}

	// ---- intake

	/**
	 * Not one transaction: the registration number is taken in its own short transaction
	 * (see RegistrationNumbers) before the request is written in another, so an intake
	 * holds at most one database connection at a time. Inside a single transaction every
	 * intake would hold one connection while waiting for a second one for its number, and
	 * as many simultaneous intakes as the pool has connections would wait for each other
	 * until the pool gives up.
	 */
	@Override
	public RequestView submit(SubmitRequest command, CurrentUser user) {
		Viewer viewer = viewer(user);
		String key = command.idempotencyKey() == null || command.idempotencyKey().isBlank() ? null
				: command.idempotencyKey().strip();
		if (key != null && key.length() > 100) {
			throw new ValidationException(Map.of("idempotencyKey", "Idempotency-Key får vara högst 100 tecken."));
		}
		try {
			return validateAndFile(command, key, user, viewer);
		}
		catch (DuplicateKeyException | ValidationException ex) {
			// A repeated key is a retry: it gets the request filed first, found only now
			// because every intake asked for it first cost a statement. The retry's
			// number stays unused, a gap registrars accept; a retry refused because the
			// form has since changed still gets its request.
			Optional<UUID> first = key == null ? Optional.empty() : earlier(user, key);
			if (first.isEmpty()) {
				throw ex;
			}
			return transaction.execute(status -> view(first.get(), viewer));
		}
	}

	private RequestView validateAndFile(SubmitRequest command, String key, CurrentUser user, Viewer viewer) {
		Map<String, Text> errors = new LinkedHashMap<>();
		ServiceView service = command.serviceId() == null ? null : catalogue.service(command.serviceId()).orElse(null);
		if (service == null || !service.active()) {
			errors.put("serviceId", Text.of("Välj en tjänst i katalogen som går att beställa.",
					"Choose a service in the catalogue that can be ordered."));
		}
		UnitView forvaltning = organisation.topUnitOf(user.unitId()).orElse(null);
		if (forvaltning == null) {
			throw ValidationException.of(Map.of("forvaltning", Text.of(
					"Ditt konto är inte kopplat till någon förvaltning, så Helhet vet inte vem beställningen gäller. Kontakta administratören.",
					"Your account is not linked to an administration, so Helhet cannot tell whom the order is for. Contact the administrator.")));
		}
		if (!forvaltning.ordersCentralServices()) {
			throw ValidationException.of(Map.of("forvaltning", Text.of(forvaltning.name()
					+ " ingår inte i de centrala stödfunktionerna och kan inte beställa här. Vänd dig till bolagets egna HR-, ekonomi- eller kommunikationsresurser.",
					forvaltning.name()
							+ " is not served by the central support functions and cannot order here. Turn to the company's own HR, finance or communications staff.")));
		}
		String title = command.title() == null ? "" : command.title().strip();
		String description = command.description() == null ? "" : command.description().strip();
		if (title.isEmpty()) {
			errors.put("title", Text.of("Skriv en kort rubrik som säger vad du behöver hjälp med.",
					"Write a short title that says what you need help with."));
		}
		else if (title.length() > 200) {
			errors.put("title", Text.of("Rubriken får vara högst 200 tecken. Skriv detaljerna i beskrivningen.",
					"The title can be at most 200 characters. Put the details in the description."));
		}
		if (description.isEmpty()) {
			errors.put("description",
					Text.of("Beskriv vad du behöver hjälp med.", "Describe what you need help with."));
		}
		else if (description.length() > 10000) {
			errors.put("description",
					Text.of("Beskrivningen får vara högst 10 000 tecken. Bifoga längre underlag som fil.",
							"The description can be at most 10,000 characters. Attach longer material as a file."));
		}
		Map<String, String> answers = command.answers() == null ? Map.of() : command.answers();
		if (service != null) {
			errors.putAll(catalogue.answerProblems(service.id(), answers));
		}
		if (!errors.isEmpty()) {
			throw ValidationException.of(errors);
		}
		UnitView function = organisation.unit(service.functionId())
			.orElseThrow(() -> new NotFoundException("Funktionen finns inte."));
		// the database keeps microseconds: the answer must read the same as a later GET
		ZonedDateTime now = ZonedDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
		String number = numbers.next(function.shortName(), now.getYear());
		UUID id = UUID.randomUUID();
		return transaction.execute(status -> file(id, number, now, service, function, forvaltning, answers, title,
				description, key, user, viewer));
	}

	private IntakeAssignment routing() {
		IntakeAssignment found = this.routing;
		if (found == null) {
			found = assignment.getIfAvailable();
			this.routing = found;
		}
		return found;
	}

	private Optional<UUID> earlier(CurrentUser user, String idempotencyKey) {
		return jdbc.sql("select id from req_request where requester_username = ? and idempotency_key = ?")
			.params(user.username(), idempotencyKey)
			.query(UUID.class)
			.optional();
	}

	/**
	 * Writes a new request and answers it as the requester sees it, without reading it
	 * back.
	 */
	private RequestView file(UUID id, String number, ZonedDateTime now, ServiceView service, UnitView function,
			UnitView forvaltning, Map<String, String> answers, String title, String description, String key,
			CurrentUser user, Viewer viewer) {
		OffsetDateTime created = now.toOffsetDateTime();
		OffsetDateTime due = WorkingCalendar.addWorkingHours(now, service.slaWorkingHours()).toOffsetDateTime();
		IntakeFacts facts = new IntakeFacts(function.id(), forvaltning.id(), service.id(), service.competenceId(),
				service.confidential(), user.username(), created, due);
		IntakeAssignment routing = routing();
		Optional<Choice> assignee = routing != null ? routing.choose(facts) : interimAssignment.choose(facts);
		RequestStatus status = assignee.isPresent() ? RequestStatus.TILLDELAD : RequestStatus.NY;
		StaffView handler = assignee.map(Choice::staff).orElse(null);
		jdbc.sql("""
				insert into req_request (id, number, function_id, function_code, service_id, service_name, form_version,
				 competence_id, confidential, title, description, status, requester_username, requester_name, unit_id,
				 forvaltning_id, forvaltning_name, assignee_staff_id, assignee_username, assignee_name,
				 assignment_reason, created_at, updated_at, due_at, retention_months, idempotency_key, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(id, number, function.id(), function.shortName(), service.id(), service.nameSv(),
					service.formVersion(), service.competenceId(), service.confidential(), title, description,
					status.name(), user.username(), user.displayName(), user.unitId(), forvaltning.id(),
					forvaltning.name(), handler == null ? null : handler.id(),
					handler == null ? null : handler.username(), handler == null ? null : handler.fullName(),
					assignee.map(Choice::reason).orElse(null), created, created, due, service.retentionMonths(), key)
			.update();
		List<Answer> filedAnswers = new ArrayList<>();
		List<Object[]> answerRows = new ArrayList<>();
		int position = 1;
		for (FormField field : service.fields()) {
			String value = answers.get(field.key());
			String answer = value == null || value.isBlank() ? null : value.strip();
			answerRows.add(new Object[] { id, field.key(), position++, field.labelSv(), field.type().name(), answer });
			filedAnswers.add(new Answer(field.key(), field.labelSv(), field.type().name(), answer));
		}
		batch.batchUpdate("""
				insert into req_answer (request_id, field_key, position, label, field_type, answer)
				values (?, ?, ?, ?, ?, ?)""", answerRows);
		List<ChecklistItem> checklist = new ArrayList<>();
		position = 1;
		for (String step : service.checklist()) {
			checklist.add(new ChecklistItem(UUID.randomUUID(), position++, step, false, null, null));
		}
		batch.batchUpdate(
				"insert into req_checklist_item (id, request_id, position, text, done) values (?, ?, ?, ?, false)",
				checklist.stream().map(c -> new Object[] { c.id(), id, c.position(), c.text() }).toList());
		List<AuditEntry> audit = new ArrayList<>();
		audit.add(new AuditEntry(created, user.username(), user.displayName(), "SKAPAD", null, null, number, true));
		assignee.ifPresent(a -> audit.add(new AuditEntry(created, AUTOMATIC_ACTOR, AUTOMATIC_ACTOR_NAME, "TILLDELAD",
				"assignee", null, a.staff().fullName() + " (" + a.reason() + ")", true)));
		batch.batchUpdate("""
				insert into req_audit (id, request_id, at, actor_username, actor_name, action, field, before_value,
				 after_value, public_entry, request_version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""",
				audit.stream()
					.map(a -> new Object[] { UUID.randomUUID(), id, a.at(), a.actorUsername(), a.actorName(),
							a.action(), a.field(), a.before(), truncate(a.after()), a.publicEntry() })
					.toList());
		List<Object[]> notifications = new ArrayList<>();
		notifications.add(new Object[] { UUID.randomUUID(), user.username(), id,
				"Ditt ärende " + number + " är registrerat.", created });
		if (handler != null && handler.username() != null) {
			notifications.add(new Object[] { UUID.randomUUID(), handler.username(), id,
					"Nytt ärende " + number + " är tilldelat dig: " + assignee.get().reason(), created });
		}
		if (handler == null) {
			// nobody qualified is available: the request waits in the queue and the lead
			// knows
			for (StaffView lead : organisation.staff(function.id())) {
				if (lead.lead() && lead.username() != null) {
					notifications.add(new Object[] { UUID.randomUUID(), lead.username(), id,
							"Ingen kvalificerad handläggare är tillgänglig för " + number
									+ ". Ärendet väntar i funktionens kö.",
							created });
				}
			}
		}
		batch.batchUpdate(
				"insert into req_notification (id, username, request_id, message, created_at) values (?, ?, ?, ?, ?)",
				notifications);
		mails.filed(
				new About(number, service.confidential(), title, service.nameSv(), forvaltning.name(), due,
						mails.link(id)),
				user.username(), handler == null ? null : handler.username(),
				handler == null ? null : handler.fullName(), assignee.map(Choice::reason).orElse(null));
		events.publishEvent(
				new RequestSubmitted(id, number, function.id(), service.id(), forvaltning.id(), service.confidential(),
						handler == null ? null : handler.id(), assignee.map(Choice::reason).orElse(null)));
		boolean staffView = RequestVisibility
			.canHandle(
					new Facts(user.username(), function.id(), service.confidential(),
							handler == null ? null : handler.id(), service.competenceId(), forvaltning.id(), false),
					viewer);
		return new RequestView(id, number, function.id(), function.shortName(), service.id(), service.nameSv(),
				service.formVersion(), service.confidential(), title, description, status, user.username(),
				user.displayName(), forvaltning.id(), forvaltning.name(), handler == null ? null : handler.id(),
				handler == null ? null : handler.username(), handler == null ? null : handler.fullName(),
				staffView ? assignee.map(Choice::reason).orElse(null) : null, created, created, due, null, null, null,
				null, 0, List.copyOf(filedAnswers), List.of(), List.of(), List.copyOf(checklist), List.of(),
				List.copyOf(audit), staffView, List.of(), List.of(), null);
	}

	// ---- for routing

	@Override
	public Map<UUID, Integer> openRequestsByHandler(UUID functionId) {
		Map<UUID, Integer> open = new LinkedHashMap<>();
		jdbc.sql("select assignee_staff_id, count(*) as n from req_request where function_id = ?"
				+ " and assignee_staff_id is not null and status in " + OPEN + " group by assignee_staff_id")
			.param(functionId)
			.query((rs, n) -> open.put(rs.getObject("assignee_staff_id", UUID.class), rs.getInt("n")))
			.list();
		return open;
	}

	@Override
	public RecentHandlers recentHandlers(UUID functionId, String requesterUsername, UUID forvaltningId,
			OffsetDateTime since) {
		Set<UUID> ofRequester = new HashSet<>();
		Set<UUID> ofForvaltning = new HashSet<>();
		jdbc.sql("""
				select distinct assignee_staff_id, case when requester_username = ? then 1 else 0 end as own
				from req_request where function_id = ? and forvaltning_id = ? and created_at >= ?
				 and assignee_staff_id is not null""")
			.params(requesterUsername, functionId, forvaltningId, since)
			.query((rs, n) -> {
				UUID staff = rs.getObject("assignee_staff_id", UUID.class);
				ofForvaltning.add(staff);
				if (rs.getInt("own") == 1) {
					ofRequester.add(staff);
				}
				return staff;
			})
			.list();
		return new RecentHandlers(ofRequester, ofForvaltning);
	}

	@Override
	public RecentHandlersOfFunction recentHandlers(UUID functionId, OffsetDateTime since) {
		Map<String, Set<UUID>> byRequester = new HashMap<>();
		Map<UUID, Set<UUID>> byForvaltning = new HashMap<>();
		jdbc.sql("""
				select distinct requester_username, forvaltning_id, assignee_staff_id from req_request
				where function_id = ? and created_at >= ? and assignee_staff_id is not null""")
			.params(functionId, since)
			.query((rs, n) -> {
				UUID staff = rs.getObject("assignee_staff_id", UUID.class);
				byRequester.computeIfAbsent(rs.getString("requester_username"), k -> new HashSet<>()).add(staff);
				byForvaltning.computeIfAbsent(rs.getObject("forvaltning_id", UUID.class), k -> new HashSet<>())
					.add(staff);
				return staff;
			})
			.list();
		return new RecentHandlersOfFunction(byRequester, byForvaltning);
	}

	@Override
	public List<OpenRequest> openRequests(UUID functionId, UUID assigneeStaffId) {
		return jdbc
			.sql("""
					select id, number, function_id, service_id, competence_id, confidential, requester_username,
					 forvaltning_id, assignee_staff_id, due_at from req_request
					where function_id = ? and status in %s%s order by due_at, id""".formatted(OPEN,
					assigneeStaffId == null ? "" : " and assignee_staff_id = ?"))
			.params(assigneeStaffId == null ? List.of(functionId) : List.of(functionId, assigneeStaffId))
			.query((rs, n) -> new OpenRequest(rs.getObject("id", UUID.class), rs.getString("number"),
					rs.getObject("function_id", UUID.class), rs.getObject("service_id", UUID.class),
					rs.getObject("competence_id", UUID.class), rs.getBoolean("confidential"),
					rs.getString("requester_username"), rs.getObject("forvaltning_id", UUID.class),
					rs.getObject("assignee_staff_id", UUID.class), rs.getObject("due_at", OffsetDateTime.class)))
			.list();
	}

	/**
	 * In batches, so that covering a long absence with hundreds of requests stays one
	 * short transaction: the rows are locked and read once, and every write is a batch.
	 */
	@Override
	@Transactional
	public List<HandoverResult> handOver(List<Handover> handovers, CurrentUser by) {
		if (handovers.isEmpty()) {
			return List.of();
		}
		String actor = by == null ? AUTOMATIC_ACTOR : by.username();
		String actorName = by == null ? AUTOMATIC_ACTOR_NAME : by.displayName();
		OffsetDateTime now = OffsetDateTime.now(clock);
		Map<UUID, Row> rows = new HashMap<>();
		List<UUID> ids = handovers.stream().map(Handover::requestId).distinct().toList();
		for (int from = 0; from < ids.size(); from += 500) {
			List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
			jdbc.sql("select * from req_request where id in ("
					+ String.join(",", java.util.Collections.nCopies(chunk.size(), "?")) + ") for update")
				.params(new ArrayList<Object>(chunk))
				.query(Row::of)
				.list()
				.forEach(r -> rows.put(r.id(), r));
		}
		List<HandoverResult> results = new ArrayList<>();
		List<Object[]> updates = new ArrayList<>();
		List<Object[]> audits = new ArrayList<>();
		List<Object[]> comments = new ArrayList<>();
		List<Object[]> notifications = new ArrayList<>();
		List<RequestAssigned> assigned = new ArrayList<>();
		Map<UUID, List<Row>> toQueue = new LinkedHashMap<>();
		for (Handover h : handovers) {
			Row row = rows.get(h.requestId());
			if (row == null) {
				continue;
			}
			StaffView to = h.toStaffId() == null ? null
					: organisation.staffMember(h.toStaffId())
						.filter(s -> s.functionId().equals(row.functionId()))
						.orElse(null);
			boolean stillAsExpected = row.status().open()
					&& java.util.Objects.equals(row.assigneeStaffId(), h.fromStaffId())
					&& (h.toStaffId() == null || to != null);
			if (!stillAsExpected || java.util.Objects.equals(h.fromStaffId(), h.toStaffId())) {
				results.add(new HandoverResult(row.id(), row.number(), h.fromStaffId(), h.toStaffId(),
						to == null ? null : to.fullName(), false));
				continue;
			}
			RequestStatus next = to == null
					? (row.status() == RequestStatus.TILLDELAD ? RequestStatus.NY : row.status())
					: (row.status() == RequestStatus.NY ? RequestStatus.TILLDELAD : row.status());
			int version = row.version() + 1;
			String reason = truncate(h.reason(), 1000);
			updates.add(new Object[] { to == null ? null : to.id(), to == null ? null : to.username(),
					to == null ? null : to.fullName(), next.name(), reason, now, row.id() });
			audits.add(new Object[] { UUID.randomUUID(), row.id(), now, actor, actorName, "TILLDELAD", "assignee",
					row.assigneeName(), truncate((to == null ? "Funktionens kö" : to.fullName()) + " (" + reason + ")"),
					true, version });
			if (next != row.status()) {
				audits.add(new Object[] { UUID.randomUUID(), row.id(), now, actor, actorName, "STATUS", "status",
						row.status().name(), next.name(), true, version });
			}
			if (h.handlerNote() != null && !h.handlerNote().isBlank()) {
				comments.add(new Object[] { UUID.randomUUID(), row.id(), actor, actorName, true,
						truncate(h.handlerNote(), 10000), now });
			}
			if (h.requesterMessage() != null && !h.requesterMessage().isBlank()) {
				comments.add(new Object[] { UUID.randomUUID(), row.id(), actor, actorName, false,
						truncate(h.requesterMessage(), 10000), now });
			}
			if (to != null && to.username() != null) {
				notifications.add(new Object[] { UUID.randomUUID(), to.username(), row.id(),
						truncate("Ärende " + row.number() + " är överlämnat till dig: " + reason), now });
				notifications.add(new Object[] { UUID.randomUUID(), row.requesterUsername(), row.id(),
						to.fullName() + " hjälper dig nu med ärende " + row.number() + ".", now });
			}
			else if (to == null) {
				toQueue.computeIfAbsent(row.functionId(), f -> new ArrayList<>()).add(row);
			}
			assigned.add(new RequestAssigned(row.id(), row.number(), to == null ? null : to.id(), reason, actor));
			results.add(new HandoverResult(row.id(), row.number(), h.fromStaffId(), to == null ? null : to.id(),
					to == null ? null : to.fullName(), true));
		}
		// one alert per lead for the lot that went to the queue, not one per request
		toQueue.forEach((functionId, queued) -> {
			String numbers = queued.stream()
				.limit(20)
				.map(Row::number)
				.collect(java.util.stream.Collectors.joining(", ")) + (queued.size() > 20 ? " …" : "");
			String message = queued.size() == 1
					? "Ärende " + numbers + " väntar i funktionens kö: ingen kvalificerad handläggare är tillgänglig."
					: queued.size()
							+ " ärenden väntar i funktionens kö: ingen kvalificerad handläggare är tillgänglig ("
							+ numbers + ").";
			organisation.staff(functionId)
				.stream()
				.filter(StaffView::lead)
				.map(StaffView::username)
				.filter(u -> u != null)
				.forEach(lead -> notifications
					.add(new Object[] { UUID.randomUUID(), lead, queued.get(0).id(), truncate(message), now }));
		});
		batch.batchUpdate("""
				update req_request set assignee_staff_id = ?, assignee_username = ?, assignee_name = ?, status = ?,
				 assignment_reason = ?, updated_at = ?, version = version + 1 where id = ?""", updates);
		batch.batchUpdate("""
				insert into req_audit (id, request_id, at, actor_username, actor_name, action, field, before_value,
				 after_value, public_entry, request_version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", audits);
		batch.batchUpdate("""
				insert into req_comment (id, request_id, author_username, author_name, internal, body, created_at)
				values (?, ?, ?, ?, ?, ?, ?)""", comments);
		batch.batchUpdate(
				"insert into req_notification (id, username, request_id, message, created_at) values (?, ?, ?, ?, ?)",
				notifications);
		if (!assigned.isEmpty()) {
			events.publishEvent(new RequestsHandedOver(assigned));
		}
		return results;
	}

	// ---- reading

	@Override
	@Transactional(readOnly = true)
	public Optional<RequestView> find(UUID id, CurrentUser user) {
		Viewer viewer = viewer(user);
		Optional<Row> row = row(id);
		if (row.isEmpty() || !RequestVisibility.canSee(facts(row.get(), viewer), viewer)) {
			return Optional.empty();
		}
		return Optional.of(assemble(row.get(), viewer));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<RequestView> findByNumber(String number, CurrentUser user) {
		return jdbc.sql("select id from req_request where number = ?")
			.param(number)
			.query(UUID.class)
			.optional()
			.flatMap(id -> find(id, user));
	}

	@Override
	@Transactional(readOnly = true)
	public ListPage list(RequestQuery query, CurrentUser user) {
		Viewer viewer = viewer(user);
		Condition visible = RequestVisibility.sql(viewer);
		StringBuilder where = new StringBuilder(" where ").append(visible.sql());
		List<Object> params = new ArrayList<>(visible.params());
		OffsetDateTime now = OffsetDateTime.now(clock);
		switch (query.queue()) {
			case MINE -> {
				where.append(" and r.assignee_staff_id = ? and r.status in " + OPEN);
				params.add(viewer.staffId() == null ? new UUID(0, 0) : viewer.staffId());
			}
			case UNASSIGNED -> {
				where.append(" and r.function_id = ? and r.assignee_staff_id is null and r.status in " + OPEN);
				params.add(viewer.functionId() == null ? new UUID(0, 0) : viewer.functionId());
			}
			case FORVALTNING -> {
				UUID forvaltning = query.forvaltningId() != null ? query.forvaltningId() : viewer.forvaltningId();
				where.append(" and r.forvaltning_id = ? and r.status in " + OPEN);
				params.add(forvaltning == null ? new UUID(0, 0) : forvaltning);
				if (viewer.functionId() != null) {
					where.append(" and r.function_id = ?");
					params.add(viewer.functionId());
				}
			}
			case OVERDUE -> {
				where.append(" and r.status in " + OPEN + " and r.due_at < ?");
				params.add(now);
				if (viewer.functionId() != null) {
					where.append(" and r.function_id = ?");
					params.add(viewer.functionId());
				}
			}
			case REQUESTED -> {
				where.append(" and r.requester_username = ?");
				params.add(viewer.username());
			}
			case ALL -> {
			}
		}
		if (query.status() != null) {
			where.append(" and r.status = ?");
			params.add(query.status().name());
		}
		if (query.forvaltningId() != null && query.queue() != Queue.FORVALTNING) {
			where.append(" and r.forvaltning_id = ?");
			params.add(query.forvaltningId());
		}
		if (query.functionId() != null) {
			where.append(" and r.function_id = ?");
			params.add(query.functionId());
		}
		String order = switch (query.sort()) {
			case DUE -> "r.due_at";
			case CREATED -> "r.created_at";
			case NUMBER -> "r.number";
		} + (query.descending() ? " desc" : " asc") + ", r.id";
		// counted up to a limit: an exact count of a million rows costs more than the
		// page itself
		long total = jdbc.sql("select count(*) from (select 1 from req_request r" + where + " limit ?) c")
			.params(withLimit(params, ListPage.COUNT_LIMIT + 1))
			.query(Long.class)
			.single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(query.size());
		pageParams.add((long) query.page() * query.size());
		List<RequestSummary> rows = jdbc.sql("""
				select r.id, r.number, r.function_code, r.service_name, r.confidential, r.title, r.status,
				 r.requester_name, r.forvaltning_name, r.assignee_name, r.created_at, r.due_at
				from req_request r""" + where + " order by " + order + " limit ? offset ?")
			.params(pageParams)
			.query((rs, n) -> new RequestSummary(rs.getObject("id", UUID.class), rs.getString("number"),
					rs.getString("function_code"), rs.getString("service_name"), rs.getBoolean("confidential"),
					rs.getString("title"), RequestStatus.valueOf(rs.getString("status")),
					rs.getString("requester_name"), rs.getString("forvaltning_name"), rs.getString("assignee_name"),
					rs.getObject("created_at", OffsetDateTime.class), rs.getObject("due_at", OffsetDateTime.class)))
			.list();
		return new ListPage(rows, query.page(), query.size(), Math.min(total, ListPage.COUNT_LIMIT),
				total <= ListPage.COUNT_LIMIT);
	}

	private static List<Object> withLimit(List<Object> params, int limit) {
		List<Object> all = new ArrayList<>(params);
		all.add(limit);
		return all;
	}

	// ---- handling

	@Override
	@Transactional
	public RequestView changeStatus(UUID id, RequestStatus status, int basedOnVersion, String reason,
			CurrentUser user) {
		Viewer viewer = viewer(user);
		Row row = changeableRow(id, viewer);
		requireHandler(row, viewer);
		requireCurrent(row, basedOnVersion);
		if (status == null) {
			throw new ValidationException(
					Map.of("status", "Ange status: NY, TILLDELAD, PAGAR, VANTAR, LOST eller STANGD."));
		}
		if (status == row.status()) {
			return assemble(row, viewer);
		}
		if (!row.status().handlerTransitions().contains(status)) {
			throw new ValidationException(Map.of("status",
					"Ett ärende med status " + label(row.status()) + " kan inte få status " + label(status)
							+ ". Möjliga nästa steg: "
							+ String.join(", ",
									row.status().handlerTransitions().stream().map(RequestService::label).toList())
							+ "."));
		}
		if (status == RequestStatus.TILLDELAD && row.assigneeStaffId() == null) {
			throw ValidationException.of(Map.of("status",
					Text.of("Tilldela ärendet till en handläggare först.", "Assign the request to a handler first.")));
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		int updated = jdbc.sql("""
				update req_request set status = ?, updated_at = ?, version = version + 1,
				 resolved_at = case when ? = 'LOST' then ? else resolved_at end,
				 closed_at = case when ? = 'STANGD' then ? else closed_at end
				where id = ? and version = ?""")
			.params(status.name(), now, status.name(), now, status.name(), now, id, basedOnVersion)
			.update();
		requireUpdated(updated, row, basedOnVersion);
		audit(id, basedOnVersion + 1, user, "STATUS", "status", row.status().name(), status.name(), true);
		if (reason != null && !reason.isBlank()) {
			insertComment(id, user, false, reason.strip());
		}
		events.publishEvent(new RequestStatusChanged(id, row.number(), row.status(), status, user.username()));
		if (status == RequestStatus.VANTAR) {
			notify(row.requesterUsername(), id, "Handläggaren behöver svar från dig i ärende " + row.number() + ".");
		}
		else if (status == RequestStatus.LOST) {
			notify(row.requesterUsername(), id,
					"Ärende " + row.number() + " är löst. Bekräfta eller öppna det igen om något saknas.");
			notifyFollowers(id, "Ärende " + row.number() + " som du följer är löst.", user.username());
		}
		return view(id, viewer);
	}

	@Override
	@Transactional
	public RequestView comment(UUID id, String body, boolean internal, int basedOnVersion, CurrentUser user) {
		Viewer viewer = viewer(user);
		Row row = changeableRow(id, viewer);
		boolean handler = RequestVisibility.canHandle(facts(row, viewer), viewer);
		boolean requester = row.requesterUsername().equals(user.username());
		if (!handler && !requester) {
			throw new AccessDeniedException("Bara beställaren och funktionens handläggare kan skriva i ärendet.");
		}
		if (internal && !handler) {
			throw new AccessDeniedException("Interna anteckningar skrivs av funktionens handläggare.");
		}
		String text = body == null ? "" : body.strip();
		if (text.isEmpty()) {
			throw ValidationException
				.of(Map.of("body", Text.of("Skriv något i kommentaren.", "Write something in the comment.")));
		}
		if (text.length() > 10000) {
			throw ValidationException.of(Map.of("body", Text.of("Kommentaren får vara högst 10 000 tecken.",
					"The comment can be at most 10,000 characters.")));
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		RequestStatus next = requester && !handler && row.status() == RequestStatus.VANTAR ? RequestStatus.PAGAR
				: row.status();
		int updated = jdbc.sql(
				"update req_request set updated_at = ?, status = ?, version = version + 1 where id = ? and version = ?")
			.params(now, next.name(), id, basedOnVersion)
			.update();
		requireUpdated(updated, row, basedOnVersion);
		insertComment(id, user, internal, text);
		audit(id, basedOnVersion + 1, user, internal ? "ANTECKNING" : "KOMMENTAR", null, null, null, !internal);
		if (next != row.status()) {
			audit(id, basedOnVersion + 1, user, "STATUS", "status", row.status().name(), next.name(), true);
			events.publishEvent(new RequestStatusChanged(id, row.number(), row.status(), next, user.username()));
		}
		events.publishEvent(new RequestCommented(id, row.number(), user.username(), internal));
		if (!internal && requester && row.assigneeUsername() != null) {
			notify(row.assigneeUsername(), id, "Beställaren har svarat i ärende " + row.number() + ".");
		}
		else if (!internal && handler && !requester) {
			notify(row.requesterUsername(), id, "Nytt meddelande i ditt ärende " + row.number() + ".");
			notifyFollowers(id, "Nytt meddelande i ärende " + row.number() + " som du följer.", user.username());
		}
		return view(id, viewer);
	}

	@Override
	@Transactional
	public RequestView logTime(UUID id, LocalDate date, int minutes, String activity, CurrentUser user) {
		Viewer viewer = viewer(user);
		Row row = changeableRow(id, viewer);
		requireHandler(row, viewer);
		Map<String, Text> errors = new LinkedHashMap<>();
		LocalDate today = LocalDate.now(clock);
		if (date == null) {
			errors.put("date", Text.of("Ange vilket datum arbetet gjordes.", "Give the date the work was done."));
		}
		else if (date.isAfter(today)) {
			errors.put("date", Text.of("Datumet kan inte ligga i framtiden.", "The date cannot be in the future."));
		}
		else if (date.isBefore(today.minusYears(1))) {
			errors.put("date",
					Text.of("Tid kan registreras högst ett år bakåt.", "Time can be logged at most one year back."));
		}
		if (minutes < 1 || minutes > 1440) {
			errors.put("minutes",
					Text.of("Ange tiden i minuter, mellan 1 och 1440.", "Give the time in minutes, from 1 to 1440."));
		}
		String what = activity == null ? "" : activity.strip();
		if (what.isEmpty()) {
			errors.put("activity", Text.of("Skriv vad du gjorde, t.ex. utredning eller möte.",
					"Write what you did, e.g. investigation or meeting."));
		}
		else if (what.length() > 200) {
			errors.put("activity",
					Text.of("Aktiviteten får vara högst 200 tecken.", "The activity can be at most 200 characters."));
		}
		if (!errors.isEmpty()) {
			throw ValidationException.of(errors);
		}
		jdbc.sql(
				"""
						insert into req_time_entry (id, request_id, staff_username, staff_name, work_date, minutes, activity, created_at)
						values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), id, user.username(), user.displayName(), date, minutes, what,
					OffsetDateTime.now(clock))
			.update();
		// Time is added, never overwritten, so it does not make other people's open forms
		// stale.
		jdbc.sql("update req_request set updated_at = ? where id = ?").params(OffsetDateTime.now(clock), id).update();
		audit(id, row.version(), user, "TID", "time", null, minutes + " min " + what + " " + date, false);
		return view(id, viewer);
	}

	@Override
	@Transactional
	public RequestView assign(UUID id, UUID staffId, String reason, int basedOnVersion, CurrentUser user) {
		Viewer viewer = viewer(user);
		Row row = changeableRow(id, viewer);
		requireHandler(row, viewer);
		if (row.status() == RequestStatus.STANGD) {
			throw ValidationException.of(Map.of("staffId", Text.of("Ärende " + row.number()
					+ " är stängt och byter inte handläggare. Be beställaren öppna det igen om mer behöver göras.",
					"Request " + row.number()
							+ " is closed and does not change handler. Ask the requester to reopen it if more needs doing.")));
		}
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty()) {
			throw ValidationException
				.of(Map.of("reason", Text.of("Skriv varför ärendet byter handläggare, t.ex. semester eller kompetens.",
						"Write why the request changes handler, e.g. holiday or competence.")));
		}
		if (why.length() > 500) {
			throw ValidationException.of(Map.of("reason",
					Text.of("Motiveringen får vara högst 500 tecken.", "The reason can be at most 500 characters.")));
		}
		StaffView staff = null;
		if (staffId != null) {
			staff = organisation.staffMember(staffId)
				.filter(s -> s.functionId().equals(row.functionId()))
				.orElseThrow(() -> ValidationException
					.of(Map.of("staffId", Text.of("Välj en handläggare i den funktion som äger ärendet.",
							"Choose a handler in the function that owns the request."))));
			if (row.confidential() && row.competenceId() != null && staff.level(row.competenceId()) == 0
					&& !staff.lead()) {
				throw ValidationException.of(Map.of("staffId", Text.of(
						staff.fullName()
								+ " saknar kompetensen som ärendet kräver och får inte se sekretessärenden i tjänsten.",
						staff.fullName()
								+ " lacks the competence the request needs and may not see confidential requests of the service.")));
			}
		}
		RequestStatus next = staff == null ? (row.status() == RequestStatus.TILLDELAD ? RequestStatus.NY : row.status())
				: (row.status() == RequestStatus.NY ? RequestStatus.TILLDELAD : row.status());
		int updated = jdbc.sql("""
				update req_request set assignee_staff_id = ?, assignee_username = ?, assignee_name = ?, status = ?,
				 assignment_reason = ?, updated_at = ?, version = version + 1 where id = ? and version = ?""")
			.params(staff == null ? null : staff.id(), staff == null ? null : staff.username(),
					staff == null ? null : staff.fullName(), next.name(),
					truncate(user.displayName() + ": " + why, 1000), OffsetDateTime.now(clock), id, basedOnVersion)
			.update();
		requireUpdated(updated, row, basedOnVersion);
		audit(id, basedOnVersion + 1, user, "TILLDELAD", "assignee", row.assigneeName(),
				(staff == null ? "Funktionens kö" : staff.fullName()) + " (" + why + ")", true);
		if (next != row.status()) {
			audit(id, basedOnVersion + 1, user, "STATUS", "status", row.status().name(), next.name(), true);
		}
		events.publishEvent(
				new RequestAssigned(id, row.number(), staff == null ? null : staff.id(), why, user.username()));
		if (staff != null && staff.username() != null && !staff.username().equals(user.username())) {
			notify(staff.username(), id, "Ärende " + row.number() + " är tilldelat dig: " + why);
		}
		if (staff != null) {
			notify(row.requesterUsername(), id, staff.fullName() + " hjälper dig nu med ärende " + row.number() + ".");
		}
		return view(id, viewer);
	}

	@Override
	@Transactional
	public RequestView tickChecklist(UUID id, UUID itemId, boolean done, CurrentUser user) {
		Viewer viewer = viewer(user);
		Row row = changeableRow(id, viewer);
		requireHandler(row, viewer);
		record Step(String text, boolean done) {
		}
		Step step = jdbc.sql("select text, done from req_checklist_item where id = ? and request_id = ?")
			.params(itemId, id)
			.query((rs, n) -> new Step(rs.getString("text"), rs.getBoolean("done")))
			.optional()
			.orElseThrow(() -> new NotFoundException("Steget finns inte i checklistan."));
		// Only a real change is recorded, with the state it really had before: a second
		// click on a ticked step, or two people ticking it at once, is not a change.
		if (step.done() == done) {
			return view(id, viewer);
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		int updated = jdbc.sql("""
				update req_checklist_item set done = ?, done_by = ?, done_at = ?
				where id = ? and request_id = ? and done = ?""")
			.params(done, done ? user.displayName() : null, done ? now : null, itemId, id, step.done())
			.update();
		if (updated == 0) {
			return view(id, viewer);
		}
		jdbc.sql("update req_request set updated_at = ? where id = ?").params(now, id).update();
		audit(id, row.version(), user, "CHECKLISTA", "checklist", step.done() ? "klar" : "ej klar",
				(done ? "klar: " : "ej klar: ") + step.text(), false);
		return view(id, viewer);
	}

	// ---- the requester

	@Override
	@Transactional
	public RequestView confirm(UUID id, boolean solved, String comment, int basedOnVersion, CurrentUser user) {
		Viewer viewer = viewer(user);
		Row row = changeableRow(id, viewer);
		if (!row.requesterUsername().equals(user.username())) {
			throw new AccessDeniedException("Bara beställaren bekräftar eller öppnar ett ärende igen.");
		}
		requireCurrent(row, basedOnVersion);
		OffsetDateTime now = OffsetDateTime.now(clock);
		RequestStatus next;
		if (solved) {
			if (row.status() != RequestStatus.LOST) {
				throw ValidationException.of(Map.of("status",
						Text.of("Bara ett löst ärende kan bekräftas.", "Only a resolved request can be confirmed.")));
			}
			next = RequestStatus.STANGD;
		}
		else {
			if (row.status() != RequestStatus.LOST && row.status() != RequestStatus.STANGD) {
				throw ValidationException
					.of(Map.of("status", Text.of("Ärendet är redan öppet.", "The request is already open.")));
			}
			OffsetDateTime since = row.status() == RequestStatus.STANGD ? row.closedAt() : row.resolvedAt();
			if (since != null && since.plusDays(reopenDays).isBefore(now)) {
				throw ValidationException.of(Map.of("status",
						Text.of("Ärendet avslutades för mer än " + reopenDays
								+ " dagar sedan och kan inte öppnas igen. Beställ ett nytt ärende och hänvisa till "
								+ row.number() + ".",
								"The request was finished more than " + reopenDays
										+ " days ago and cannot be reopened. Order a new request and refer to "
										+ row.number() + ".")));
			}
			if (comment == null || comment.isBlank()) {
				throw ValidationException
					.of(Map.of("comment", Text.of("Skriv vad som saknas, så att handläggaren kan fortsätta.",
							"Write what is missing, so that the handler can go on.")));
			}
			next = RequestStatus.PAGAR;
		}
		int updated = jdbc.sql("""
				update req_request set status = ?, updated_at = ?, version = version + 1,
				 closed_at = case when ? = 'STANGD' then ? else null end
				where id = ? and version = ?""")
			.params(next.name(), now, next.name(), now, id, basedOnVersion)
			.update();
		requireUpdated(updated, row, basedOnVersion);
		audit(id, basedOnVersion + 1, user, solved ? "BEKRAFTAD" : "ATEROPPNAD", "status", row.status().name(),
				next.name(), true);
		if (comment != null && !comment.isBlank()) {
			insertComment(id, user, false, comment.strip());
		}
		events.publishEvent(new RequestStatusChanged(id, row.number(), row.status(), next, user.username()));
		if (!solved && row.assigneeUsername() != null) {
			notify(row.assigneeUsername(), id, "Beställaren har öppnat ärende " + row.number() + " igen.");
		}
		return view(id, viewer);
	}

	@Override
	@Transactional
	public RequestView rate(UUID id, int rating, String comment, CurrentUser user) {
		Viewer viewer = viewer(user);
		Row row = changeableRow(id, viewer);
		if (!row.requesterUsername().equals(user.username())) {
			throw new AccessDeniedException("Bara beställaren betygsätter hjälpen.");
		}
		if (row.status() != RequestStatus.LOST && row.status() != RequestStatus.STANGD) {
			throw ValidationException.of(Map.of("rating", Text.of("Du kan betygsätta hjälpen när ärendet är löst.",
					"You can rate the help once the request is resolved.")));
		}
		if (rating < 1 || rating > 5) {
			throw ValidationException
				.of(Map.of("rating", Text.of("Välj ett betyg från 1 till 5.", "Choose a rating from 1 to 5.")));
		}
		String text = comment == null || comment.isBlank() ? null : comment.strip();
		if (text != null && text.length() > 2000) {
			throw ValidationException.of(Map.of("ratingComment", Text.of("Kommentaren får vara högst 2 000 tecken.",
					"The comment can be at most 2,000 characters.")));
		}
		jdbc.sql("update req_request set rating = ?, rating_comment = ?, updated_at = ? where id = ?")
			.params(rating, text, OffsetDateTime.now(clock), id)
			.update();
		audit(id, row.version(), user, "BETYG", "rating", row.rating() == null ? null : row.rating().toString(),
				String.valueOf(rating), true);
		return view(id, viewer);
	}

	// ---- join, link, merge

	@Override
	@Transactional
	public RequestView join(UUID id, CurrentUser user) {
		Viewer viewer = viewer(user);
		Row row = row(id).orElseThrow(RequestService::notFound);
		if (row.requesterUsername().equals(user.username())) {
			// their own request: they get its updates already
			return assemble(row, viewer);
		}
		boolean sees = RequestVisibility.canSee(facts(row, viewer), viewer);
		if (row.confidential()) {
			if (!sees) {
				// a confidential request does not exist outside those who may see it
				throw notFound();
			}
			throw ValidationException.of(Map.of("join",
					Text.of("Ärende " + row.number()
							+ " är ett sekretessärende. Man kan inte gå med i det; beställ ett eget ärende i stället.",
							"Request " + row.number()
									+ " is confidential. It cannot be joined; order a request of your own instead.")));
		}
		if (!user.has(Role.REQUESTER) && !user.has(Role.HANDLER) && !user.has(Role.FUNCTION_LEAD)) {
			throw new AccessDeniedException("Beställare och handläggare kan gå med i ett ärende.");
		}
		if (row.mergedInto() != null) {
			throw ValidationException.of(Map.of("join",
					Text.of("Ärende " + row.number() + " är sammanfogat med " + row.mergedIntoNumber() + ". Gå med i "
							+ row.mergedIntoNumber() + " i stället.",
							"Request " + row.number() + " was merged into " + row.mergedIntoNumber() + ". Join "
									+ row.mergedIntoNumber() + " instead.")));
		}
		if (row.status() == RequestStatus.STANGD) {
			throw ValidationException.of(Map.of("join", Text.of(
					"Ärende " + row.number()
							+ " är avslutat och får inga fler uppdateringar. Beställ ett nytt ärende och hänvisa till "
							+ row.number() + ".",
					"Request " + row.number() + " is closed and gets no more updates. Order a new request and refer to "
							+ row.number() + ".")));
		}
		UnitView forvaltning = organisation.topUnitOf(user.unitId()).orElse(null);
		if (follow(id, user.username(), user.displayName(), forvaltning == null ? null : forvaltning.name())) {
			String who = user.displayName() + (forvaltning == null ? "" : " (" + forvaltning.name() + ")");
			audit(id, row.version(), user, "GICK_MED", "follower", null, who, false);
			notify(user.username(), id, "Du följer nu ärende " + row.number() + " och får dess uppdateringar.");
			if (row.assigneeUsername() != null) {
				notify(row.assigneeUsername(), id, who + " har gått med i ärende " + row.number() + ".");
			}
			events.publishEvent(new RequestJoined(id, row.number(), row.functionId(),
					forvaltning == null ? null : forvaltning.id(), user.username()));
		}
		return view(id, viewer);
	}

	/** Adds a follower; false when they already followed. */
	private boolean follow(UUID id, String username, String name, String forvaltningName) {
		if (jdbc.sql("select count(*) from req_follower where request_id = ? and username = ?")
			.params(id, username)
			.query(Integer.class)
			.single() > 0) {
			return false;
		}
		try {
			jdbc.sql("""
					insert into req_follower (request_id, username, display_name, forvaltning_name, since)
					values (?, ?, ?, ?, ?)""")
				.params(id, username, name, forvaltningName, OffsetDateTime.now(clock))
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			// joined twice at the same moment: once is enough
			return false;
		}
	}

	@Override
	@Transactional
	public RequestView link(UUID id, UUID otherId, CurrentUser user) {
		Viewer viewer = viewer(user);
		Row row = changeableRow(id, viewer);
		requireHandler(row, viewer);
		Row other = otherId == null ? null : row(otherId).orElse(null);
		if (other == null || !RequestVisibility.canSee(facts(other, viewer), viewer)) {
			throw ValidationException.of(Map.of("other", Text.of(
					"Det finns inget ärende med det numret som du får se. Skriv numret som det står på ärendet, t.ex. "
							+ row.number() + ".",
					"There is no request with that number that you may see. Write the number as it appears on the request, e.g. "
							+ row.number() + ".")));
		}
		if (other.id().equals(id)) {
			throw ValidationException.of(Map.of("other",
					Text.of("Ett ärende kan inte länkas till sig självt.", "A request cannot be linked to itself.")));
		}
		boolean exists = jdbc.sql("select count(*) from req_link where request_id = ? and other_id = ?")
			.params(id, other.id())
			.query(Integer.class)
			.single() > 0;
		if (!exists) {
			OffsetDateTime now = OffsetDateTime.now(clock);
			batch.batchUpdate("insert into req_link (request_id, other_id, linked_by, linked_at) values (?, ?, ?, ?)",
					List.of(new Object[] { id, other.id(), user.username(), now },
							new Object[] { other.id(), id, user.username(), now }));
			audit(id, row.version(), user, "LANKAD", "link", null, other.number(), false);
			audit(other.id(), other.version(), user, "LANKAD", "link", null, row.number(), false);
			events.publishEvent(new RequestsLinked(id, other.id(), true, user.username()));
		}
		return view(id, viewer);
	}

	@Override
	@Transactional
	public RequestView unlink(UUID id, UUID otherId, CurrentUser user) {
		Viewer viewer = viewer(user);
		Row row = changeableRow(id, viewer);
		requireHandler(row, viewer);
		Row other = otherId == null ? null : row(otherId).orElse(null);
		if (other == null) {
			throw new NotFoundException("Det länkade ärendet finns inte.");
		}
		int removed = jdbc
			.sql("delete from req_link where (request_id = ? and other_id = ?) or (request_id = ? and other_id = ?)")
			.params(id, other.id(), other.id(), id)
			.update();
		if (removed > 0) {
			audit(id, row.version(), user, "OLANKAD", "link", other.number(), null, false);
			audit(other.id(), other.version(), user, "OLANKAD", "link", row.number(), null, false);
			events.publishEvent(new RequestsLinked(id, other.id(), false, user.username()));
		}
		return view(id, viewer);
	}

	@Override
	@Transactional
	public RequestView merge(UUID duplicateId, UUID intoId, int basedOnVersion, CurrentUser user) {
		Viewer viewer = viewer(user);
		Row dup = visibleRow(duplicateId, viewer);
		requireHandler(dup, viewer);
		requireNotMerged(dup);
		Row into = intoId == null ? null : row(intoId).orElse(null);
		if (into == null || !RequestVisibility.canSee(facts(into, viewer), viewer)) {
			throw ValidationException.of(Map.of("into", Text.of(
					"Det finns inget ärende med det numret som du får se. Skriv numret på ärendet som frågan ska handläggas i, t.ex. "
							+ dup.number() + ".",
					"There is no request with that number that you may see. Write the number of the request the question is to be handled in, e.g. "
							+ dup.number() + ".")));
		}
		if (into.id().equals(dup.id())) {
			throw ValidationException.of(Map.of("into",
					Text.of("Ett ärende kan inte sammanfogas med sig självt. Skriv numret på det andra ärendet.",
							"A request cannot be merged into itself. Write the number of the other request.")));
		}
		requireCurrent(dup, basedOnVersion);
		Text problem = MergeRules.problem(
				new MergeRules.Side(dup.number(), dup.functionId(), dup.confidential(), dup.status(),
						dup.mergedInto() != null, dup.requesterUsername()),
				new MergeRules.Side(into.number(), into.functionId(), into.confidential(), into.status(),
						into.mergedInto() != null, into.requesterUsername()));
		if (problem != null) {
			throw ValidationException.of(Map.of("into", problem));
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		int updated = jdbc.sql("""
				update req_request set status = 'STANGD', closed_at = ?, updated_at = ?, merged_into = ?,
				 merged_into_number = ?, version = version + 1 where id = ? and version = ?""")
			.params(now, now, into.id(), into.number(), dup.id(), basedOnVersion)
			.update();
		requireUpdated(updated, dup, basedOnVersion);
		jdbc.sql("update req_request set updated_at = ?, version = version + 1 where id = ?")
			.params(now, into.id())
			.update();
		// the duplicate's own words come first, as the question it was filed with
		jdbc.sql("""
				insert into req_comment (id, request_id, author_username, author_name, internal, body, created_at)
				values (?, ?, ?, ?, false, ?, ?)""")
			.params(UUID.randomUUID(), into.id(), dup.requesterUsername(), dup.requesterName(),
					truncate("Från " + dup.number() + ": " + dup.title() + "\n\n" + dup.description(), 10000),
					dup.createdAt())
			.update();
		for (String table : List.of("req_comment", "req_time_entry", "req_attachment")) {
			jdbc.sql("update " + table + " set request_id = ? where request_id = ?")
				.params(into.id(), dup.id())
				.update();
		}
		List<String> movedFollowers = new ArrayList<>();
		record Following(String username, String name, String forvaltningName) {
		}
		List<Following> following = new ArrayList<>();
		following.add(new Following(dup.requesterUsername(), dup.requesterName(), dup.forvaltningName()));
		jdbc.sql("select username, display_name, forvaltning_name from req_follower where request_id = ?")
			.param(dup.id())
			.query((rs,
					n) -> following.add(new Following(rs.getString("username"), rs.getString("display_name"),
							rs.getString("forvaltning_name"))))
			.list();
		for (Following f : following) {
			if (!f.username().equals(into.requesterUsername())
					&& follow(into.id(), f.username(), f.name(), f.forvaltningName())) {
				movedFollowers.add(f.username());
			}
		}
		jdbc.sql("delete from req_follower where request_id = ?").param(dup.id()).update();
		// what the duplicate was related to is related to the question, wherever it lives
		List<UUID> related = jdbc.sql("select other_id from req_link where request_id = ? and other_id <> ?")
			.params(dup.id(), into.id())
			.query(UUID.class)
			.list();
		Set<UUID> already = new HashSet<>(jdbc.sql("select other_id from req_link where request_id = ?")
			.param(into.id())
			.query(UUID.class)
			.list());
		List<Object[]> newLinks = new ArrayList<>();
		for (UUID other : related) {
			if (already.add(other)) {
				newLinks.add(new Object[] { into.id(), other, user.username(), now });
				newLinks.add(new Object[] { other, into.id(), user.username(), now });
			}
		}
		batch.batchUpdate("insert into req_link (request_id, other_id, linked_by, linked_at) values (?, ?, ?, ?)",
				newLinks);
		audit(dup.id(), basedOnVersion + 1, user, "SAMMANFOGAD", "mergedInto", null, into.number(), true);
		audit(dup.id(), basedOnVersion + 1, user, "STATUS", "status", dup.status().name(), RequestStatus.STANGD.name(),
				true);
		audit(into.id(), into.version() + 1, user, "SAMMANFOGAD_HIT", "merged", null, dup.number(), true);
		String told = "Din fråga " + dup.number() + " handläggs nu i " + into.number()
				+ ". Du följer det ärendet och får dess uppdateringar där.";
		notify(dup.requesterUsername(), into.id(), told);
		for (String follower : movedFollowers) {
			if (!follower.equals(dup.requesterUsername())) {
				notify(follower, into.id(), "Ärende " + dup.number() + " som du följer handläggs nu i " + into.number()
						+ ". Du följer det ärendet i stället.");
			}
		}
		if (into.assigneeUsername() != null && !into.assigneeUsername().equals(user.username())) {
			notify(into.assigneeUsername(), into.id(),
					"Ärende " + dup.number() + " har sammanfogats med ditt ärende " + into.number() + ".");
		}
		events.publishEvent(
				new RequestStatusChanged(dup.id(), dup.number(), dup.status(), RequestStatus.STANGD, user.username()));
		events.publishEvent(new RequestMerged(dup.id(), dup.number(), into.id(), into.number(), dup.functionId(),
				dup.forvaltningId(), user.username()));
		return view(into.id(), viewer);
	}

	/** The followers of a request, for its staff. */
	private List<RequestView.Follower> followers(UUID id) {
		return jdbc.sql("""
				select username, display_name, forvaltning_name, since from req_follower where request_id = ?
				order by since, username""")
			.param(id)
			.query((rs, n) -> new RequestView.Follower(rs.getString("username"),
					rs.getString("display_name") == null ? rs.getString("username") : rs.getString("display_name"),
					rs.getString("forvaltning_name"), rs.getObject("since", OffsetDateTime.class)))
			.list();
	}

	/** The related requests the viewer may see, by number. */
	private List<RequestView.Link> links(UUID id, Viewer viewer) {
		List<Row> linked = jdbc.sql("""
				select r.* from req_link l join req_request r on r.id = l.other_id where l.request_id = ?
				order by r.number""").param(id).query(Row::of).list();
		return linked.stream()
			.filter(o -> RequestVisibility.canSee(facts(o, viewer), viewer))
			.map(o -> new RequestView.Link(o.id(), o.number(), o.title(), o.status()))
			.toList();
	}

	/** Usernames of the people who follow a request. */
	List<String> followerUsernames(UUID id) {
		return jdbc.sql("select username from req_follower where request_id = ?").param(id).query(String.class).list();
	}

	/**
	 * Tells the followers of a request what its requester is told, in the app (the mail
	 * goes from RequestMails).
	 */
	private void notifyFollowers(UUID id, String message, String except) {
		for (String follower : followerUsernames(id)) {
			if (!follower.equals(except)) {
				notify(follower, id, message);
			}
		}
	}

	private static NotFoundException notFound() {
		return new NotFoundException("Ärendet finns inte, eller så har du inte behörighet att se det.");
	}

	// ---- support

	/** Notifications of one person, newest first. */
	@Transactional(readOnly = true)
	public List<Notification> notifications(CurrentUser user, int limit) {
		return jdbc.sql("""
				select n.id, n.request_id, n.message, n.created_at, n.read_at from req_notification n
				where n.username = ? order by n.created_at desc limit ?""")
			.params(user.username(), limit)
			.query((rs, n) -> new Notification(rs.getObject("id", UUID.class), rs.getObject("request_id", UUID.class),
					rs.getString("message"), rs.getObject("created_at", OffsetDateTime.class),
					rs.getObject("read_at", OffsetDateTime.class)))
			.list();
	}

	@Transactional(readOnly = true)
	public int unreadNotifications(CurrentUser user) {
		return jdbc.sql("select count(*) from req_notification where username = ? and read_at is null")
			.param(user.username())
			.query(Integer.class)
			.single();
	}

	@Transactional
	public void markNotificationsRead(CurrentUser user) {
		jdbc.sql("update req_notification set read_at = ? where username = ? and read_at is null")
			.params(OffsetDateTime.now(clock), user.username())
			.update();
	}

	/** The staff of the request's function who may handle it, for the assignment form. */
	@Transactional(readOnly = true)
	public List<StaffView> possibleAssignees(RequestView request) {
		UUID competence = requestCompetence(request.id());
		return organisation.staff(request.functionId())
			.stream()
			.filter(s -> !request.confidential() || competence == null || s.lead() || s.level(competence) > 0)
			.toList();
	}

	private UUID requestCompetence(UUID requestId) {
		return jdbc.sql("select competence_id from req_request where id = ?")
			.param(requestId)
			.query(UUID.class)
			.optional()
			.orElse(null);
	}

	/** Stores an attachment's metadata once the file is safely on disk. */
	@Transactional
	public void addAttachment(UUID requestId, String filename, String contentType, long size, String storageKey,
			CurrentUser user) {
		Viewer viewer = viewer(user);
		Row row = changeableRow(requestId, viewer);
		if (!row.requesterUsername().equals(user.username())
				&& !RequestVisibility.canHandle(facts(row, viewer), viewer)) {
			throw new AccessDeniedException("Bara beställaren och handläggarna kan bifoga filer.");
		}
		jdbc.sql(
				"""
						insert into req_attachment (id, request_id, filename, content_type, size_bytes, storage_key, uploaded_by, created_at)
						values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), requestId, filename, contentType, size, storageKey, user.displayName(),
					OffsetDateTime.now(clock))
			.update();
		audit(requestId, row.version(), user, "BILAGA", "attachment", null, filename, true);
	}

	/**
	 * The storage key and metadata of an attachment, only when the user may see its
	 * request.
	 */
	@Transactional(readOnly = true)
	public Optional<StoredAttachment> attachment(UUID requestId, UUID attachmentId, CurrentUser user) {
		if (find(requestId, user).isEmpty()) {
			return Optional.empty();
		}
		return jdbc.sql(
				"select filename, content_type, size_bytes, storage_key from req_attachment where id = ? and request_id = ?")
			.params(attachmentId, requestId)
			.query((rs, n) -> new StoredAttachment(rs.getString("filename"), rs.getString("content_type"),
					rs.getLong("size_bytes"), rs.getString("storage_key")))
			.optional();
	}

	/** A notification to one person. */
	public record Notification(UUID id, UUID requestId, String message, OffsetDateTime createdAt,
			OffsetDateTime readAt) {
	}

	/** Where an attachment's bytes are. */
	public record StoredAttachment(String filename, String contentType, long size, String storageKey) {
	}

	Viewer viewer(CurrentUser user) {
		UUID functionId = null;
		Set<UUID> competences = new HashSet<>();
		if (user.staffId() != null) {
			Optional<StaffView> staff = organisation.staffMember(user.staffId());
			if (staff.isPresent()) {
				functionId = staff.get().functionId();
				staff.get().competences().forEach(c -> competences.add(c.competenceId()));
			}
		}
		else if (user.has(Role.FUNCTION_LEAD) && user.unitId() != null) {
			functionId = organisation.unit(user.unitId())
				.filter(u -> u.kind() == UnitKind.FUNCTION)
				.map(UnitView::id)
				.orElse(null);
		}
		UUID forvaltning = organisation.topUnitOf(user.unitId()).map(UnitView::id).orElse(null);
		return Viewer.of(user, functionId, competences, forvaltning);
	}

	private RequestView view(UUID id, Viewer viewer) {
		return assemble(row(id).orElseThrow(), viewer);
	}

	private Row visibleRow(UUID id, Viewer viewer) {
		Row row = row(id).orElseThrow(
				() -> new NotFoundException("Ärendet finns inte, eller så har du inte behörighet att se det."));
		if (!RequestVisibility.canSee(facts(row, viewer), viewer)) {
			throw new NotFoundException("Ärendet finns inte, eller så har du inte behörighet att se det.");
		}
		return row;
	}

	/**
	 * A request the user may see and which can still change: a merged request is closed
	 * for good and lives on in the request it was merged into.
	 */
	private Row changeableRow(UUID id, Viewer viewer) {
		Row row = visibleRow(id, viewer);
		requireNotMerged(row);
		return row;
	}

	private static void requireNotMerged(Row row) {
		if (row.mergedInto() != null) {
			throw ValidationException.of(Map.of("status",
					Text.of("Ärende " + row.number() + " är sammanfogat med " + row.mergedIntoNumber()
							+ " och ändras inte längre. Fortsätt i " + row.mergedIntoNumber() + ".",
							"Request " + row.number() + " was merged into " + row.mergedIntoNumber()
									+ " and no longer changes. Continue in " + row.mergedIntoNumber() + ".")));
		}
	}

	private void requireHandler(Row row, Viewer viewer) {
		if (!RequestVisibility.canHandle(facts(row, viewer), viewer)) {
			throw new AccessDeniedException("Bara handläggare i funktionen som äger ärendet kan göra det här.");
		}
	}

	/**
	 * A change based on an older version is refused before the status rules are applied:
	 * the person decided on a status that is no longer there, so the answer is what
	 * changed, not that the step is impossible from a status they have not seen.
	 */
	private void requireCurrent(Row row, int basedOnVersion) {
		if (row.version() != basedOnVersion) {
			requireUpdated(0, row, basedOnVersion);
		}
	}

	private void requireUpdated(int updated, Row row, int basedOnVersion) {
		if (updated > 0) {
			return;
		}
		List<String> changes = jdbc.sql("""
				select at, actor_name, action, field, before_value, after_value from req_audit
				where request_id = ? and request_version > ? order by at""")
			.params(row.id(), basedOnVersion)
			.query((rs, n) -> describe(rs))
			.list();
		throw new ConflictException("Ärende " + row.number() + " har ändrats sedan du öppnade det"
				+ (changes.isEmpty() ? "." : ": " + String.join("; ", changes) + ".")
				+ " Din ändring är inte sparad. Läs ändringen och gör om din ändring om den fortfarande behövs.");
	}

	private static String describe(ResultSet rs) throws SQLException {
		OffsetDateTime at = rs.getObject("at", OffsetDateTime.class);
		String who = rs.getString("actor_name");
		String action = rs.getString("action");
		String after = rs.getString("after_value");
		String before = rs.getString("before_value");
		String when = at.atZoneSameInstant(WorkingCalendar.STOCKHOLM).format(TIME);
		return switch (action) {
			case "STATUS" ->
				who + " ändrade status från " + label(before) + " till " + label(after) + " (" + when + ")";
			case "TILLDELAD" -> who + " tilldelade ärendet till " + after + " (" + when + ")";
			case "KOMMENTAR" -> who + " skrev en kommentar (" + when + ")";
			case "ANTECKNING" -> who + " skrev en intern anteckning (" + when + ")";
			default -> who + " ändrade ärendet (" + when + ")";
		};
	}

	static String label(RequestStatus status) {
		return switch (status) {
			case NY -> "Ny";
			case TILLDELAD -> "Tilldelad";
			case PAGAR -> "Pågår";
			case VANTAR -> "Väntar på beställare";
			case LOST -> "Löst";
			case STANGD -> "Stängd";
		};
	}

	private static String label(String status) {
		try {
			return status == null ? "–" : label(RequestStatus.valueOf(status));
		}
		catch (IllegalArgumentException ex) {
			return status;
		}
	}

	private void insertComment(UUID id, CurrentUser user, boolean internal, String body) {
		jdbc.sql("""
				insert into req_comment (id, request_id, author_username, author_name, internal, body, created_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), id, user.username(), user.displayName(), internal, body,
					OffsetDateTime.now(clock))
			.update();
	}

	private void audit(UUID id, int requestVersion, CurrentUser user, String action, String field, String before,
			String after, boolean publicEntry) {
		jdbc.sql("""
				insert into req_audit (id, request_id, at, actor_username, actor_name, action, field, before_value,
				 after_value, public_entry, request_version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), id, OffsetDateTime.now(clock), user.username(), user.displayName(), action,
					field, truncate(before), truncate(after), publicEntry, requestVersion)
			.update();
	}

	private void notify(String username, UUID requestId, String message) {
		if (username == null) {
			return;
		}
		jdbc.sql("insert into req_notification (id, username, request_id, message, created_at) values (?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), username, requestId, truncate(message), OffsetDateTime.now(clock))
			.update();
	}

	private static String truncate(String value) {
		return truncate(value, 2000);
	}

	private static String truncate(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
	}

	private Facts facts(Row row, Viewer viewer) {
		boolean follows = !row.confidential()
				&& jdbc.sql("select count(*) from req_follower where request_id = ? and username = ?")
					.params(row.id(), viewer.username())
					.query(Integer.class)
					.single() > 0;
		return new Facts(row.requesterUsername(), row.functionId(), row.confidential(), row.assigneeStaffId(),
				row.competenceId(), row.forvaltningId(), follows);
	}

	private Optional<Row> row(UUID id) {
		return jdbc.sql("select * from req_request where id = ?").param(id).query(Row::of).optional();
	}

	private RequestView assemble(Row r, Viewer viewer) {
		boolean staff = RequestVisibility.canHandle(facts(r, viewer), viewer);
		List<Answer> answers = jdbc.sql("select * from req_answer where request_id = ? order by position")
			.param(r.id())
			.query((rs, n) -> new Answer(rs.getString("field_key"), rs.getString("label"), rs.getString("field_type"),
					rs.getString("answer")))
			.list();
		List<Comment> comments = jdbc
			.sql("select * from req_comment where request_id = ?" + (staff ? "" : " and internal = false")
					+ " order by created_at")
			.param(r.id())
			.query((rs, n) -> new Comment(rs.getObject("id", UUID.class), rs.getString("author_username"),
					rs.getString("author_name"), rs.getBoolean("internal"), rs.getString("body"),
					rs.getObject("created_at", OffsetDateTime.class)))
			.list();
		List<TimeEntry> time = staff
				? jdbc.sql("select * from req_time_entry where request_id = ? order by work_date, created_at")
					.param(r.id())
					.query((rs, n) -> new TimeEntry(rs.getObject("id", UUID.class), rs.getString("staff_username"),
							rs.getString("staff_name"), rs.getObject("work_date", LocalDate.class),
							rs.getInt("minutes"), rs.getString("activity")))
					.list()
				: List.of();
		List<ChecklistItem> checklist = jdbc
			.sql("select * from req_checklist_item where request_id = ? order by position")
			.param(r.id())
			.query((rs, n) -> new ChecklistItem(rs.getObject("id", UUID.class), rs.getInt("position"),
					rs.getString("text"), rs.getBoolean("done"), rs.getString("done_by"),
					rs.getObject("done_at", OffsetDateTime.class)))
			.list();
		List<Attachment> attachments = jdbc.sql("select * from req_attachment where request_id = ? order by created_at")
			.param(r.id())
			.query((rs, n) -> new Attachment(rs.getObject("id", UUID.class), rs.getString("filename"),
					rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("uploaded_by"),
					rs.getObject("created_at", OffsetDateTime.class)))
			.list();
		List<AuditEntry> audit = jdbc
			.sql("select * from req_audit where request_id = ?" + (staff ? "" : " and public_entry = true")
					+ " order by at")
			.param(r.id())
			.query((rs, n) -> new AuditEntry(rs.getObject("at", OffsetDateTime.class), rs.getString("actor_username"),
					rs.getString("actor_name"), rs.getString("action"), rs.getString("field"),
					rs.getString("before_value"), rs.getString("after_value"), rs.getBoolean("public_entry")))
			.list();
		return new RequestView(r.id(), r.number(), r.functionId(), r.functionCode(), r.serviceId(), r.serviceName(),
				r.formVersion(), r.confidential(), r.title(), r.description(), r.status(), r.requesterUsername(),
				r.requesterName(), r.forvaltningId(), r.forvaltningName(), r.assigneeStaffId(), r.assigneeUsername(),
				r.assigneeName(), staff ? r.assignmentReason() : null, r.createdAt(), r.updatedAt(), r.dueAt(),
				r.resolvedAt(), r.closedAt(), r.rating(), r.ratingComment(), r.version(), answers, comments, time,
				checklist, attachments, audit, staff, staff ? followers(r.id()) : List.of(), links(r.id(), viewer),
				r.mergedInto() == null ? null : new RequestView.Ref(r.mergedInto(), r.mergedIntoNumber()));
	}

	/** One row of req_request. */
	record Row(UUID id, String number, UUID functionId, String functionCode, UUID serviceId, String serviceName,
			int formVersion, UUID competenceId, boolean confidential, String title, String description,
			RequestStatus status, String requesterUsername, String requesterName, UUID forvaltningId,
			String forvaltningName, UUID assigneeStaffId, String assigneeUsername, String assigneeName,
			String assignmentReason, OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime dueAt,
			OffsetDateTime resolvedAt, OffsetDateTime closedAt, Integer rating, String ratingComment, int version,
			UUID mergedInto, String mergedIntoNumber) {

		static Row of(ResultSet rs, int n) throws SQLException {
			int rating = rs.getInt("rating");
			Integer ratingValue = rs.wasNull() ? null : rating;
			return new Row(rs.getObject("id", UUID.class), rs.getString("number"),
					rs.getObject("function_id", UUID.class), rs.getString("function_code"),
					rs.getObject("service_id", UUID.class), rs.getString("service_name"), rs.getInt("form_version"),
					rs.getObject("competence_id", UUID.class), rs.getBoolean("confidential"), rs.getString("title"),
					rs.getString("description"), RequestStatus.valueOf(rs.getString("status")),
					rs.getString("requester_username"), rs.getString("requester_name"),
					rs.getObject("forvaltning_id", UUID.class), rs.getString("forvaltning_name"),
					rs.getObject("assignee_staff_id", UUID.class), rs.getString("assignee_username"),
					rs.getString("assignee_name"), rs.getString("assignment_reason"),
					rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class),
					rs.getObject("due_at", OffsetDateTime.class), rs.getObject("resolved_at", OffsetDateTime.class),
					rs.getObject("closed_at", OffsetDateTime.class), ratingValue, rs.getString("rating_comment"),
					rs.getInt("version"), rs.getObject("merged_into", UUID.class), rs.getString("merged_into_number"));
		}

	}

}
