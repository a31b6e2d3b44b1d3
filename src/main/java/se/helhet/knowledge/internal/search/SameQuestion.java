package se.helhet.knowledge.internal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.BytesRef;

/**
 * Whether a new request asks the same question as requests already filed, in other words.
 * Plain Java over Lucene, used by the app's similar-request detection and by the
 * evaluation on the labelled pairs, so that the figures reported are the app's.
 * <p>
 * Two stages: BM25 over the analysed text finds a few candidates quickly, whatever the
 * size of the index; then each candidate gets a confidence between 0 and 1 — the cosine
 * of the two texts' word weights (tf·idf with the index's document frequencies) — which,
 * unlike a BM25 score, means the same for a short and a long question, so one threshold
 * serves all.
 */
public final class SameQuestion {

	/** Title and description, analysed with compounds split. */
	public static final String TEXT = "sq_text";

	/**
	 * The analysed words of title and description, as {@link #TEXT} indexes them: the
	 * comparison reads them instead of analysing each candidate again per query.
	 */
	public static final String TERMS = "sq_terms";

	/**
	 * The same words as doc values, where an index gives them ({@link #addTermValues}):
	 * read by position, without unpacking the block of stored fields around each
	 * candidate.
	 */
	public static final String TERM_VALUES = "sq_term_values";

	/** Candidates compared per query. */
	static final int CANDIDATES = 30;

	/**
	 * The confidence from which two texts count as the same question: suggested to the
	 * requester to join, shown to the handler as a likely duplicate. Chosen on the
	 * labelled pairs (bench/same-question.sh) by a stated rule, on one half of the set:
	 * the threshold with the best F1 — here a person decides (join, or file anyway), and
	 * a missed duplicate costs as much work as a wrong suggestion costs a glance.
	 */
	public static final double THRESHOLD = 0.07;

	/**
	 * The stricter confidence for saying, without details, that a request the requester
	 * may not see already asks their question: a wrong "this is already being handled" is
	 * worse than a miss. Chosen on the same half by the rule "the lowest threshold with
	 * precision at least 0.75".
	 */
	public static final double CERTAIN = 0.62;

	/** Words of a text that are compared; the rest of a pasted text is ignored. */
	static final int MAX_WORDS = 400;

	/** How the comparison is made; {@link #DEFAULT} is the app's. */
	public record Settings(String name, float partWeight, float headWeight, int truncation, boolean typoCandidates,
			float maxShare) {

		public Settings(String name, float partWeight, float headWeight, int truncation, boolean typoCandidates) {
			this(name, partWeight, headWeight, truncation, typoCandidates, 0);
		}

		public Settings(String name, float partWeight, int truncation, boolean typoCandidates) {
			this(name, partWeight, partWeight, truncation, typoCandidates);
		}

		/** The first version: every term alike, typo-tolerant candidates. */
		public static final Settings FIRST = new Settings("first version", 1f, 0, true);

		/**
		 * The app's: as the first version, with candidates found by one flat query of the
		 * words and parts, without typo and prefix alternatives (a request has many
		 * words; one misspelt does not lose it) and without the words in more than one
		 * request in twenty — as good on the labelled pairs, and about twice as fast.
		 */
		public static final Settings DEFAULT = new Settings("flat candidate query without common words (app)", 1f, 1f,
				0, false, 0.05f);

		/** Every way tried, in the order tried: the bench reports them all. */
		public static final List<Settings> TRIED = List.of(DEFAULT, FIRST,
				new Settings("compound parts at half weight", 0.5f, 0, true),
				new Settings("no compound parts", 0f, 0, true),
				new Settings("words truncated to 6 letters as extra terms", 1f, 6, true),
				new Settings("parts at half weight, truncation to 6", 0.5f, 6, true),
				new Settings("compound head at full weight, other parts at half", 0.5f, 1f, 0, false),
				new Settings("compound head at full weight, other parts at a quarter", 0.25f, 1f, 0, false),
				new Settings("compound head at full weight, other parts left out", 0f, 1f, 0, false),
				new Settings("compound parts at double weight", 2f, 0, false),
				new Settings("compound parts at 1.5 times the weight", 1.5f, 0, false),
				new Settings("candidates from the words only (nested query, all words)", 1f, 0, false));

	}

	private final SwedishQueries queries;

	private final Settings settings;

	private final Analyzer analyzer = SwedishTextAnalyzer.withoutSynonyms();

	private final Analyzer queryAnalyzer;

	public SameQuestion(List<SwedishTextAnalyzer.Synonym> synonyms) {
		this(synonyms, Settings.DEFAULT);
	}

