package se.helhet.knowledge.internal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishLightStemFilter;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.LMDirichletSimilarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.QueryBuilder;

/**
 * How articles, governing documents and services are ranked for a question someone typed:
 * the suggestions while a requester writes, and the search box. The SweFAQ evaluation
 * (bench/swefaq.sh) ranks with this class too, so its figure is the app's.
 * <p>
 * A text is indexed twice: with {@link SwedishTextAnalyzer} (compounds split, light
 * stemming) and with Lucene's SwedishAnalyzer (whole words, Snowball stemming), so that a
 * whole-word match counts more than a match on a compound part.
 */
public final class AnswerRanking {

	/** The title, analysed with compounds split. */
	public static final String TITLE = "ar_title";

	/** Title and body, analysed with compounds split. */
	public static final String TEXT = "ar_text";

	/** Title and body as whole words. */
	public static final String PLAIN = "ar_plain";

	/** Title and body as the dictionary's base forms (hunspell). */
	public static final String LEMMAS = "ar_lemmas";

	/** Title and body as pairs of neighbouring stemmed words. */
	public static final String PAIRS = "ar_pairs";

	/**
	 * The thesaurus synonyms of the words of title and body, analysed with compounds
	 * split: the question's words find an answer that says the same in other words.
	 */
	public static final String SYNONYMS = "ar_synonyms";

	/**
	 * The lead: the body's first sentence, analysed with compounds split. An FAQ answer
	 * (and many an article) opens by restating what it answers.
	 */
	public static final String LEAD = "ar_lead";

	/**
	 * The lead's weight: the title's, as the lead plays the part of a title an answer
	 * lacks.
	 */
	static final float LEAD_WEIGHT = 0.5f;

	static final float TITLE_WEIGHT = 0.5f;

