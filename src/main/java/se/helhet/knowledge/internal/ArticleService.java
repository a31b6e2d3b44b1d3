package se.helhet.knowledge.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.helhet.knowledge.ArticleChanged;
import se.helhet.knowledge.ArticlePublished;
import se.helhet.knowledge.ArticleStatus;
import se.helhet.knowledge.ArticleView;
import se.helhet.knowledge.Audience;
import se.helhet.knowledge.Knowledge.ArticleQuery;
import se.helhet.knowledge.Knowledge.SaveArticle;
import se.helhet.organisation.Organisation;
import se.helhet.organisation.UnitKind;
import se.helhet.platform.Accounts;
import se.helhet.platform.ConflictException;
import se.helhet.platform.CurrentUser;
import se.helhet.platform.NotFoundException;
import se.helhet.platform.ValidationException;
import se.helhet.requests.RequestView;
import se.helhet.requests.Requests;

/** Knowledge articles: writing, changing, publishing, reading and feedback. */
@Service
@Transactional
public class ArticleService {

	static final int MAX_TITLE = 200;

	static final int MAX_BODY = 50_000;

	private static final String SELECT = """
			select a.*, (select count(*) from kn_article_feedback f where f.article_id = a.id and f.helpful) helpful_yes,
			 (select count(*) from kn_article_feedback f where f.article_id = a.id and not f.helpful) helpful_no
			from kn_article a""";

	private final JdbcClient jdbc;

	private final Organisation organisation;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	private final Requests requests;

	ArticleService(JdbcClient jdbc, Organisation organisation, Accounts accounts, ApplicationEventPublisher events,
			Requests requests) {
		this.jdbc = jdbc;
		this.organisation = organisation;
		this.accounts = accounts;
		this.events = events;
		this.requests = requests;
	}

	/**
	 * A solved request as a draft article of its function, for the handler to rewrite
	 * without personal data. One from a confidential request can only ever be read by the
	 * function.
	 */
	public ArticleView draftFromRequest(UUID requestId, CurrentUser by) {
		RequestView request = requests.find(requestId, by)
			.filter(RequestView::staffView)
			.orElseThrow(() -> new NotFoundException("Ärendet finns inte."));
		if (!KnowledgeRules.mayWrite(request.functionId(), by)) {
			throw new AccessDeniedException("Artiklar skrivs av ärendets funktion.");
		}
		if (request.status().open()) {
			throw new ValidationException(Map.of("status",
					"Ärendet " + request.number() + " är inte löst än. Gör en artikel när frågan har fått sitt svar."));
		}
		String answers = request.comments()
			.stream()
			.filter(c -> !c.internal() && !c.authorUsername().equals(request.requesterUsername()))
			.map(c -> c.body().strip())
			.reduce((a, b) -> a + "\n\n" + b)
			.orElse("(Skriv svaret här.)");
		String body = """
				> Utkast från ärende %s. Ta bort namn, personnummer, hälsouppgifter och annat som pekar ut en \
				person innan artikeln publiceras.

				## Frågan

				%s

				## Svaret

				%s
				""".formatted(request.number(), request.description() == null ? "" : request.description().strip(),
				answers);
		ArticleView draft = write(new SaveArticle(request.functionId(), request.title(), body,
				request.serviceName() == null ? "" : request.serviceName(),
				request.confidential() ? Audience.FUNKTIONEN.name() : Audience.FORVALTNINGAR.name(), by.username(),
				null), by);
		jdbc.sql("update kn_article set from_request = ?, confidential_source = ? where id = ?")
			.params(request.number(), request.confidential(), draft.id())
			.update();
		return draft;
	}

	@Transactional(readOnly = true)
	public List<ArticleView> articles(ArticleQuery query, CurrentUser reader) {
		StringBuilder sql = new StringBuilder(SELECT).append(" where 1 = 1");
		List<Object> params = new ArrayList<>();
		if (query.functionId() != null) {
			sql.append(" and a.function_id = ?");
			params.add(query.functionId());
		}
		if (query.status() != null) {
			sql.append(" and a.status = ?");
			params.add(query.status().name());
		}
		else {
			sql.append(" and a.status <> 'ARKIVERAD'");
		}
		if (query.tag() != null && !query.tag().isBlank()) {
			// tags are stored as ",a,b," so that one tag matches whole
			sql.append(" and a.tags like ?");
			params.add("%," + like(query.tag().strip().toLowerCase(Locale.ROOT)) + ",%");
		}
		for (String word : words(query.words())) {
			sql.append(" and lower(a.title || ' ' || a.body || ' ' || a.tags) like ?");
			params.add("%" + like(word) + "%");
		}
		sql.append(" order by a.updated_at desc");
		return jdbc.sql(sql.toString())
			.params(params)
			.query(ArticleService::row)
			.list()
			.stream()
			.filter(a -> KnowledgeRules.mayRead(a, reader))
			.toList();
	}

