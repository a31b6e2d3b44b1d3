package se.helhet.knowledge.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.BytesRef;
import org.springframework.stereotype.Service;

import se.helhet.knowledge.ArticleStatus;
import se.helhet.knowledge.ArticleView;
import se.helhet.knowledge.DocumentView;
import se.helhet.knowledge.Audience;
import se.helhet.knowledge.internal.search.AnswerRanking;
import se.helhet.knowledge.internal.search.SameQuestion;
import se.helhet.knowledge.internal.search.SwedishSnippets;
import se.helhet.knowledge.internal.search.SwedishTextAnalyzer;
import se.helhet.organisation.Organisation;
import se.helhet.organisation.UnitView;
import se.helhet.platform.CurrentUser;
import se.helhet.platform.Role;
import se.helhet.requests.RequestsForSearch;

/**
 * The one search box, the suggestions while a requester writes, and similar-request
 * detection. Every hit is shown only where the reader may see it: the index narrows the
 * candidates by the facts it holds, and each request hit is then checked by the request
 * page's own rule before it is shown, so a stale index can never show too much.
 */
@Service
public class SearchService {

	/**
	 * Solved requests this recent still count as "the same question is being handled".
	 */
	static final Duration RECENTLY_SOLVED = Duration.ofDays(90);

	public static final int MAX_LIMIT = 50;

	private final SearchIndex index;

	private final Synonyms synonyms;

	private final RequestsForSearch requests;

	private final ArticleService articles;

	private final GoverningDocumentService documents;

	private final Organisation organisation;

	private final SwedishSnippets snippets = new SwedishSnippets(SwedishTextAnalyzer.forIndexing());

	SearchService(SearchIndex index, Synonyms synonyms, RequestsForSearch requests, ArticleService articles,
			GoverningDocumentService documents, Organisation organisation) {
		this.documents = documents;
		this.index = index;
		this.synonyms = synonyms;
		this.requests = requests;
		this.articles = articles;
		this.organisation = organisation;
	}

	/**
	 * A search hit. {@code details} false means the reader may not see the request
	 * itself: only that the function already handles the same question (title and snippet
	 * empty). A similar request has no snippet: it is shown by its title.
	 */
	public record Hit(SearchType type, UUID id, String title, String snippet, String url, String number, String status,
			String functionCode, boolean details, double score) {

		public String typeName() {
			return type.name();
		}

	}

	/** Hits of one search, best first. */
	public record Results(List<Hit> hits, boolean more) {
	}

	/**
	 * The search box: services, articles, governing documents and requests matching the
	 * text, best first.
	 * @param type only this kind, or null for all
	 */
	public Results search(String text, SearchType type, int limit, CurrentUser user) {
		int wanted = Math.max(1, Math.min(limit, MAX_LIMIT));
		Reader reader = reader(user);
		Synonyms.Rankers rankers = synonyms.rankers(null);
		if (rankers.answers().query(text) instanceof MatchNoDocsQuery) {
			return new Results(List.of(), false);
		}
		return index.search(searcher -> {
			Predicate<Term> known = known(searcher);
			Query words = rankers.answers().query(text, known);
			Query requestWords = rankers.requests(text, known);
			BooleanQuery.Builder either = new BooleanQuery.Builder();
			for (SearchType kind : SearchType.values()) {
				if (type == null || type == kind) {
					Query kindWords = (kind == SearchType.REQUEST) ? requestWords : words;
					either.add(new BooleanQuery.Builder().add(kindWords, Occur.MUST)
						.add(visibility(kind, reader), Occur.FILTER)
						.build(), Occur.SHOULD);
				}
			}
			Query query = either.build();
			// a few more than asked, as a request the rule then hides leaves a gap
			int asked = wanted * 2 + 5;
			// no count of all hits is shown: Lucene may skip what cannot make the top
			ScoreDoc[] top = searcher.search(query, new TopScoreDocCollectorManager(asked, asked)).scoreDocs;
			List<Candidate> candidates = candidates(searcher, top);
			Set<UUID> visibleRequests = requests.visibleTo(
					candidates.stream().filter(c -> c.type() == SearchType.REQUEST).map(Candidate::id).toList(), user);
			Snippets marks = new Snippets(rankers, text);
			List<Hit> hits = new ArrayList<>();
			for (Candidate candidate : candidates) {
				if (!mayShow(candidate, visibleRequests)) {
					continue;
				}
				if (hits.size() == wanted) {
					return new Results(hits, true);
				}
				hits.add(hit(candidate, marks, true));
			}
			return new Results(hits, false);
		});
	}