	/**
	 * Words that say that something is asked, not what: modal and auxiliary verbs and
	 * mail phrases a question is wrapped in ("Får man …", "Måste jag …", "Hej, gäller det
	 * …"). Lucene's Swedish stop words already hold the question words (hur, vad, när,
	 * vem, kan, jag, man); an answer does not repeat the way it was asked, so these only
	 * add noise to the ranking.
	 */
	static final Pattern QUESTION_WORDS = Pattern.compile(
			"\\b(?:får|fick|måste|ska|skall|behöver|bör|gäller|finns|fanns|gör|göra|vill|undrar|hej|tack|snälla)\\b",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

	/** How answers are ranked; {@link #DEFAULT} is the app's. */
	public record Settings(String name, boolean questionWords, float k1, float b, float mu, boolean lemmas,
			boolean pairs, float thesaurus, boolean lead, float answerThesaurus) {

		public Settings(String name, boolean questionWords, float k1, float b, float mu) {
			this(name, questionWords, k1, b, mu, false, false);
		}

		public Settings(String name, boolean questionWords, float k1, float b, float mu, boolean lemmas,
				boolean pairs) {
			this(name, questionWords, k1, b, mu, lemmas, pairs, 0, false, 0);
		}

		/**
		 * BM25 with defaults, the thesaurus at the given weight (0: none), the lead or
		 * not.
		 */
		static Settings expanded(String name, float thesaurus, boolean lead) {
			return new Settings(name, false, 1.2f, 0.75f, 0, false, false, thesaurus, lead, 0);
		}

		public static final Settings FIRST = new Settings("first version", false, 1.2f, 0.75f, 0);

		public static final Settings DEFAULT = FIRST;

		/** Every way tried, in order: the SweFAQ bench reports them all. */
		public static final List<Settings> TRIED = List.of(FIRST,
				new Settings("question words left out of the query", true, 1.2f, 0.75f, 0),
				new Settings("BM25 b = 0.3: a long answer covers more, it is not wordier", false, 1.2f, 0.3f, 0),
				new Settings("question words out, b = 0.3", true, 1.2f, 0.3f, 0),
				new Settings("language model, Dirichlet smoothing (μ = 2000)", false, 0, 0, 2000),
				new Settings("question words out, language model (μ = 2000)", true, 0, 0, 2000),
				new Settings("plus a field of hunspell lemmas (dictionary base forms)", false, 1.2f, 0.75f, 0, true,
						false),
				new Settings("plus a field of word pairs (stemmed bigrams)", false, 1.2f, 0.75f, 0, false, true),
				new Settings("plus lemmas and word pairs", false, 1.2f, 0.75f, 0, true, true),
				new Settings("BM25 k1 = 0.5: each question word present counts more than its repetitions", false, 0.5f,
						0.75f, 0),
				expanded("thesaurus synonyms of each question word at 0.3 (below typos and prefixes at 0.4)", 0.3f,
						false),
				expanded("thesaurus synonyms of each question word at 0.5 (as a compound part)", 0.5f, false),
				expanded("plus a lead field: the answer's first sentence at the title's weight 0.5", 0, true),
				new Settings(
						"answer side: a field of the thesaurus synonyms of the answer's words, at 0.3 (as on the question side)",
						false, 1.2f, 0.75f, 0, false, false, 0, false, 0.3f));

	}

	private final SwedishQueries queries;

	private final QueryBuilder plainQueries;

	private final Settings settings;

	private final Thesaurus thesaurus;

	private final Analyzer stems = SwedishTextAnalyzer.withoutCompoundSplitting();

	private final QueryBuilder partsWeighed = new SwedishQueries.PartsWeighed(SwedishTextAnalyzer.forIndexing());

	public AnswerRanking(List<SwedishTextAnalyzer.Synonym> synonyms) {
		this(synonyms, Settings.DEFAULT);
	}

	public AnswerRanking(List<SwedishTextAnalyzer.Synonym> synonyms, Settings settings) {
		this(synonyms, settings, Thesaurus.EMPTY);
	}

	/**
	 * @param thesaurus the synonyms a setting with a thesaurus weight expands question
	 * words by ({@link Thesaurus#EMPTY}: none)
	 */
	public AnswerRanking(List<SwedishTextAnalyzer.Synonym> synonyms, Settings settings, Thesaurus thesaurus) {
		this.queries = new SwedishQueries(synonyms);
		this.plainQueries = new QueryBuilder(new SwedishAnalyzer());
		this.settings = settings;
		this.thesaurus = thesaurus;
	}

	/**
	 * The similarity the fields of {@link #addFields} are to be searched with (an index
	 * with other fields wraps it in a {@code PerFieldSimilarityWrapper}).
	 */
	public Similarity similarity() {
		return (this.settings.mu() > 0) ? new LMDirichletSimilarity(this.settings.mu())
				: new BM25Similarity(this.settings.k1(), this.settings.b());
	}

	/** The analyzers of the fields {@link #addFields} adds, by field name. */
	public static Map<String, Analyzer> analyzers() {
		Analyzer ours = SwedishTextAnalyzer.forIndexing();
		return Map.of(TITLE, ours, TEXT, ours, PLAIN, new SwedishAnalyzer(), LEMMAS, LemmaAnalyzer.INSTANCE, PAIRS,
				PAIRS_ANALYZER, LEAD, ours, SYNONYMS, ours);
	}

	/**
	 * Adds the ranked fields of an answer (article, document, service) to its document.
	 */
	public static void addFields(Document document, String title, String body) {
		addFields(document, title, body, Settings.DEFAULT);
	}

	/**
	 * As {@link #addFields(Document, String, String)}, with the fields the settings rank
	 * by: the lemma and word-pair fields only where they are used (the hunspell
	 * dictionary takes seconds to load).
	 */
	public static void addFields(Document document, String title, String body, Settings settings) {
		addFields(document, title, body, settings, Thesaurus.EMPTY);
	}

	/**
	 * As {@link #addFields(Document, String, String, Settings)}, with the thesaurus a
	 * setting with an answer-side thesaurus weight takes the synonyms of the answer's
	 * words from.
	 */
	public static void addFields(Document document, String title, String body, Settings settings, Thesaurus thesaurus) {
		String text = (title == null ? "" : title) + "\n" + (body == null ? "" : body);
		document.add(new TextField(TITLE, title == null ? "" : title, Field.Store.NO));
		document.add(new TextField(TEXT, text, Field.Store.NO));
		document.add(new TextField(PLAIN, text, Field.Store.NO));
		if (settings.lemmas()) {
			document.add(new TextField(LEMMAS, text, Field.Store.NO));
		}
		if (settings.pairs()) {
			document.add(new TextField(PAIRS, text, Field.Store.NO));
		}
		if (settings.lead()) {
			document.add(new TextField(LEAD, lead(body), Field.Store.NO));
		}
		if (settings.answerThesaurus() > 0) {
			document.add(new TextField(SYNONYMS, synonymsOfWords(text, thesaurus), Field.Store.NO));
		}
	}

	/**
	 * The thesaurus synonyms of each word of the text, in the text's order, each time the
	 * word occurs; none for stop words.
	 */
	static String synonymsOfWords(String text, Thesaurus thesaurus) {
		if (thesaurus.isEmpty()) {
			return "";
		}
		StringBuilder synonyms = new StringBuilder();
		for (String word : Thesaurus.stems(WORDS, text)) {
			for (String synonym : thesaurus.synonyms(word)) {
				synonyms.append(synonym).append(". ");
			}
		}
		return synonyms.toString();
	}

	/** The first sentence of the text (Java's sentence boundaries for Swedish). */
	static String lead(String body) {
		if (body == null || body.isBlank()) {
			return "";
		}
		String text = body.strip();
		java.text.BreakIterator sentences = java.text.BreakIterator.getSentenceInstance(Locale.forLanguageTag("sv"));
		sentences.setText(text);
		int end = sentences.next();
		return (end == java.text.BreakIterator.DONE) ? text : text.substring(0, end);
	}

	/** The words as written: lower case, nothing else. */
	static final Analyzer WORDS = new Analyzer() {
		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			StandardTokenizer source = new StandardTokenizer();
			return new TokenStreamComponents(source, new LowerCaseFilter(source));
		}
	};

