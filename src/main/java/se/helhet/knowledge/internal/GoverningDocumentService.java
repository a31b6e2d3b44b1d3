package se.helhet.knowledge.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.helhet.knowledge.DocumentChanged;
import se.helhet.knowledge.DocumentType;
import se.helhet.knowledge.DocumentVersionView;
import se.helhet.knowledge.DocumentView;
import se.helhet.catalogue.Catalogue;
import se.helhet.catalogue.ServiceView;
import se.helhet.knowledge.Knowledge.DocumentServices;
import se.helhet.knowledge.Knowledge.LinkServices;
import se.helhet.knowledge.Knowledge.NewDocument;
import se.helhet.knowledge.Knowledge.NewVersion;
import se.helhet.organisation.Organisation;
import se.helhet.organisation.UnitKind;
import se.helhet.platform.Accounts;
import se.helhet.platform.ConflictException;
import se.helhet.platform.CurrentUser;
import se.helhet.platform.Mailer;
import se.helhet.platform.NotFoundException;
import se.helhet.platform.ValidationException;

/**
 * Governing documents (styrdokument) and their versions. A new version never overwrites
 * the one before: every decided text stays readable, marked as replaced.
 */
@Service
@Transactional
public class GoverningDocumentService {

	private static final String SELECT = """
			select d.*, v.body, v.decided_by, v.decision_date, v.valid_from, v.review_date v_review_date,
			 v.change_note, v.created_by, v.created_at
			from kn_document d join kn_document_version v on v.document_id = d.id and v.number = d.current_version""";

	private final JdbcClient jdbc;

	private final Organisation organisation;

	private final Accounts accounts;

	private final Mailer mailer;

	private final ApplicationEventPublisher events;

	private final int noticeDays;

	private final String baseUrl;

	private final Catalogue catalogue;

	GoverningDocumentService(JdbcClient jdbc, Organisation organisation, Accounts accounts, Mailer mailer,
			ApplicationEventPublisher events, Catalogue catalogue,
			@Value("${helhet.knowledge.review-notice-days:30}") int noticeDays,
			@Value("${helhet.base-url:http://localhost:8080}") String baseUrl) {
		this.catalogue = catalogue;
		this.jdbc = jdbc;
		this.organisation = organisation;
		this.accounts = accounts;
		this.mailer = mailer;
		this.events = events;
		this.noticeDays = noticeDays;
		this.baseUrl = baseUrl;
	}

	public int noticeDays() {
		return noticeDays;
	}

