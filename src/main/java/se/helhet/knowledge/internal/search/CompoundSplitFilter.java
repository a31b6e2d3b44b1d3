package se.helhet.knowledge.internal.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Splits a compound into the dictionary parts that make it up, keeping the whole word.
 * <p>
 * Unlike Lucene's {@code DictionaryCompoundWordTokenFilter}, which emits every dictionary
 * word found inside a word ("semesterlöneskuld" gives also "ester" and "mest"), this
 * looks for the fewest parts that cover the whole word — "semesterlöne" + "skuld" — and
 * then splits those parts the same way ("semester" + "löne"). Words found only by
 * accident inside another word are not emitted; on SweFAQ, emitting them all costs more
 * than splitting gains. When no cover exists (the dictionary lacks a joining form, as
 * "löne" in "lönerevision"), the longest dictionary word the compound begins with and the
 * longest it ends with are used. The parts take the whole word's position and offsets, as
 * alternatives of it.
 */
final class CompoundSplitFilter extends TokenFilter {

	private final CharArraySet parts;

	private final int minWord;

	private final int minPart;

	private final int maxPart;

	private final Set<String> endings;

	private final int maxEnding;

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

	private final Deque<String> pending = new ArrayDeque<>();

	private State whole;

	private final Map<String, String[]> known;

	/**
	 * @param known the splits already worked out, by word, shared by every filter with
	 * the same dictionary and limits; or null
	 */
	CompoundSplitFilter(TokenStream input, CharArraySet parts, Set<String> endings, int minWord, int minPart,
			int maxPart, Map<String, String[]> known) {
		super(input);
		this.known = known;
		this.endings = endings;
		this.maxEnding = endings.stream().mapToInt(String::length).max().orElse(0);
		this.parts = parts;
		this.minWord = minWord;
		this.minPart = minPart;
		this.maxPart = maxPart;
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!this.pending.isEmpty()) {
			restoreState(this.whole);
			this.term.setEmpty().append(this.pending.removeFirst());
			this.increment.setPositionIncrement(0);
			return true;
		}
		if (!this.input.incrementToken()) {
			return false;
		}
		if (this.term.length() >= this.minWord) {
			String[] split = splitOf(this.term.toString());
			if (split.length > 0) {
				this.pending.addAll(Arrays.asList(split));
				this.whole = captureState();
			}
		}
		return true;
	}

	/** Most splits of a text are of words split before. */
	static final int MAX_KNOWN = 200_000;

	private static final String[] NONE = new String[0];

	/*
	 * Splitting costs a dictionary lookup for every letter pair of a word, and was most
	 * of what indexing a million requests cost; words recur (a few thousand make up most
	 * of any text), so each is split once.
	 */
	private String[] splitOf(String word) {
		String[] split = (this.known != null) ? this.known.get(word) : null;
		if (split == null) {
			Set<String> parts = new LinkedHashSet<>();
			split(word, parts);
			split = parts.isEmpty() ? NONE : parts.toArray(NONE);
			if (this.known != null) {
				if (this.known.size() >= MAX_KNOWN) {
					// rare words past the limit: start over rather than grow without end
					this.known.clear();
				}
				this.known.put(word, split);
			}
		}
		return split;
	}

	/** The parts of the word, recursively; nothing if it is not a compound. */
	void split(String word, Set<String> into) {
		List<String> cover = cover(word);
		if (cover.isEmpty()) {
			cover = ends(word);
		}
		for (String part : cover) {
			if (!part.equals(word) && into.add(part) && part.length() >= this.minWord) {
				List<String> inner = cover(part);
				into.addAll(inner);
			}
		}
	}

	/**
	 * The fewest dictionary parts (at least two) that spell the word, or none; the last
	 * part may carry an inflection ending of the dictionary ("kommun" + "styrelse" + n),
	 * which is left off the part.
	 */
	List<String> cover(String word) {
		int n = word.length();
		char[] chars = word.toCharArray();
		int[] fewest = new int[n + 1];
		int[] from = new int[n + 1];
		java.util.Arrays.fill(fewest, Integer.MAX_VALUE);
		fewest[0] = 0;
		for (int end = this.minPart; end <= n; end++) {
			for (int start = Math.max(0, end - this.maxPart); start <= end - this.minPart; start++) {
				// a first part must leave room for another: the word itself is no cover
				// of it
				if (fewest[start] == Integer.MAX_VALUE || (start == 0 && end > n - this.minPart)) {
					continue;
				}
				// strict: on ties the longer first part wins ("semesterlöne" + "skuld")
				if (fewest[start] + 1 < fewest[end] && this.parts.contains(chars, start, end - start)) {
					fewest[end] = fewest[start] + 1;
					from[end] = start;
				}
			}
		}
		for (int ending = 0; ending <= this.maxEnding && n - ending >= 2 * this.minPart; ending++) {
			int covered = n - ending;
			if (fewest[covered] == Integer.MAX_VALUE || fewest[covered] < 2
					|| (ending > 0 && !this.endings.contains(word.substring(covered)))) {
				continue;
			}
			List<String> cover = new ArrayList<>();
			for (int end = covered; end > 0; end = from[end]) {
				cover.addFirst(word.substring(from[end], end));
			}
			return cover;
		}
		return List.of();
	}

	/**
	 * The longest dictionary words the word begins and ends with (not the word itself).
	 */
	List<String> ends(String word) {
		List<String> ends = new ArrayList<>(2);
		char[] chars = word.toCharArray();
		int n = chars.length;
		for (int length = Math.min(this.maxPart, n - 1); length >= this.minPart; length--) {
			if (this.parts.contains(chars, 0, length)) {
				ends.add(word.substring(0, length));
				break;
			}
		}
		for (int length = Math.min(this.maxPart, n - 1); length >= this.minPart; length--) {
			if (this.parts.contains(chars, n - length, length)) {
				ends.add(word.substring(n - length));
				break;
			}
		}
		return ends;
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		this.pending.clear();
		this.whole = null;
	}

}