	static final Analyzer PAIRS_ANALYZER = new Analyzer() {
		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			StandardTokenizer source = new StandardTokenizer();
			TokenStream stream = new LowerCaseFilter(source);
			stream = new StopFilter(stream, SwedishAnalyzer.getDefaultStopSet());
			stream = new SwedishLightStemFilter(stream);
			ShingleFilter pairs = new ShingleFilter(stream, 2, 2);
			pairs.setOutputUnigrams(false);
			pairs.setFillerToken("");
			return new TokenStreamComponents(source, pairs);
		}
	};

	/**
	 * Hunspell base forms of the dictionary of LanguageTool's language-sv; loaded once.
	 */
	static final class LemmaAnalyzer extends Analyzer {

		static final LemmaAnalyzer INSTANCE = new LemmaAnalyzer();

		private volatile org.apache.lucene.analysis.hunspell.Dictionary dictionary;

		private org.apache.lucene.analysis.hunspell.Dictionary dictionary() {
			if (this.dictionary == null) {
				synchronized (this) {
					if (this.dictionary == null) {
						try (var aff = AnswerRanking.class
							.getResourceAsStream(SwedishDictionary.RESOURCES + "sv_SE.aff");
								var dic = AnswerRanking.class
									.getResourceAsStream(SwedishDictionary.RESOURCES + "sv_SE.dic");
								var temp = new org.apache.lucene.store.ByteBuffersDirectory()) {
							this.dictionary = new org.apache.lucene.analysis.hunspell.Dictionary(temp, "hunspell", aff,
									dic);
						}
						catch (java.io.IOException | java.text.ParseException ex) {
							throw new IllegalStateException("the Swedish hunspell dictionary could not be read", ex);
						}
					}
				}
			}
			return this.dictionary;
		}

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			StandardTokenizer source = new StandardTokenizer();
			TokenStream stream = new LowerCaseFilter(source);
			stream = new StopFilter(stream, SwedishAnalyzer.getDefaultStopSet());
			stream = new org.apache.lucene.analysis.hunspell.HunspellStemFilter(stream, dictionary(), true, true);
			return new TokenStreamComponents(source, stream);
		}

	}

	/** The query for a question; never throws, whatever the text. */
	public Query query(String question) {
		return query(question, null);
	}

	/**
	 * As {@link #query(String)}, with typo alternatives only for words the index does not
	 * know.
	 */
	public Query query(String question, Predicate<Term> known) {
		String words = SwedishQueries.firstWords(question == null ? "" : question, SwedishQueries.MAX_WORDS);
		if (this.settings.questionWords()) {
			words = QUESTION_WORDS.matcher(words).replaceAll(" ");
		}
		if (words.isBlank()) {
			return new MatchNoDocsQuery("empty question");
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		query.add(this.queries.query(TEXT, words, known), Occur.SHOULD);
		query.add(new BoostQuery(this.queries.query(TITLE, words, known), TITLE_WEIGHT), Occur.SHOULD);
		Query plain = this.plainQueries.createBooleanQuery(PLAIN, words);
		if (plain != null) {
			query.add(plain, Occur.SHOULD);
		}
		if (this.settings.lemmas()) {
			Query lemmas = new QueryBuilder(LemmaAnalyzer.INSTANCE).createBooleanQuery(LEMMAS, words);
			if (lemmas != null) {
				query.add(lemmas, Occur.SHOULD);
			}
		}
		if (this.settings.pairs()) {
			Query pairs = new QueryBuilder(PAIRS_ANALYZER).createBooleanQuery(PAIRS, words);
			if (pairs != null) {
				query.add(pairs, Occur.SHOULD);
			}
		}
		if (this.settings.lead()) {
			query.add(new BoostQuery(this.queries.query(LEAD, words, known), LEAD_WEIGHT), Occur.SHOULD);
		}
		if (this.settings.thesaurus() > 0 && !this.thesaurus.isEmpty()) {
			expand(query, words);
		}
		if (this.settings.answerThesaurus() > 0) {
			Query synonyms = this.partsWeighed.createBooleanQuery(SYNONYMS,
					QUESTION_WORDS.matcher(words).replaceAll(" "));
			if (synonyms != null) {
				query.add(new BoostQuery(synonyms, this.settings.answerThesaurus()), Occur.SHOULD);
			}
		}
		return query.build();
	}

	/**
	 * Adds each question word's thesaurus synonyms, at the settings' thesaurus weight, to
	 * the fields the word itself is searched in, each synonym analysed like its field (so
	 * inflections and compounds match as for the word). Per word and field only the best
	 * synonym counts (a disjunction-max): a word with many synonyms does not outweigh one
	 * with few. Stop words and the question words of {@link #QUESTION_WORDS} are not
	 * expanded: they say that something is asked, not what.
	 */
	private void expand(BooleanQuery.Builder query, String words) {
		String what = QUESTION_WORDS.matcher(words).replaceAll(" ");
		float weight = this.settings.thesaurus();
		int terms = 0;
		java.util.Set<String> seen = new java.util.HashSet<>();
		for (String written : Thesaurus.stems(WORDS, what)) {
			List<String> stem = Thesaurus.stems(this.stems, written);
			List<String> synonyms = this.thesaurus.synonyms(written);
			if (synonyms.isEmpty() || !seen.add(stem.getFirst())) {
				continue;
			}
			List<Query> text = new ArrayList<>();
			List<Query> title = new ArrayList<>();
			List<Query> plain = new ArrayList<>();
			for (String synonym : synonyms) {
				List<String> own = Thesaurus.stems(this.stems, synonym);
				if (own.isEmpty() || own.equals(stem)) {
					continue; // a stop word, or the word itself in another form
				}
				addIfAny(text, this.partsWeighed.createBooleanQuery(TEXT, synonym, Occur.MUST));
				addIfAny(title, this.partsWeighed.createBooleanQuery(TITLE, synonym, Occur.MUST));
				addIfAny(plain, this.plainQueries.createBooleanQuery(PLAIN, synonym, Occur.MUST));
			}
			if (text.isEmpty()) {
				continue;
			}
			List<Query> word = new ArrayList<>();
			word.add(new BoostQuery(new DisjunctionMaxQuery(text, 0), weight));
			if (!title.isEmpty()) {
				word.add(new BoostQuery(new DisjunctionMaxQuery(title, 0), weight * TITLE_WEIGHT));
			}
			if (!plain.isEmpty()) {
				word.add(new BoostQuery(new DisjunctionMaxQuery(plain, 0), weight));
			}
			int more = word.stream().mapToInt(AnswerRanking::terms).sum();
			if (terms + more > MAX_EXPANSION_TERMS) {
				break;
			}
			terms += more;
			word.forEach((clause) -> query.add(clause, Occur.SHOULD));
		}
	}

	/**
	 * At most this many terms of synonyms in one query: Lucene refuses a query of more
	 * than 1,024 terms, and the question's own words (up to 64, with compound parts, in
	 * three fields) need the rest. A question's few words with their synonyms stay far
	 * below it.
	 */
	static final int MAX_EXPANSION_TERMS = 400;

	private static int terms(Query query) {
		int[] count = { 0 };
		query.visit(new org.apache.lucene.search.QueryVisitor() {
			@Override
			public void consumeTerms(Query leaf, Term... terms) {
				count[0] += terms.length;
			}

			@Override
			public org.apache.lucene.search.QueryVisitor getSubVisitor(Occur occur, Query parent) {
				return this;
			}
		});
		return count[0];
	}

	private static void addIfAny(List<Query> queries, Query query) {
		if (query != null) {
			queries.add(query);
		}
	}

}