	/** What the requester is shown while writing a new request. */
	public record Suggestions(List<Hit> answers, List<Hit> requests) {

		public boolean isEmpty() {
			return answers.isEmpty() && requests.isEmpty();
		}

	}

	/**
	 * Articles and governing documents that may answer the question, and requests on the
	 * same question from any förvaltning: open ones, or solved within 90 days.
	 * @param functionId the function asked (its synonyms apply), or null
	 */
	public Suggestions suggest(String text, UUID functionId, CurrentUser user) {
		Reader reader = readerOfOrdinary(user);
		Synonyms.Rankers rankers = synonyms.rankers(functionId);
		if (rankers.answers().query(text) instanceof MatchNoDocsQuery) {
			return new Suggestions(List.of(), List.of());
		}
		BooleanQuery.Builder answerKinds = new BooleanQuery.Builder()
			.add(visibility(SearchType.ARTICLE, reader), Occur.SHOULD)
			.add(visibility(SearchType.DOCUMENT, reader), Occur.SHOULD);
		Query kinds = answerKinds.build();
		List<Hit> answers = index.search(searcher -> {
			Query answerQuery = new BooleanQuery.Builder()
				.add(rankers.answers().query(text, known(searcher)), Occur.MUST)
				.add(kinds, Occur.FILTER)
				.build();
			Snippets marks = new Snippets(rankers, text);
			List<Hit> hits = new ArrayList<>();
			for (Candidate candidate : candidates(searcher,
					searcher.search(answerQuery, new TopScoreDocCollectorManager(3, 3)).scoreDocs)) {
				hits.add(hit(candidate, marks, true));
			}
			return hits;
		});
		return new Suggestions(answers, similar(text, functionId, null, reader, 3));
	}

	/**
	 * Requests asking the same question as the text, most likely first. Those the reader
	 * may see come with their title; an ordinary request the reader may not see comes
	 * without details; a confidential one the reader may not see never comes.
	 * @param excluding a request not to return (the one being compared), or null
	 */
	public List<Hit> similar(String text, UUID functionId, UUID excluding, CurrentUser user, int limit) {
		return similar(text, functionId, excluding, readerOfOrdinary(user), limit);
	}

	private List<Hit> similar(String text, UUID functionId, UUID excluding, Reader reader, int limit) {
		CurrentUser user = reader.user();
		int wanted = Math.max(1, Math.min(limit, MAX_LIMIT));
		SameQuestion sameQuestion = synonyms.rankers(functionId).sameQuestion();
		// the candidates' index holds only requests, open or changed lately (give or take
		// a sweep): the filter says exactly which
		BooleanQuery.Builder filter = new BooleanQuery.Builder()
			.add(new BooleanQuery.Builder().add(new TermQuery(new Term(SearchFields.OPEN, "true")), Occur.SHOULD)
				// whole weeks as terms: a range over every request's time would be
				// checked
				// or collected for each candidate of each query
				.add(new TermInSetQuery(SearchFields.WEEK,
						SearchFields.weeksSince(LocalDate.now(ZoneOffset.UTC).minusDays(RECENTLY_SOLVED.toDays()),
								LocalDate.now(ZoneOffset.UTC))),
						Occur.SHOULD)
				.build(), Occur.FILTER)
			.add(new BooleanQuery.Builder()
				.add(new TermQuery(new Term(SearchFields.CONFIDENTIAL, "false")), Occur.SHOULD)
				.add(visibility(SearchType.REQUEST, reader), Occur.SHOULD)
				.build(), Occur.FILTER)
			.add(new TermQuery(new Term(SearchFields.STATUS, "SAMMANFOGAD")), Occur.MUST_NOT);
		if (excluding != null) {
			filter.add(new TermQuery(new Term(SearchFields.ID, excluding.toString())), Occur.MUST_NOT);
		}
		Query query = filter.build();
		return index.searchCandidates((searcher, whole) -> {
			List<SameQuestion.Match> matches = sameQuestion.find(searcher, whole, text, query, wanted * 2 + 2);
			List<Candidate> candidates = similarCandidates(searcher, matches);
			Set<UUID> visible = requests.visibleTo(candidates.stream().map(Candidate::id).toList(), user);
			List<Hit> hits = new ArrayList<>();
			for (Candidate candidate : candidates) {
				if (hits.size() == wanted) {
					break;
				}
				if (visible.contains(candidate.id())) {
					hits.add(similarHit(candidate, true));
				}
				else if (!candidate.confidential() && isOpen(candidate.status())
						&& candidate.score() >= SameQuestion.CERTAIN) {
					// without details the requester cannot judge for themselves, so only
					// a near-certain match is said to be handled already; and joining is
					// what it offers, which only an open request allows
					hits.add(similarHit(candidate, false));
				}
			}
			return hits;
		});
	}

