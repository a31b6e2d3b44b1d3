package se.helhet.knowledge.internal.search;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.lucene.analysis.Analyzer;
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

	static final float TITLE_WEIGHT = 0.5f;

	private final SwedishQueries queries;

	private final QueryBuilder plainQueries;

	public AnswerRanking(List<SwedishTextAnalyzer.Synonym> synonyms) {
		this.queries = new SwedishQueries(synonyms);
		this.plainQueries = new QueryBuilder(new SwedishAnalyzer());
	}

	/** The analyzers of the fields {@link #addFields} adds, by field name. */
	public static Map<String, Analyzer> analyzers() {
		Analyzer ours = SwedishTextAnalyzer.forIndexing();
		return Map.of(TITLE, ours, TEXT, ours, PLAIN, new SwedishAnalyzer());
	}

	/**
	 * Adds the ranked fields of an answer (article, document, service) to its document.
	 */
	public static void addFields(Document document, String title, String body) {
		String text = (title == null ? "" : title) + "\n" + (body == null ? "" : body);
		document.add(new TextField(TITLE, title == null ? "" : title, Field.Store.NO));
		document.add(new TextField(TEXT, text, Field.Store.NO));
		document.add(new TextField(PLAIN, text, Field.Store.NO));
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
		return query.build();
	}

}
