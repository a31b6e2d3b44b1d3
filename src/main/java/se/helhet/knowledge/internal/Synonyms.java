package se.helhet.knowledge.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.search.Query;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.helhet.knowledge.internal.search.AnswerRanking;
import se.helhet.knowledge.internal.search.SameQuestion;
import se.helhet.knowledge.internal.search.SwedishQueries;
import se.helhet.knowledge.internal.search.SwedishTextAnalyzer;
import se.helhet.knowledge.internal.search.SwedishTextAnalyzer.Synonym;
import se.helhet.platform.CurrentUser;
import se.helhet.platform.NotFoundException;
import se.helhet.platform.Role;
import se.helhet.platform.ValidationException;

/**
 * The synonyms each function's lead keeps ("VAB" = "vård av barn", "LAS" = "lagen om
 * anställningsskydd"). They apply when searching, so a change needs no re-indexing: the
 * rankers of a function are rebuilt from its list when the list changes (on this node at
 * once, on others within {@code helhet.search.synonyms-ttl-ms}).
 */
@Service
public class Synonyms {

	static final int MAX_LENGTH = 100;

	private final JdbcClient jdbc;

	private final long ttlMillis;

	private volatile Snapshot snapshot = new Snapshot(Map.of(), 0);

	private final Map<List<Synonym>, Rankers> rankers = new ConcurrentHashMap<>();

	/** One synonym pair as stored. */
	public record Entry(UUID id, UUID functionId, String one, String other, String createdBy,
			OffsetDateTime createdAt) {
	}

	/** The rankers for one list of synonyms. */
	record Rankers(AnswerRanking answers, SameQuestion sameQuestion, SwedishQueries requestWords,
			SwedishQueries exactWords) {

		/** The search box's query over requests' text. */
		Query requests(String text, java.util.function.Predicate<org.apache.lucene.index.Term> known) {
			return requestWords.query(SameQuestion.TEXT, text, known);
		}

		/**
		 * The words to mark in a snippet of the field: without typo and prefix
		 * alternatives, whose automata the highlighter would build again for every hit.
		 */
		Query snippet(String field, String text) {
			return exactWords.query(field, text);
		}

	}

	private record Snapshot(Map<UUID, List<Entry>> byFunction, long readAt) {
	}

	Synonyms(JdbcClient jdbc, @Value("${helhet.search.synonyms-ttl-ms:30000}") long ttlMillis) {
		this.jdbc = jdbc;
		this.ttlMillis = ttlMillis;
	}

	public List<Entry> of(UUID functionId) {
		return current().byFunction().getOrDefault(functionId, List.of());
	}

	/** The rankers with the function's synonyms; with every function's when null. */
	Rankers rankers(UUID functionId) {
		List<Synonym> list = new ArrayList<>();
		Map<UUID, List<Entry>> all = current().byFunction();
		for (Map.Entry<UUID, List<Entry>> function : all.entrySet()) {
			if (functionId == null || function.getKey().equals(functionId)) {
				function.getValue().forEach(e -> list.add(new Synonym(e.one(), e.other())));
			}
		}
		if (rankers.size() > 100) {
			rankers.clear();
		}
		return rankers.computeIfAbsent(List.copyOf(list), l -> new Rankers(new AnswerRanking(l), new SameQuestion(l),
				new SwedishQueries(l), new SwedishQueries(SwedishTextAnalyzer.forQuerying(l), false)));
	}

	/** The function's lead (and the administrator) keep its synonyms. */
	public static boolean mayKeep(UUID functionId, CurrentUser user) {
		return user.has(Role.ADMIN)
				|| (user.has(Role.FUNCTION_LEAD) && functionId != null && functionId.equals(user.unitId()));
	}

	@Transactional
	public Entry add(UUID functionId, String one, String other, CurrentUser by) {
		String a = clean(one);
		String b = clean(other);
		Map<String, String> problems = new LinkedHashMap<>();
		if (a.isEmpty()) {
			problems.put("one", "Skriv ordet eller förkortningen, till exempel VAB.");
		}
		else if (a.length() > MAX_LENGTH) {
			problems.put("one", "Skriv högst " + MAX_LENGTH + " tecken.");
		}
		if (b.isEmpty()) {
			problems.put("other", "Skriv vad det betyder, till exempel vård av barn.");
		}
		else if (b.length() > MAX_LENGTH) {
			problems.put("other", "Skriv högst " + MAX_LENGTH + " tecken.");
		}
		if (problems.isEmpty() && a.equalsIgnoreCase(b)) {
			problems.put("other", "Orden är likadana. Skriv två olika sätt att säga samma sak.");
		}
		if (problems.isEmpty() && !a.matches(".*[\\p{L}\\p{N}].*")) {
			problems.put("one", "Skriv ett ord med bokstäver eller siffror.");
		}
		if (problems.isEmpty() && !b.matches(".*[\\p{L}\\p{N}].*")) {
			problems.put("other", "Skriv ett ord med bokstäver eller siffror.");
		}
		if (problems.isEmpty() && of(functionId).stream()
			.anyMatch(e -> (e.one().equalsIgnoreCase(a) && e.other().equalsIgnoreCase(b))
					|| (e.one().equalsIgnoreCase(b) && e.other().equalsIgnoreCase(a)))) {
			problems.put("one", "Den synonymen finns redan för funktionen.");
		}
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
		Entry entry = new Entry(UUID.randomUUID(), functionId, a, b, by.username(), OffsetDateTime.now(ZoneOffset.UTC));
		jdbc.sql(
				"insert into kn_synonym (id, function_id, one, other, created_by, created_at) values (?, ?, ?, ?, ?, ?)")
			.params(entry.id(), functionId, a, b, by.username(), entry.createdAt())
			.update();
		reload();
		return entry;
	}

	@Transactional
	public void remove(UUID functionId, UUID id) {
		int removed = jdbc.sql("delete from kn_synonym where id = ? and function_id = ?")
			.params(id, functionId)
			.update();
		if (removed == 0) {
			throw new NotFoundException("Synonymen finns inte (den kan redan vara borttagen).");
		}
		reload();
	}

	public Optional<Entry> find(UUID id) {
		return current().byFunction()
			.values()
			.stream()
			.flatMap(List::stream)
			.filter(e -> e.id().equals(id))
			.findFirst();
	}

	private static String clean(String text) {
		return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.forLanguageTag("sv"));
	}

	private Snapshot current() {
		Snapshot now = snapshot;
		if (System.currentTimeMillis() - now.readAt() > ttlMillis) {
			now = reload();
		}
		return now;
	}

	private Snapshot reload() {
		Map<UUID, List<Entry>> byFunction = new HashMap<>();
		jdbc.sql("select id, function_id, one, other, created_by, created_at from kn_synonym order by one, other")
			.query((rs, row) -> new Entry(rs.getObject("id", UUID.class), rs.getObject("function_id", UUID.class),
					rs.getString("one"), rs.getString("other"), rs.getString("created_by"),
					rs.getObject("created_at", OffsetDateTime.class)))
			.list()
			.forEach(e -> byFunction.computeIfAbsent(e.functionId(), f -> new ArrayList<>()).add(e));
		Snapshot fresh = new Snapshot(byFunction, System.currentTimeMillis());
		snapshot = fresh;
		return fresh;
	}

}