	// ---- visibility in the index (a superset; each request hit is checked again)

	/** Who reads, with what the visibility rules look at. */
	record Reader(CurrentUser user, UUID functionId, boolean staff, boolean seesAllOrdinary, UUID forvaltningId,
			Set<UUID> followed) {
	}

	Reader reader(CurrentUser user) {
		return reader(user, true);
	}

	/**
	 * The reader for suggestions and similar requests, which name every ordinary request
	 * (with or without details) and so never ask which ones the reader follows: a query
	 * to the database fewer on every keystroke of a requester.
	 */
	private Reader readerOfOrdinary(CurrentUser user) {
		return reader(user, false);
	}

	private Reader reader(CurrentUser user, boolean withFollowed) {
		boolean staff = user.has(Role.HANDLER) || user.has(Role.FUNCTION_LEAD);
		UUID function = staff ? user.unitId() : null;
		boolean all = staff || user.has(Role.GROUP_LEAD);
		UUID forvaltning = user.has(Role.ADMINISTRATION_LEAD)
				? organisation.topUnitOf(user.unitId()).map(UnitView::id).orElse(null) : null;
		Set<UUID> followed = (all || !withFollowed) ? Set.of() : requests.followedBy(user.username());
		return new Reader(user, function, staff, all, forvaltning, followed);
	}

	private static Query visibility(SearchType type, Reader reader) {
		BooleanQuery.Builder q = new BooleanQuery.Builder().add(typeIs(type), Occur.FILTER);
		switch (type) {
			case SERVICE -> q.add(term(SearchFields.OPEN, "true"), Occur.FILTER);
			case DOCUMENT -> {
			}
			case ARTICLE -> {
				if (!reader.user().has(Role.ADMIN)) {
					BooleanQuery.Builder either = new BooleanQuery.Builder().add(new BooleanQuery.Builder()
						.add(term(SearchFields.STATUS, ArticleStatus.PUBLICERAD.name()), Occur.FILTER)
						.add(term(SearchFields.AUDIENCE, Audience.FORVALTNINGAR.name()), Occur.FILTER)
						.build(), Occur.SHOULD);
					if (reader.functionId() != null) {
						either.add(term(SearchFields.FUNCTION, reader.functionId().toString()), Occur.SHOULD);
					}
					q.add(either.build(), Occur.FILTER);
				}
			}
			case REQUEST -> {
				BooleanQuery.Builder any = new BooleanQuery.Builder()
					.add(term(SearchFields.REQUESTER, reader.user().username()), Occur.SHOULD);
				if (reader.seesAllOrdinary()) {
					any.add(term(SearchFields.CONFIDENTIAL, "false"), Occur.SHOULD);
				}
				if (reader.functionId() != null) {
					any.add(term(SearchFields.FUNCTION, reader.functionId().toString()), Occur.SHOULD);
				}
				if (!reader.seesAllOrdinary()) {
					BooleanQuery.Builder ordinary = new BooleanQuery.Builder();
					if (!reader.followed().isEmpty()) {
						ordinary.add(
								new TermInSetQuery(SearchFields.ID,
										reader.followed().stream().map(id -> new BytesRef(id.toString())).toList()),
								Occur.SHOULD);
					}
					if (reader.forvaltningId() != null) {
						ordinary.add(term(SearchFields.FORVALTNING, reader.forvaltningId().toString()), Occur.SHOULD);
					}
					BooleanQuery built = ordinary.build();
					if (!built.clauses().isEmpty()) {
						any.add(new BooleanQuery.Builder().add(term(SearchFields.CONFIDENTIAL, "false"), Occur.FILTER)
							.add(built, Occur.FILTER)
							.build(), Occur.SHOULD);
					}
				}
				q.add(any.build(), Occur.FILTER);
			}
		}
		return q.build();
	}