	/**
	 * Articles changed after the given change (time, then id), oldest first: for the
	 * search index.
	 */
	@Transactional(readOnly = true)
	public List<ArticleView> changedAfter(OffsetDateTime updatedAt, UUID afterId, int limit) {
		return jdbc
			.sql(SELECT
					+ " where a.updated_at > ? or (a.updated_at = ? and a.id > ?) order by a.updated_at, a.id limit ?")
			.param(updatedAt)
			.param(updatedAt)
			.param(afterId == null ? new UUID(0, 0) : afterId)
			.param(limit)
			.query(ArticleService::row)
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<ArticleView> find(UUID id) {
		return jdbc.sql(SELECT + " where a.id = ?").param(id).query(ArticleService::row).optional();
	}

	@Transactional(readOnly = true)
	public Optional<ArticleView> article(UUID id, CurrentUser reader) {
		return find(id).filter(a -> KnowledgeRules.mayRead(a, reader));
	}

	public ArticleView write(SaveArticle command, CurrentUser by) {
		UUID functionId = command.functionId() != null ? command.functionId() : by.unitId();
		if (functionId == null || organisation.unit(functionId).filter(u -> u.kind() == UnitKind.FUNCTION).isEmpty()) {
			throw new ValidationException(Map.of("functionId", "Välj vilken central funktion artikeln hör till."));
		}
		if (!KnowledgeRules.mayWrite(functionId, by)) {
			throw new AccessDeniedException("Du skriver artiklar för din egen funktion.");
		}
		Checked checked = check(command, by);
		UUID id = UUID.randomUUID();
		OffsetDateTime now = now();
		jdbc.sql("""
				insert into kn_article (id, function_id, title, body, tags, owner, owner_name, status, audience,
				 created_at, updated_at, updated_by, version) values (?, ?, ?, ?, ?, ?, ?, 'UTKAST', ?, ?, ?, ?, 0)""")
			.params(id, functionId, checked.title, checked.body, storedTags(checked.tags), checked.owner,
					checked.ownerName, checked.audience.name(), now, now, by.username())
			.update();
		events.publishEvent(new ArticleChanged(id, functionId, ArticleStatus.UTKAST));
		return find(id).orElseThrow();
	}

	public ArticleView change(UUID id, SaveArticle command, CurrentUser by) {
		ArticleView existing = readable(id, by);
		if (!KnowledgeRules.mayEdit(existing, by)) {
			throw new AccessDeniedException("Artiklar ändras av funktionens handläggare.");
		}
		Checked checked = check(command, by);
		if (checked.audience == Audience.FORVALTNINGAR && fromConfidentialRequest(id)) {
			throw new ValidationException(Map.of("audience", "Artikeln bygger på ett konfidentiellt ärende och kan "
					+ "bara läsas av funktionen. Skriv en ny artikel utan uppgifter från ärendet om den ska gå till förvaltningarna."));
		}
		int updated = jdbc.sql("""
				update kn_article set title = ?, body = ?, tags = ?, owner = ?, owner_name = ?, audience = ?,
				 updated_at = ?, updated_by = ?, version = version + 1 where id = ? and version = ?""")
			.params(checked.title, checked.body, storedTags(checked.tags), checked.owner, checked.ownerName,
					checked.audience.name(), now(), by.username(), id,
					command.version() == null ? existing.version() : command.version())
			.update();
		if (updated == 0) {
			throw conflict(existing);
		}
		events.publishEvent(new ArticleChanged(id, existing.functionId(), existing.status()));
		return find(id).orElseThrow();
	}

	public ArticleView move(UUID id, ArticleStatus to, Integer version, CurrentUser by) {
		ArticleView existing = readable(id, by);
		if (to == null) {
			throw new ValidationException(Map.of("status", "Status ska vara UTKAST, PUBLICERAD eller ARKIVERAD."));
		}
		if (!KnowledgeRules.mayPublish(existing, by)) {
			throw new AccessDeniedException("Funktionens chef eller artikelns ägare publicerar och arkiverar.");
		}
		if (existing.status() == to) {
			return existing;
		}
		OffsetDateTime now = now();
		int updated = jdbc.sql("""
				update kn_article set status = ?, published_at = coalesce(published_at, ?), updated_at = ?,
				 updated_by = ?, version = version + 1 where id = ? and version = ?""")
			.params(to.name(), to == ArticleStatus.PUBLICERAD ? now : null, now, by.username(), id,
					version == null ? existing.version() : version)
			.update();
		if (updated == 0) {
			throw conflict(existing);
		}
		if (to == ArticleStatus.PUBLICERAD) {
			events.publishEvent(new ArticlePublished(id, existing.functionId()));
		}
		events.publishEvent(new ArticleChanged(id, existing.functionId(), to));
		return find(id).orElseThrow();
	}

	public ArticleView answerHelpful(UUID id, boolean helpful, CurrentUser by) {
		ArticleView article = readable(id, by);
		if (!article.published()) {
			throw new ValidationException(Map.of("helpful", "Svara på publicerade artiklar."));
		}
		int changed = jdbc
			.sql("update kn_article_feedback set helpful = ?, given_at = ? where article_id = ? and username = ?")
			.params(helpful, now(), id, by.username())
			.update();
		if (changed == 0) {
			jdbc.sql("insert into kn_article_feedback (article_id, username, helpful, given_at) values (?, ?, ?, ?)")
				.params(id, by.username(), helpful, now())
				.update();
		}
		return find(id).orElseThrow();
	}

	private boolean fromConfidentialRequest(UUID id) {
		return jdbc.sql("select confidential_source from kn_article where id = ?")
			.param(id)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	@Transactional(readOnly = true)
	public Optional<Boolean> helpfulAnswer(UUID id, CurrentUser reader) {
		return jdbc.sql("select helpful from kn_article_feedback where article_id = ? and username = ?")
			.params(id, reader.username())
			.query(Boolean.class)
			.optional();
	}

	private ArticleView readable(UUID id, CurrentUser by) {
		return article(id, by).orElseThrow(() -> new NotFoundException("Artikeln finns inte."));
	}

	private static ConflictException conflict(ArticleView existing) {
		return new ConflictException("Någon annan har ändrat artikeln \"" + existing.title()
				+ "\" sedan du öppnade den. Din text finns kvar nedan; ladda om artikeln i en annan flik, "
				+ "jämför och spara igen.");
	}

	private Checked check(SaveArticle command, CurrentUser by) {
		Map<String, String> errors = new LinkedHashMap<>();
		String title = command.title() == null ? "" : command.title().strip();
		String body = command.body() == null ? "" : command.body().strip();
		if (title.isEmpty()) {
			errors.put("title", "Skriv en rubrik som säger vad artikeln handlar om.");
		}
		else if (title.length() > MAX_TITLE) {
			errors.put("title", "Rubriken får vara högst " + MAX_TITLE + " tecken. Korta den.");
		}
		if (body.isEmpty()) {
			errors.put("body", "Skriv artikelns text.");
		}
		else if (body.length() > MAX_BODY) {
			errors.put("body", "Texten får vara högst 50 000 tecken. Dela upp den i flera artiklar.");
		}
		Audience audience = command.audience() == null || command.audience().isBlank() ? Audience.FORVALTNINGAR
				: Audience.parse(command.audience()).orElse(null);
		if (audience == null) {
			errors.put("audience", "Välj om artikeln är för förvaltningarna eller bara för funktionen.");
		}
		String owner = command.owner() == null || command.owner().isBlank() ? by.username() : command.owner().strip();
		String ownerName = accounts.findByUsername(owner).map(CurrentUser::displayName).orElse(null);
		if (ownerName == null) {
			errors.put("owner", "Det finns ingen användare " + owner + ". Skriv ägarens användarnamn.");
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		return new Checked(title, body, KnowledgeRules.tags(command.tags()), audience, owner, ownerName);
	}

	private record Checked(String title, String body, List<String> tags, Audience audience, String owner,
			String ownerName) {
	}

	static String storedTags(List<String> tags) {
		return tags.isEmpty() ? "" : "," + String.join(",", tags) + ",";
	}

	static List<String> words(String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.toLowerCase(Locale.ROOT).split("\\s+"))
			.map(String::strip)
			.filter(w -> !w.isEmpty())
			.limit(10)
			.toList();
	}

	private static String like(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static OffsetDateTime now() {
		return OffsetDateTime.now(ZoneOffset.UTC);
	}

	private static ArticleView row(ResultSet rs, int n) throws SQLException {
		String body = rs.getString("body");
		return new ArticleView(rs.getObject("id", UUID.class), rs.getObject("function_id", UUID.class),
				rs.getString("title"), body, Markdown.toSafeHtml(body), KnowledgeRules.tags(rs.getString("tags")),
				rs.getString("owner"), rs.getString("owner_name"), ArticleStatus.valueOf(rs.getString("status")),
				Audience.valueOf(rs.getString("audience")), rs.getObject("created_at", OffsetDateTime.class),
				rs.getObject("updated_at", OffsetDateTime.class), rs.getString("updated_by"),
				rs.getObject("published_at", OffsetDateTime.class), rs.getInt("helpful_yes"), rs.getInt("helpful_no"),
				rs.getInt("version"));
	}

}