	public SameQuestion(List<SwedishTextAnalyzer.Synonym> synonyms, Settings settings) {
		this.settings = settings;
		this.queryAnalyzer = SwedishTextAnalyzer.forQuerying(synonyms);
		this.queries = new SwedishQueries(this.queryAnalyzer, settings.typoCandidates());
	}

	/** The analyzers of the fields {@link #addFields} adds, by field name. */
	public static Map<String, Analyzer> analyzers() {
		return Map.of(TEXT, SwedishTextAnalyzer.forIndexing());
	}

	/** Adds the compared fields of a request to its document. */
	public static void addFields(Document document, String title, String description) {
		String text = text(title, description);
		// analysed once for both the searched field and the stored terms: compound
		// splitting is most of what indexing a million requests costs
		List<Token> tokens = analyseWhole(Indexing.ANALYZER, text);
		document.add(new Field(TEXT, new Tokens(tokens), TextField.TYPE_NOT_STORED));
		document.add(new StoredField(TERMS, encode(tokens)));
	}

	/**
	 * Adds the compared words as doc values to a document {@link #addFields} made: for an
	 * index that is compared against on every query, kept small (the similar-request
	 * candidates).
	 */
	public static void addTermValues(Document document) {
		String terms = document.get(TERMS);
		if (terms != null && document.getField(TERM_VALUES) == null) {
			document.add(new BinaryDocValuesField(TERM_VALUES, new BytesRef(terms)));
		}
	}

	/**
	 * Tokens already analysed, played back to the index: a compound's parts at its
	 * position.
	 */
	private static final class Tokens extends TokenStream {

		private final List<Token> tokens;

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

		private int next;

		Tokens(List<Token> tokens) {
			this.tokens = tokens;
		}

		@Override
		public boolean incrementToken() {
			if (next >= tokens.size()) {
				return false;
			}
			clearAttributes();
			Token token = tokens.get(next++);
			term.setEmpty().append(token.term());
			increment.setPositionIncrement(token.part() ? 0 : 1);
			return true;
		}

		@Override
		public void reset() throws IOException {
			super.reset();
			next = 0;
		}

	}

	/** One analyzer for all documents: it reuses its token streams per thread. */
	private static final class Indexing {

		static final Analyzer ANALYZER = SwedishTextAnalyzer.withoutSynonyms();

	}

	static String text(String title, String description) {
		return (title == null ? "" : title) + "\n" + (description == null ? "" : description);
	}

	/** A request that asks the same question, by Lucene document number. */
	public record Match(int doc, float score, double confidence) {
	}

	/**
	 * The requests among those the filter lets through that ask the same question as the
	 * text, most likely first, at or above {@link #THRESHOLD}.
	 * @param filter which requests may be candidates (e.g. visible, open or recently
	 * solved), or null for all
	 */
	public List<Match> find(IndexSearcher searcher, String text, Query filter, int max) throws IOException {
		return find(searcher, searcher.getIndexReader(), text, filter, max);
	}

	/**
	 * As {@link #find}, searching a part of an index (the requests that can be candidates
	 * at all) and weighing words by the whole index's statistics.
	 * @param statistics the whole index, whose document frequencies weigh the words
	 */
	public List<Match> find(IndexSearcher searcher, IndexReader statistics, String text, Query filter, int max)
			throws IOException {
		return score(searcher, statistics, text, filter, max).stream()
			.filter((m) -> m.confidence() >= THRESHOLD)
			.toList();
	}

	/** As {@link #find}, without the threshold: for evaluations and for ranking. */
	public List<Match> score(IndexSearcher searcher, String text, Query filter, int max) throws IOException {
		return score(searcher, searcher.getIndexReader(), text, filter, max);
	}

	private List<Match> score(IndexSearcher searcher, IndexReader reader, String text, Query filter, int max)
			throws IOException {
		Map<String, Double> idf = idf(reader);
		Query words = (this.settings.maxShare() > 0) ? candidates(reader, text, idf) : this.queries.query(TEXT, text);
		Query query = (filter == null) ? words
				: new BooleanQuery.Builder().add(words, Occur.MUST).add(filter, Occur.FILTER).build();
		int wanted = Math.max(max, CANDIDATES);
		// no count of all hits is wanted: past the first few, Lucene skips what cannot
		// make the top
		ScoreDoc[] top = searcher.search(query, new TopScoreDocCollectorManager(wanted, wanted)).scoreDocs;
		if (top.length == 0) {
			return List.of();
		}
		Map<String, Double> mine = weights(reader, analyse(this.analyzer, text), idf);
		double myNorm = norm(mine);
		List<Match> matches = new ArrayList<>();
		Map<Integer, String> terms = terms(searcher, top);
		for (ScoreDoc hit : top) {
			String encoded = terms.get(hit.doc);
			List<Token> tokens = (encoded != null) ? decode(encoded) : List.of();
			double confidence = cosine(mine, myNorm, weights(reader, tokens, idf));
			matches.add(new Match(hit.doc, hit.score, confidence));
		}
		matches.sort(Comparator.comparingDouble(Match::confidence).reversed());
		return matches.size() > max ? matches.subList(0, max) : matches;
	}