	/** Whether the index holds a term: a word it knows needs no typo alternatives. */
	private static Predicate<Term> known(IndexSearcher searcher) {
		return term -> {
			try {
				return searcher.getIndexReader().docFreq(term) > 0;
			}
			catch (IOException ex) {
				return false;
			}
		};
	}

	static boolean isOpen(String status) {
		return !("LOST".equals(status) || "STANGD".equals(status) || "SAMMANFOGAD".equals(status));
	}

	private static Query typeIs(SearchType type) {
		return term(SearchFields.TYPE, type.name());
	}

	private static Query term(String field, String value) {
		return new TermQuery(new Term(field, value));
	}

	/*
	 * An article's status and audience in the index decide (they follow each change right
	 * after its commit, and KnowledgeRules.mayRead is the filter's rule); a request is
	 * asked again, as its visibility depends on more than the index holds (followers, the
	 * handler's competences).
	 */
	private static boolean mayShow(Candidate candidate, Set<UUID> visibleRequests) {
		return candidate.type() != SearchType.REQUEST || visibleRequests.contains(candidate.id());
	}

	/** The words to mark in snippets, made once per search and field. */
	private static final class Snippets {

		private final Synonyms.Rankers rankers;

		private final String text;

		private final Map<String, Query> byField = new java.util.HashMap<>();

		Snippets(Synonyms.Rankers rankers, String text) {
			this.rankers = rankers;
			this.text = text;
		}

		Query of(String field) {
			return byField.computeIfAbsent(field, f -> rankers.snippet(f, text));
		}

	}

	// ---- hits

	/** A hit as read from the index, before the visibility check. */
	record Candidate(SearchType type, UUID id, String title, String body, String number, String status, String function,
			boolean confidential, String extra, float score) {
	}

	private static List<Candidate> candidates(IndexSearcher searcher, ScoreDoc[] top) throws IOException {
		List<Candidate> candidates = new ArrayList<>(top.length);
		for (ScoreDoc doc : top) {
			candidates.add(candidate(searcher, doc.doc, doc.score));
		}
		return candidates;
	}

	/**
	 * What a similar request shows: its number, title and status, no snippet — the
	 * requester and the handler judge by the title and open the request.
	 */
	private static final Set<String> WITHOUT_BODY = Set.of(SearchFields.TYPE, SearchFields.ID, SearchFields.TITLE,
			SearchFields.NUMBER, SearchFields.STATUS, SearchFields.FUNCTION, SearchFields.CONFIDENTIAL,
			SearchFields.EXTRA);

	private static Candidate candidate(IndexSearcher searcher, int doc, float score) throws IOException {
		return candidate(searcher, doc, score, null);
	}

