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
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

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

	/** Title and description as written, to compare candidates with. */
	public static final String STORED = "sq_stored";

	/** Candidates compared per query. */
	static final int CANDIDATES = 30;

	/** The confidence from which two texts count as the same question. */
	public static final double THRESHOLD = 0.35;

	private final SwedishQueries queries;

	private final Analyzer analyzer = SwedishTextAnalyzer.withoutSynonyms();

	public SameQuestion(List<SwedishTextAnalyzer.Synonym> synonyms) {
		this.queries = new SwedishQueries(synonyms);
	}

	/** The analyzers of the fields {@link #addFields} adds, by field name. */
	public static Map<String, Analyzer> analyzers() {
		return Map.of(TEXT, SwedishTextAnalyzer.forIndexing());
	}

	/** Adds the compared fields of a request to its document. */
	public static void addFields(Document document, String title, String description) {
		String text = text(title, description);
		document.add(new TextField(TEXT, text, Field.Store.NO));
		document.add(new StoredField(STORED, text));
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
		return score(searcher, text, filter, max).stream().filter((m) -> m.confidence() >= THRESHOLD).toList();
	}

	/** As {@link #find}, without the threshold: for evaluations and for ranking. */
	public List<Match> score(IndexSearcher searcher, String text, Query filter, int max) throws IOException {
		Query words = this.queries.query(TEXT, text);
		Query query = (filter == null) ? words
				: new BooleanQuery.Builder().add(words, Occur.MUST).add(filter, Occur.FILTER).build();
		ScoreDoc[] top = searcher.search(query, Math.max(max, CANDIDATES)).scoreDocs;
		if (top.length == 0) {
			return List.of();
		}
		IndexReader reader = searcher.getIndexReader();
		Map<String, Double> idf = new HashMap<>();
		Map<String, Double> mine = weights(reader, terms(text), idf);
		List<Match> matches = new ArrayList<>();
		for (ScoreDoc hit : top) {
			String stored = searcher.storedFields().document(hit.doc).get(STORED);
			double confidence = (stored == null) ? 0 : cosine(mine, weights(reader, terms(stored), idf));
			matches.add(new Match(hit.doc, hit.score, confidence));
		}
		matches.sort(Comparator.comparingDouble(Match::confidence).reversed());
		return matches.size() > max ? matches.subList(0, max) : matches;
	}

	private Map<String, Integer> terms(String text) {
		Map<String, Integer> counts = new HashMap<>();
		String words = SwedishQueries.firstWords(text == null ? "" : text, 400);
		try (TokenStream stream = this.analyzer.tokenStream(TEXT, words)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				counts.merge(term.toString(), 1, Integer::sum);
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return counts;
	}

	private static Map<String, Double> weights(IndexReader reader, Map<String, Integer> counts,
			Map<String, Double> idf) {
		Map<String, Double> weights = new HashMap<>();
		int documents = Math.max(1, reader.numDocs());
		counts.forEach((term, count) -> {
			double inverse = idf.computeIfAbsent(term, (t) -> {
				try {
					int df = reader.docFreq(new Term(TEXT, t));
					return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
			weights.put(term, (1 + Math.log(count)) * inverse);
		});
		return weights;
	}

	static double cosine(Map<String, Double> one, Map<String, Double> other) {
		double dot = 0;
		for (Map.Entry<String, Double> entry : one.entrySet()) {
			Double weight = other.get(entry.getKey());
			if (weight != null) {
				dot += entry.getValue() * weight;
			}
		}
		double norms = norm(one) * norm(other);
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
