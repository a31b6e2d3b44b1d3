package se.helhet.knowledge.internal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Predicate;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns whatever a person typed into a Lucene query over a field analysed with
 * {@link SwedishTextAnalyzer}. Any text is a valid query: the text is only ever analysed,
 * never parsed as query syntax, so {@code "(*:~} are just characters; empty text gives a
 * query that matches nothing; a long text is cut after {@value #MAX_WORDS} words.
 * <p>
 * The query is the analysed words (with their compound parts and synonyms as
 * alternatives), plus, at a lower weight so that exact words rank first:
 * <ul>
 * <li>typo tolerance: each word of at least five letters also matches words one edit
 * away, from eight letters two edits ("semestr" → "semester"), for the first
 * {@value #MAX_TYPO_WORDS} words of up to {@value #MAX_TYPO_LENGTH} letters;</li>
 * <li>the last word as a prefix, as people search while typing and abbreviate ("rehab" →
 * "rehabiliteringsplan").</li>
 * </ul>
 */
public final class SwedishQueries {

	/** Words of a query that count; the rest of a pasted text is ignored. */
	public static final int MAX_WORDS = 64;

	static final int MIN_PREFIX = 3;

	static final int MAX_TYPO_LENGTH = 30;

	/*
	 * Lucene refuses a query of more than 1,024 terms after rewriting (IndexSearcher's
	 * maxClauseCount): 64 words with their parts stay far below it, and so do at most 10
	 * typo alternatives of 10 words each.
	 */
	static final int MAX_TYPO_WORDS = 10;

	static final int TYPO_EXPANSIONS = 10;

	static final float TYPO_WEIGHT = 0.4f;

	static final float PREFIX_WEIGHT = 0.4f;

	static final float PART_WEIGHT = 0.5f;

	private final Analyzer analyzer;

	private final Analyzer wordAnalyzer;

	private final boolean typosAndPrefixes;

	/**
	 * @param analyzer the query analyzer (usually
	 * {@link SwedishTextAnalyzer#forQuerying})
	 * @param typosAndPrefixes whether to add typo-tolerant and prefix alternatives
	 */
	public SwedishQueries(Analyzer analyzer, boolean typosAndPrefixes) {
		this.analyzer = analyzer;
		this.wordAnalyzer = SwedishTextAnalyzer.withoutCompoundSplitting();
		this.typosAndPrefixes = typosAndPrefixes;
	}

	public SwedishQueries(List<SwedishTextAnalyzer.Synonym> synonyms) {
		this(SwedishTextAnalyzer.forQuerying(synonyms), true);
	}

	/** A query for the text over the field; never throws for any text. */
	public Query query(String field, String text) {
		return query(field, text, null);
	}

	/**
	 * As {@link #query(String, String)}, with typo alternatives only for the words the
	 * index does not know: a word found as written needs none, and a typo automaton costs
	 * milliseconds to build for a long word.
	 * @param known whether the index holds the term, or null to treat every word as
	 * unknown
	 */
	public Query query(String field, String text, Predicate<Term> known) {
		String words = firstWords(text == null ? "" : text, MAX_WORDS);
		if (words.isBlank()) {
			return new MatchNoDocsQuery("empty query");
		}
		QueryBuilder builder = new PartsWeighed(this.analyzer);
		Query analysed = builder.createBooleanQuery(field, words, Occur.SHOULD);
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		if (analysed != null) {
			query.add(analysed, Occur.SHOULD);
		}
		if (this.typosAndPrefixes) {
			List<String> stems = stems(field, words);
			for (String stem : new LinkedHashSet<>(stems).stream().limit(MAX_TYPO_WORDS).toList()) {
				int edits = (stem.length() >= 8) ? 2 : (stem.length() >= 5) ? 1 : 0;
				// a typo automaton for a long "word" costs seconds and no word is that
				// long
				if (edits > 0 && stem.length() <= MAX_TYPO_LENGTH
						&& (known == null || !known.test(new Term(field, stem)))) {
					query.add(new BoostQuery(new FuzzyQuery(new Term(field, stem), edits, 1, TYPO_EXPANSIONS, true),
							TYPO_WEIGHT), Occur.SHOULD);
				}
			}
			if (!stems.isEmpty() && stems.getLast().length() >= MIN_PREFIX) {
				query.add(new BoostQuery(new PrefixQuery(new Term(field, stems.getLast())), PREFIX_WEIGHT),
						Occur.SHOULD);
			}
		}
		BooleanQuery built = query.build();
		return built.clauses().isEmpty() ? new MatchNoDocsQuery("no words") : built;
	}

	/**
	 * Scores a word and its compound parts as separate terms, the parts at a lower
	 * weight: Lucene's default blends them into one term with the rarest's statistics, so
	 * a common part ("plan") would count as much as the rare whole word.
	 */
	static final class PartsWeighed extends QueryBuilder {

		PartsWeighed(Analyzer analyzer) {
			super(analyzer);
		}

		@Override
		protected Query newSynonymQuery(String field, TermAndBoost[] terms) {
			BooleanQuery.Builder alternatives = new BooleanQuery.Builder();
			for (int i = 0; i < terms.length; i++) {
				Query term = new TermQuery(new Term(field, terms[i].term()));
				alternatives.add((i == 0) ? term : new BoostQuery(term, PART_WEIGHT), Occur.SHOULD);
			}
			return alternatives.build();
		}

	}

	/** The text up to the end of its {@code max}-th word. */
	static String firstWords(String text, int max) {
		try (StandardTokenizer tokenizer = new StandardTokenizer()) {
			OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
			tokenizer.setReader(new java.io.StringReader(text));
			tokenizer.reset();
			int words = 0;
			int end = 0;
			while (words < max && tokenizer.incrementToken()) {
				words++;
				end = offset.endOffset();
			}
			tokenizer.end();
			return text.substring(0, end);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The stemmed words, without compound parts or synonyms. */
	private List<String> stems(String field, String text) {
		List<String> stems = new ArrayList<>();
		try (TokenStream stream = this.wordAnalyzer.tokenStream(field, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				if (increment.getPositionIncrement() > 0) {
					stems.add(term.toString());
				}
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return stems;
	}

}
