package se.helhet.knowledge.internal.search;

import java.util.List;
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
			boolean pairs) {

		public Settings(String name, boolean questionWords, float k1, float b, float mu) {
			this(name, questionWords, k1, b, mu, false, false);
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
						0.75f, 0));

	}

	private final SwedishQueries queries;

	private final QueryBuilder plainQueries;

	private final Settings settings;

	public AnswerRanking(List<SwedishTextAnalyzer.Synonym> synonyms) {
		this(synonyms, Settings.DEFAULT);
	}

	public AnswerRanking(List<SwedishTextAnalyzer.Synonym> synonyms, Settings settings) {
		this.queries = new SwedishQueries(synonyms);
		this.plainQueries = new QueryBuilder(new SwedishAnalyzer());
		this.settings = settings;
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
				PAIRS_ANALYZER);
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
	}

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
		return query.build();
	}

}