	/**
	 * The matches as candidates, in their order: read from the candidates' doc values (in
	 * document order, as doc values are read forwards), else from the stored fields.
	 */
	private static List<Candidate> similarCandidates(IndexSearcher searcher, List<SameQuestion.Match> matches)
			throws IOException {
		int[] docs = matches.stream().mapToInt(SameQuestion.Match::doc).sorted().toArray();
		Map<Integer, String> shown = new java.util.HashMap<>();
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		LeafReaderContext leaf = null;
		BinaryDocValues values = null;
		for (int doc : docs) {
			if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
				leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
				values = leaf.reader().getBinaryDocValues(SearchFields.SHOWN);
			}
			if (values != null && values.advanceExact(doc - leaf.docBase)) {
				shown.put(doc, values.binaryValue().utf8ToString());
			}
		}
		List<Candidate> candidates = new ArrayList<>(matches.size());
		for (SameQuestion.Match match : matches) {
			String value = shown.get(match.doc());
			if (value == null) {
				candidates.add(candidate(searcher, match.doc(), (float) match.confidence(), WITHOUT_BODY));
				continue;
			}
			String[] f = SearchFields.shown(value);
			candidates.add(new Candidate(SearchType.REQUEST, UUID.fromString(f[0]), f[5], null, f[1], f[2], null,
					"true".equals(f[3]), f[4], (float) match.confidence()));
		}
		return candidates;
	}

	private static Candidate candidate(IndexSearcher searcher, int doc, float score, Set<String> fields)
			throws IOException {
		Document stored = (fields == null) ? searcher.storedFields().document(doc)
				: searcher.storedFields().document(doc, fields);
		return new Candidate(SearchType.valueOf(stored.get(SearchFields.TYPE)),
				UUID.fromString(stored.get(SearchFields.ID)), stored.get(SearchFields.TITLE),
				stored.get(SearchFields.BODY), stored.get(SearchFields.NUMBER), stored.get(SearchFields.STATUS),
				stored.get(SearchFields.FUNCTION), "true".equals(stored.get(SearchFields.CONFIDENTIAL)),
				stored.get(SearchFields.EXTRA), score);
	}

	private static Hit similarHit(Candidate c, boolean details) {
		if (!details) {
			return new Hit(c.type(), c.id(), "", "", null, c.number(), c.status(), c.extra(), false, c.score());
		}
		return new Hit(c.type(), c.id(), c.title(), "", "/arenden/" + c.id(), c.number(), c.status(), c.extra(), true,
				c.score());
	}

	private Hit hit(Candidate c, Snippets marks, boolean details) {
		String url = switch (c.type()) {
			case SERVICE -> "/katalog/" + c.id();
			case ARTICLE -> "/kunskap/artiklar/" + c.id();
			case DOCUMENT -> "/kunskap/styrdokument/" + c.id();
			case REQUEST -> "/arenden/" + c.id();
		};
		if (!details) {
			return new Hit(c.type(), c.id(), "", "", null, c.number(), c.status(), c.extra(), false, c.score());
		}
		String field = (c.type() == SearchType.REQUEST) ? SameQuestion.TEXT : AnswerRanking.TEXT;
		String snippet = snippets.snippet(field, marks.of(field), c.body() == null ? "" : c.body());
		return new Hit(c.type(), c.id(), c.title(), snippet, url, c.number(), c.status(),
				c.type() == SearchType.REQUEST ? c.extra() : null, true, c.score());
	}

	// ---- answers and the index's state

	/** An article or governing document the reader may see, as a hit. */
	public Optional<Hit> answer(SearchType type, UUID id, CurrentUser user) {
		if (type == SearchType.ARTICLE) {
			return articles.article(id, user)
				.map(a -> new Hit(type, id, a.title(), "", "/kunskap/artiklar/" + id, null, a.status().name(), null,
						true, 0));
		}
		if (type == SearchType.DOCUMENT) {
			return documents.document(id)
				.map(d -> new Hit(type, id, d.title(), "", "/kunskap/styrdokument/" + id, null, null, null, true, 0));
		}
		return Optional.empty();
	}

	/** The function an article or governing document belongs to. */
	public UUID functionOf(Hit answer) {
		return switch (answer.type()) {
			case ARTICLE -> articles.find(answer.id()).map(ArticleView::functionId).orElse(null);
			case DOCUMENT -> documents.document(answer.id()).map(DocumentView::functionId).orElse(null);
			default -> null;
		};
	}

	/** What the index holds and how its rebuild goes. */
	public record IndexStatus(Map<SearchType, Integer> counts, SearchIndexer.Progress progress,
			OffsetDateTime lastCatchUp, long requestsInDatabase) {

		public int total() {
			return counts.values().stream().mapToInt(Integer::intValue).sum();
		}

	}

	public IndexStatus status(SearchIndexer indexer) {
		Map<SearchType, Integer> counts = new EnumMap<>(SearchType.class);
		for (SearchType type : SearchType.values()) {
			counts.put(type, index.count(new TermQuery(new Term(SearchFields.TYPE, type.name()))));
		}
		return new IndexStatus(counts, indexer.progress(), indexer.lastCatchUp(), requests.count());
	}

}