	/**
	 * The compared words of each hit: from doc values where the index has them (in
	 * document order, as doc values are read forwards), else from the stored fields.
	 */
	private static Map<Integer, String> terms(IndexSearcher searcher, ScoreDoc[] top) throws IOException {
		int[] docs = new int[top.length];
		for (int i = 0; i < top.length; i++) {
			docs[i] = top[i].doc;
		}
		java.util.Arrays.sort(docs);
		Map<Integer, String> terms = new HashMap<>();
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		LeafReaderContext leaf = null;
		BinaryDocValues values = null;
		StoredFields stored = null;
		for (int doc : docs) {
			if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
				leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
				values = leaf.reader().getBinaryDocValues(TERM_VALUES);
			}
			if (values != null && values.advanceExact(doc - leaf.docBase)) {
				terms.put(doc, values.binaryValue().utf8ToString());
			}
			else {
				stored = (stored != null) ? stored : searcher.storedFields();
				terms.put(doc, stored.document(doc, java.util.Set.of(TERMS)).get(TERMS));
			}
		}
		return terms;
	}

	/**
	 * The document frequencies' weights, kept across queries while the index has grown or
	 * shrunk by less than a hundredth: looking them up again costs more than the query
	 * (hundreds of terms per query), and a weight changes little with a few more
	 * requests.
	 */
	private Map<String, Double> idf(IndexReader reader) {
		int documents = reader.numDocs();
		Cache cache = this.cache;
		if (cache == null || Math.abs(documents - cache.documents()) > cache.documents() / 100
				|| cache.weights().size() > MAX_CACHED) {
			cache = new Cache(documents, new java.util.concurrent.ConcurrentHashMap<>());
			this.cache = cache;
		}
		return cache.weights();
	}

	private record Cache(int documents, Map<String, Double> weights) {
	}

	static final int MAX_CACHED = 200_000;

	private volatile Cache cache;

	/**
	 * The query for candidates: each analysed word and part (parts and synonyms at half
	 * weight, as in the search box) as one flat disjunction, which Lucene can search by
	 * skipping, and without the words in more than a share of all requests ("hej",
	 * "behöver", "tack"): they cannot tell requests apart and their long lists of
	 * requests are what makes a query slow. They still count in the comparison.
	 */
	private Query candidates(IndexReader reader, String text, Map<String, Double> idf) {
		List<Token> tokens = analyse(this.queryAnalyzer, text);
		Map<String, Float> boosts = new java.util.LinkedHashMap<>();
		for (Token token : tokens) {
			boosts.merge(token.term(), token.part() ? SwedishQueries.PART_WEIGHT : 1f, Math::max);
		}
		int documents = Math.max(1, reader.numDocs());
		double common = weight(documents, (int) (documents * (double) this.settings.maxShare()));
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		String rarest = null;
		double rarestWeight = -1;
		List<Map.Entry<String, Double>> telling = new ArrayList<>();
		for (var term : boosts.entrySet()) {
			double weight = idf.computeIfAbsent(term.getKey(), (t) -> weight(documents, docFreq(reader, t)));
			if (weight > rarestWeight) {
				rarest = term.getKey();
				rarestWeight = weight;
			}
			if (weight >= common) {
				telling.add(Map.entry(term.getKey(), weight * term.getValue()));
			}
		}
		// the words that tell most (as Lucene's MoreLikeThis picks them): a long text's
		// every word would make the candidate query walk most of the index, and the
		// comparison afterwards weighs all words anyway
		telling.sort(Map.Entry.<String, Double>comparingByValue().reversed());
		for (Map.Entry<String, Double> term : telling.subList(0, Math.min(MAX_CLAUSES, telling.size()))) {
			query.add(new BoostQuery(new TermQuery(new Term(TEXT, term.getKey())), boosts.get(term.getKey())),
					Occur.SHOULD);
		}
		if (telling.isEmpty() && rarest != null) {
			query.add(new TermQuery(new Term(TEXT, rarest)), Occur.SHOULD);
		}
		BooleanQuery built = query.build();
		return built.clauses().isEmpty() ? new MatchNoDocsQuery("no words") : built;
	}

	/** The most telling words of a text that find its candidates. */
	static final int MAX_CLAUSES = 16;

	private static int docFreq(IndexReader reader, String term) {
		try {
			return reader.docFreq(new Term(TEXT, term));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static double weight(int documents, int df) {
		return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
	}

	/**
	 * An analysed word: a whole word, or a part of the compound before it — its head (the
	 * last part, which says what the compound is: a "semesterlöneskuld" is a "skuld") or
	 * a modifier.
	 */
	record Token(String term, boolean part, boolean head) {

		Token(String term, boolean part) {
			this(term, part, false);
		}

	}

	static List<Token> analyse(Analyzer analyzer, String text) {
		return analyseWords(analyzer, SwedishQueries.firstWords(text == null ? "" : text, MAX_WORDS));
	}

	/**
	 * The tokens of the whole text, for the index: every word of a request is searchable.
	 */
	static List<Token> analyseWhole(Analyzer analyzer, String text) {
		return analyseWords(analyzer, text == null ? "" : text);
	}

	private static List<Token> analyseWords(Analyzer analyzer, String words) {
		List<Token> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(TEXT, words)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(new Token(term.toString(), increment.getPositionIncrement() == 0 && !tokens.isEmpty()));
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return heads(tokens);
	}

	/** Marks the part each compound ends with as its head. */
	static List<Token> heads(List<Token> tokens) {
		List<Token> marked = new ArrayList<>(tokens.size());
		String whole = "";
		for (Token token : tokens) {
			if (!token.part()) {
				whole = token.term();
				marked.add(token);
			}
			else {
				marked.add(new Token(token.term(), true, whole.endsWith(token.term())));
			}
		}
		return marked;
	}

	/** Terms separated by spaces, a part marked by a leading '+'. */
	static String encode(List<Token> tokens) {
		StringBuilder encoded = new StringBuilder();
		for (Token token : tokens) {
			if (!encoded.isEmpty()) {
				encoded.append(' ');
			}
			encoded.append(token.part() ? "+" : "").append(token.term());
		}
		return encoded.toString();
	}

	/*
	 * One pass, heads marked on the way: thirty candidates are decoded per query, and
	 * splitting and marking in steps was a tenth of its time.
	 */
	static List<Token> decode(String encoded) {
		List<Token> tokens = new ArrayList<>();
		String whole = "";
		int length = encoded.length();
		int start = 0;
		while (start <= length) {
			int end = encoded.indexOf(' ', start);
			if (end < 0) {
				end = length;
			}
			if (end > start) {
				if (encoded.charAt(start) == '+' && end - start > 1) {
					String part = encoded.substring(start + 1, end);
					tokens.add(new Token(part, true, whole.endsWith(part)));
				}
				else {
					whole = encoded.substring(start, end);
					tokens.add(new Token(whole, false));
				}
			}
			start = end + 1;
		}
		return tokens;
	}

	private Map<String, Double> weights(IndexReader reader, List<Token> tokens, Map<String, Double> idf) {
		Map<String, Double> mass = new HashMap<>();
		for (Token token : tokens) {
			double weight = !token.part() ? 1.0
					: token.head() ? this.settings.headWeight() : this.settings.partWeight();
			mass.merge(token.term(), weight, Double::sum);
		}
		Map<String, Double> weights = new HashMap<>();
		int documents = Math.max(1, reader.numDocs());
		mass.forEach((term, m) -> {
			double inverse = idf.computeIfAbsent(term, (t) -> weight(documents, docFreq(reader, t)));
			if (m > 0) {
				weights.put(term, (m >= 1 ? 1 + Math.log(m) : m) * inverse);
			}
		});
		int truncation = this.settings.truncation();
		if (truncation > 0) {
			Map<String, Double> truncatedIdf = new HashMap<>();
			Map<String, Double> truncatedMass = new HashMap<>();
			for (Token token : tokens) {
				if (!token.part() && token.term().length() > truncation) {
					String key = "~" + token.term().substring(0, truncation);
					truncatedMass.merge(key, 1.0, Double::sum);
					truncatedIdf.merge(key, idf.get(token.term()), Math::max);
				}
			}
			truncatedMass.forEach((key, m) -> weights.put(key, (1 + Math.log(m)) * truncatedIdf.get(key)));
		}
		return weights;
	}

	static double cosine(Map<String, Double> one, Map<String, Double> other) {
		return cosine(one, norm(one), other);
	}

	private static double cosine(Map<String, Double> one, double oneNorm, Map<String, Double> other) {
		double dot = 0;
		for (Map.Entry<String, Double> entry : one.entrySet()) {
			Double weight = other.get(entry.getKey());
			if (weight != null) {
				dot += entry.getValue() * weight;
			}
		}
		double norms = oneNorm * norm(other);
		return (norms == 0) ? 0 : dot / norms;
	}

	private static double norm(Map<String, Double> weights) {
		double sum = 0;
		for (double weight : weights.values()) {
			sum += weight * weight;
		}
		return Math.sqrt(sum);
	}

}
