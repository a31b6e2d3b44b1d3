package se.helhet.knowledge.internal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.sv.SwedishLightStemFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * Swedish analysis for the knowledge index: standard tokenizer → lower case → (query side
 * only: synonyms) → compound splitting with the parts of {@link SwedishDictionary}, the
 * whole word kept → Swedish stop words → light Swedish stemming.
 * <p>
 * Compounds are split on both sides. On the index side so that a short word finds the
 * long compounds Swedish builds from it ("semester" finds "semesterlöneskuld", "lön"
 * finds "lönerevision"); on the query side so that a compound in the question finds a
 * text that spells its parts out ("semesterlöneskulden" finds "skuld för semesterlön").
 * The parts sit at the position of the whole word, so phrases and the query builder treat
 * them as alternatives of that word, not as extra words. Only the longest part starting
 * at each letter is kept and parts are at least three letters: shorter ones ("är", "ny")
 * would join unrelated words.
 * <p>
 * The light stemmer (not hunspell stemming) is used because it stems any word, including
 * the many compounds a dictionary does not list, and it only cuts endings — so a stem is
 * always a prefix of the word, which keeps prefix queries on stems sound. Synonyms are
 * applied at query time only: an edited synonym list then needs no re-indexing.
 */
public final class SwedishTextAnalyzer extends Analyzer {

	static final int MIN_WORD_TO_SPLIT = 6;

	static final int MIN_PART = SwedishDictionary.MIN_PART_LENGTH;

	static final int MAX_PART = 20;

	private final CharArraySet parts;

	/**
	 * The dictionary's splits of the words seen so far, shared by every analyzer: the
	 * dictionary and the limits are the same for all.
	 */
	private static final Map<String, String[]> SPLITS = new ConcurrentHashMap<>();

	private final SynonymMap synonyms;

	private final boolean splitCompounds;

	private SwedishTextAnalyzer(CharArraySet parts, SynonymMap synonyms, boolean splitCompounds) {
		this.parts = parts;
		this.synonyms = synonyms;
		this.splitCompounds = splitCompounds;
	}

	/** For indexing, and for querying without synonyms. */
	public static SwedishTextAnalyzer forIndexing() {
		return new SwedishTextAnalyzer(SwedishDictionary.get().compoundParts(), null, true);
	}

	/** For querying, with two-way synonyms such as "VAB" ↔ "vård av barn". */
	public static SwedishTextAnalyzer forQuerying(List<Synonym> synonyms) {
		return new SwedishTextAnalyzer(SwedishDictionary.get().compoundParts(), synonymMap(synonyms), true);
	}

	/** As for indexing; named for where that is the point. */
	static SwedishTextAnalyzer withoutSynonyms() {
		return forIndexing();
	}

	/** Without compound splitting: for comparison in the SweFAQ evaluation. */
	static SwedishTextAnalyzer withoutCompoundSplitting() {
		return new SwedishTextAnalyzer(CharArraySet.EMPTY_SET, null, false);
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		StandardTokenizer source = new StandardTokenizer();
		TokenStream stream = new LowerCaseFilter(source);
		if (this.synonyms != null) {
			stream = new SynonymGraphFilter(stream, this.synonyms, true);
		}
		if (this.splitCompounds) {
			stream = new CompoundSplitFilter(stream, this.parts, SwedishDictionary.get().endings(), MIN_WORD_TO_SPLIT,
					MIN_PART, MAX_PART, (this.parts == SwedishDictionary.get().compoundParts()) ? SPLITS : null);
		}
		stream = new StopFilter(stream, SwedishAnalyzer.getDefaultStopSet());
		stream = new SwedishLightStemFilter(stream);
		return new TokenStreamComponents(source, stream);
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return new LowerCaseFilter(in);
	}

	/**
	 * Two ways of saying the same thing, e.g. "VAB" and "vård av barn"; each finds the
	 * other.
	 */
	public record Synonym(String one, String other) {

		public Synonym {
			if (one.isBlank() || other.isBlank()) {
				throw new IllegalArgumentException("a synonym needs two non-blank sides");
			}
		}

	}

	static SynonymMap synonymMap(List<Synonym> synonyms) {
		if (synonyms.isEmpty()) {
			return null;
		}
		try {
			SynonymMap.Builder builder = new SynonymMap.Builder(true);
			for (Synonym synonym : synonyms) {
				CharsRef one = words(synonym.one());
				CharsRef other = words(synonym.other());
				if (one.length == 0 || other.length == 0) {
					continue;
				}
				builder.add(one, other, true);
				builder.add(other, one, true);
			}
			return builder.build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The words as the synonym filter sees them: lower case, after tokenizing. */
	private static CharsRef words(String text) {
		String[] words = text.toLowerCase(Locale.ROOT).strip().split("[^\\p{L}\\p{N}]+");
		CharsRefBuilder joined = new CharsRefBuilder();
		for (String word : words) {
			if (!word.isEmpty()) {
				if (joined.length() > 0) {
					joined.append(SynonymMap.WORD_SEPARATOR);
				}
				joined.append(word);
			}
		}
		return joined.get();
	}

}