	@Transactional(readOnly = true)
	public List<DocumentView> documents(UUID functionId) {
		if (functionId == null) {
			return jdbc.sql(SELECT + " order by d.title").query(GoverningDocumentService::row).list();
		}
		return jdbc.sql(SELECT + " where d.function_id = ? order by d.title")
			.param(functionId)
			.query(GoverningDocumentService::row)
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<DocumentView> document(UUID id) {
		return jdbc.sql(SELECT + " where d.id = ?").param(id).query(GoverningDocumentService::row).optional();
	}

	@Transactional(readOnly = true)
	public List<DocumentVersionView> versions(UUID documentId) {
		List<DocumentVersionView> versions = jdbc
			.sql("select * from kn_document_version where document_id = ? order by number desc")
			.param(documentId)
			.query((rs, n) -> version(rs, null))
			.list();
		List<DocumentVersionView> marked = new ArrayList<>();
		Integer newer = null;
		for (DocumentVersionView v : versions) {
			marked.add(new DocumentVersionView(v.documentId(), v.number(), v.body(), v.html(), v.decidedBy(),
					v.decisionDate(), v.validFrom(), v.reviewDate(), v.changeNote(), v.createdBy(), v.createdAt(),
					newer));
			newer = v.number();
		}
		return marked;
	}

	@Transactional(readOnly = true)
	public Optional<DocumentVersionView> version(UUID documentId, int number) {
		return versions(documentId).stream().filter(v -> v.number() == number).findFirst();
	}

	public DocumentView create(NewDocument command, CurrentUser by) {
		Map<String, String> errors = new LinkedHashMap<>();
		UUID functionId = command.functionId() != null ? command.functionId() : by.unitId();
		if (functionId == null || organisation.unit(functionId).filter(u -> u.kind() == UnitKind.FUNCTION).isEmpty()) {
			errors.put("functionId", "Välj vilken central funktion som äger dokumentet.");
		}
		else if (!KnowledgeRules.mayGovern(functionId, by)) {
			throw new AccessDeniedException("Funktionens chef lägger till styrdokument.");
		}
		String title = command.title() == null ? "" : command.title().strip();
		if (title.isEmpty() || title.length() > 200) {
			errors.put("title", "Skriv dokumentets namn, högst 200 tecken, t.ex. Attestreglemente.");
		}
		DocumentType type = DocumentType.parse(command.type()).orElse(null);
		if (type == null) {
			errors.put("type", "Välj typ: policy, riktlinje, rutin eller instruktion.");
		}
		String owner = command.owner() == null || command.owner().isBlank() ? by.username() : command.owner().strip();
		String ownerName = accounts.findByUsername(owner).map(CurrentUser::displayName).orElse(null);
		if (ownerName == null) {
			errors.put("owner", "Det finns ingen användare " + owner + ". Skriv ägarens användarnamn.");
		}
		Decision decision = decision(command.body(), command.decidedBy(), command.decisionDate(), command.validFrom(),
				command.reviewDate(), "Första versionen", errors);
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into kn_document (id, function_id, title, doc_type, owner, owner_name, current_version,
				 review_date, version) values (?, ?, ?, ?, ?, ?, 1, ?, 0)""")
			.params(id, functionId, title, type.name(), owner, ownerName, decision.reviewDate)
			.update();
		insertVersion(id, 1, decision, by);
		events.publishEvent(new DocumentChanged(id, functionId, 1));
		return document(id).orElseThrow();
	}

	public DocumentView revise(UUID id, NewVersion command, CurrentUser by) {
		DocumentView existing = document(id).orElseThrow(() -> new NotFoundException("Styrdokumentet finns inte."));
		if (!KnowledgeRules.mayGovern(existing.functionId(), by)) {
			throw new AccessDeniedException("Funktionens chef lägger till nya versioner av styrdokument.");
		}
		Map<String, String> errors = new LinkedHashMap<>();
		if (command.changeNote() == null || command.changeNote().isBlank()) {
			errors.put("changeNote", "Skriv vad som har ändrats jämfört med förra versionen.");
		}
		Decision decision = decision(command.body(), command.decidedBy(), command.decisionDate(), command.validFrom(),
				command.reviewDate(), command.changeNote(), errors);
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		int next = existing.current().number() + 1;
		int updated = jdbc.sql("""
				update kn_document set current_version = ?, review_date = ?, reminded_for = null, version = version + 1
				where id = ? and version = ?""")
			.params(next, decision.reviewDate, id, command.version() == null ? existing.version() : command.version())
			.update();
		if (updated == 0) {
			throw new ConflictException("Någon annan har lagt till en ny version av " + existing.title()
					+ " sedan du öppnade formuläret. Din text finns kvar nedan; läs den nya versionen och spara igen.");
		}
		insertVersion(id, next, decision, by);
		events.publishEvent(new DocumentChanged(id, existing.functionId(), next));
		return document(id).orElseThrow();
	}

	@Transactional(readOnly = true)
	public DocumentServices services(UUID documentId) {
		List<UUID> serviceIds = jdbc.sql("select service_id from kn_document_service where document_id = ?")
			.param(documentId)
			.query(UUID.class)
			.list();
		String summary = jdbc.sql("select requester_summary from kn_document where id = ?")
			.param(documentId)
			.query(String.class)
			.optional()
			.orElse(null);
		String shown = summary != null ? summary
				: document(documentId).map(d -> DocumentSummaries.opening(d.current().body())).orElse("");
		return new DocumentServices(documentId, serviceIds, summary, shown);
	}

	/** Creates and links in one transaction: a refused link leaves no document behind. */
	public DocumentView createLinked(NewDocument command, LinkServices services, CurrentUser by) {
		DocumentView created = create(command, by);
		if (services == null || (services.serviceIds() == null || services.serviceIds().isEmpty())
				&& (services.requesterSummary() == null || services.requesterSummary().isBlank())) {
			return created;
		}
		return linkServices(created.id(), new LinkServices(services.serviceIds(), services.requesterSummary(), null),
				by);
	}

	public DocumentView linkServices(UUID id, LinkServices command, CurrentUser by) {
		DocumentView existing = document(id).orElseThrow(() -> new NotFoundException("Styrdokumentet finns inte."));
		if (!KnowledgeRules.mayGovern(existing.functionId(), by)) {
			throw new AccessDeniedException("Funktionens chef bestämmer vilka tjänster styrdokumentet gäller.");
		}
		Map<String, String> errors = new LinkedHashMap<>();
		List<UUID> serviceIds = command.serviceIds() == null ? List.of()
				: command.serviceIds().stream().filter(java.util.Objects::nonNull).distinct().toList();
		for (UUID serviceId : serviceIds) {
			Optional<ServiceView> service = catalogue.service(serviceId);
			if (service.isEmpty()) {
				errors.put("serviceIds", "Tjänsten " + serviceId + " finns inte i katalogen. Välj tjänster i listan.");
			}
			else if (!service.get().functionId().equals(existing.functionId())) {
				errors.put("serviceIds", service.get().nameSv()
						+ " hör till en annan funktion. Ett styrdokument gäller tjänster i den egna funktionen.");
			}
		}
		String summary = command.requesterSummary() == null || command.requesterSummary().isBlank() ? null
				: command.requesterSummary().strip();
		if (summary != null && summary.length() > 1000) {
			errors.put("requesterSummary", "Sammanfattningen får vara högst 1 000 tecken. Skriv det viktigaste.");
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		int basedOn = command.version() == null ? existing.version() : command.version();
		int updated = jdbc
			.sql("update kn_document set requester_summary = ?, version = version + 1 where id = ? and version = ?")
			.params(summary, id, basedOn)
			.update();
		if (updated == 0) {
			throw new ConflictException("Någon annan har ändrat " + existing.title()
					+ " sedan du öppnade sidan. Dina val finns kvar nedan; läs dokumentet och spara igen.");
		}
		jdbc.sql("delete from kn_document_service where document_id = ?").param(id).update();
		for (UUID serviceId : serviceIds) {
			jdbc.sql("insert into kn_document_service (document_id, service_id) values (?, ?)")
				.params(id, serviceId)
				.update();
		}
		events.publishEvent(new DocumentChanged(id, existing.functionId(), existing.current().number()));
		return document(id).orElseThrow();
	}

	@Transactional(readOnly = true)
	public Optional<DocumentView> routineOf(UUID serviceId) {
		return jdbc.sql(SELECT + " join kn_document_service s on s.document_id = d.id where s.service_id = ?")
			.param(serviceId)
			.query(GoverningDocumentService::row)
			.list()
			.stream()
			.min(java.util.Comparator.comparingInt((DocumentView d) -> DocumentSummaries.preference(d.type()))
				.thenComparing(DocumentView::title));
	}

	@Transactional(readOnly = true)
	public List<DocumentView> overdue(UUID functionId, LocalDate today) {
		return documents(functionId).stream().filter(d -> d.overdue(today)).toList();
	}

	public int remindOwners(LocalDate today) {
		List<DocumentView> due = jdbc
			.sql(SELECT + " where d.review_date <= ? and (d.reminded_for is null or d.reminded_for <> d.review_date)")
			.param(today.plusDays(noticeDays))
			.query(GoverningDocumentService::row)
			.list();
		int sent = 0;
		for (DocumentView d : due) {
			String when = d.overdue(today) ? "skulle ha setts över senast " + d.reviewDate()
					: "ska ses över senast " + d.reviewDate();
			mailer.sendToAccount(d.owner(), "Dags att se över " + d.title(), """
					Hej %s,

					Du äger styrdokumentet "%s", som %s.

					Läs det och lägg till en ny version med det som ändrats, eller en ny version med nytt \
					granskningsdatum om det fortfarande gäller som det är:
					%s/kunskap/styrdokument/%s
					""".formatted(d.ownerName(), d.title(), when, baseUrl, d.id()));
			jdbc.sql("update kn_document set reminded_for = review_date where id = ?").param(d.id()).update();
			sent++;
		}
		return sent;
	}

	private void insertVersion(UUID id, int number, Decision decision, CurrentUser by) {
		jdbc.sql("""
				insert into kn_document_version (document_id, number, body, decided_by, decision_date, valid_from,
				 review_date, change_note, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, number, decision.body, decision.decidedBy, decision.decisionDate, decision.validFrom,
					decision.reviewDate, decision.changeNote, by.username(), OffsetDateTime.now(ZoneOffset.UTC))
			.update();
	}

	private static Decision decision(String body, String decidedBy, String decisionDate, String validFrom,
			String reviewDate, String changeNote, Map<String, String> errors) {
		String text = body == null ? "" : body.strip();
		if (text.isEmpty()) {
			errors.put("body", "Skriv dokumentets text.");
		}
		else if (text.length() > 100_000) {
			errors.put("body", "Texten får vara högst 100 000 tecken.");
		}
		String decider = decidedBy == null ? "" : decidedBy.strip();
		if (decider.isEmpty() || decider.length() > 200) {
			errors.put("decidedBy", "Skriv vem som beslutade, t.ex. Kommunfullmäktige eller HR-chef.");
		}
		LocalDate decided = date(decisionDate, "decisionDate", "beslutsdatum", errors);
		LocalDate valid = date(validFrom, "validFrom", "datum då dokumentet börjar gälla", errors);
		LocalDate review = date(reviewDate, "reviewDate", "datum för översyn", errors);
		if (valid != null && decided != null && valid.isBefore(decided)) {
			errors.put("validFrom", "Dokumentet kan inte gälla före beslutet. Ändra datumet.");
		}
		if (review != null && valid != null && !review.isAfter(valid)) {
			errors.put("reviewDate", "Översynen ska ligga efter datumet då dokumentet börjar gälla.");
		}
		String note = changeNote == null ? "" : changeNote.strip();
		if (note.length() > 1000) {
			errors.put("changeNote", "Beskriv ändringen med högst 1 000 tecken.");
		}
		return new Decision(text, decider, decided, valid, review, note);
	}

	private static LocalDate date(String text, String field, String what, Map<String, String> errors) {
		if (text == null || text.isBlank()) {
			errors.put(field, "Fyll i " + what + " som ÅÅÅÅ-MM-DD, t.ex. 2026-01-15.");
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			errors.put(field, "Datumet " + text.strip() + " ser inte rätt ut. Skriv " + what
					+ " som ÅÅÅÅ-MM-DD, t.ex. 2026-01-15.");
			return null;
		}
	}

	private record Decision(String body, String decidedBy, LocalDate decisionDate, LocalDate validFrom,
			LocalDate reviewDate, String changeNote) {
	}

	private static DocumentView row(ResultSet rs, int n) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		String body = rs.getString("body");
		DocumentVersionView current = new DocumentVersionView(id, rs.getInt("current_version"), body,
				Markdown.toSafeHtml(body), rs.getString("decided_by"), rs.getObject("decision_date", LocalDate.class),
				rs.getObject("valid_from", LocalDate.class), rs.getObject("v_review_date", LocalDate.class),
				rs.getString("change_note"), rs.getString("created_by"),
				rs.getObject("created_at", OffsetDateTime.class), null);
		return new DocumentView(id, rs.getObject("function_id", UUID.class), rs.getString("title"),
				DocumentType.valueOf(rs.getString("doc_type")), rs.getString("owner"), rs.getString("owner_name"),
				rs.getObject("review_date", LocalDate.class), current, rs.getInt("version"));
	}

	private static DocumentVersionView version(ResultSet rs, Integer replacedBy) throws SQLException {
		String body = rs.getString("body");
		return new DocumentVersionView(rs.getObject("document_id", UUID.class), rs.getInt("number"), body,
				Markdown.toSafeHtml(body), rs.getString("decided_by"), rs.getObject("decision_date", LocalDate.class),
				rs.getObject("valid_from", LocalDate.class), rs.getObject("review_date", LocalDate.class),
				rs.getString("change_note"), rs.getString("created_by"),
				rs.getObject("created_at", OffsetDateTime.class), replacedBy);
	}

}
