package se.helhet.knowledge.internal.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A thesaurus in MyThes format (LibreOffice's), such as Debian's {@code mythes-sv}
 * ({@code /usr/share/mythes/th_sv_SE_v2.dat}, from Synonymer.se, "Svenska synonymer"):
 * the first line names the encoding, then each entry is {@code word|n} followed by
 * {@code n} lines {@code (part of speech)|synonym|synonym…}. The {@code .idx} file beside
 * it only speeds up LibreOffice's look-ups; the whole {@code .dat} is read here (16,000
 * entries, about 2 MB of heap).
 * <p>
 * A word is looked up as written ("arbete"); a word that is no head word by its light
 * stem: first as a head word ("semesterlönen" → "semesterlön", "vården" → "vård"), then
 * among the head words with the same stem — the one that is the stem itself, or when none
 * is, all of them ("arbetar" → "arbeta", "arbetare"). The light stemmer cuts endings and
 * not always alike ("semesterlön" → "semesterlö"), hence both ways. Entries of several
 * words ("vänja sig") are left out, as questions are expanded word by word. The synonyms
 * are kept as written (a synonym may be several words); the caller analyses them like the
 * field it searches.
 */
public final class Thesaurus {

	/** Where Debian's {@code mythes-sv} puts the Swedish thesaurus. */
	public static final String DEBIAN_PATH = "/usr/share/mythes/th_sv_SE_v2.dat";

	public static final Thesaurus EMPTY = new Thesaurus(Map.of(), Map.of());

	private final Map<String, List<String>> byWord;

	private final Map<String, List<String>> byStem;

	private final Analyzer stems = SwedishTextAnalyzer.withoutCompoundSplitting();

	private Thesaurus(Map<String, List<String>> byWord, Map<String, List<String>> byStem) {
		this.byWord = byWord;
		this.byStem = byStem;
	}

	/** Reads a MyThes {@code .dat} file. */
	public static Thesaurus read(Path dat) throws IOException {
		try (InputStream in = Files.newInputStream(dat)) {
			return read(in);
		}
	}

	/** Reads MyThes text; the first line names its encoding. */
	public static Thesaurus read(InputStream in) throws IOException {
		byte[] bytes = in.readAllBytes();
		int newline = 0;
		while (newline < bytes.length && bytes[newline] != '\n') {
			newline++;
		}
		Charset charset;
		try {
			charset = Charset.forName(new String(bytes, 0, newline, StandardCharsets.US_ASCII).strip());
		}
		catch (IllegalArgumentException ex) {
			charset = StandardCharsets.UTF_8;
		}
		Analyzer stems = SwedishTextAnalyzer.withoutCompoundSplitting();
		Map<String, Set<String>> words = new HashMap<>();
		Map<String, Set<String>> entries = new HashMap<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new java.io.ByteArrayInputStream(bytes), charset))) {
			reader.readLine();
			String line;
			while ((line = reader.readLine()) != null) {
				int bar = line.lastIndexOf('|');
				if (line.isBlank() || bar <= 0) {
					continue;
				}
				String word = line.substring(0, bar).strip().toLowerCase(Locale.ROOT);
				int count;
				try {
					count = Integer.parseInt(line.substring(bar + 1).strip());
				}
				catch (NumberFormatException ex) {
					continue;
				}
				List<String> synonyms = new ArrayList<>();
				for (int i = 0; i < count; i++) {
					String meaning = reader.readLine();
					if (meaning == null) {
						break;
					}
					String[] fields = meaning.split("\\|");
					// the first field is the part of speech, e.g. "(subst.)" or empty
					for (int f = 1; f < fields.length; f++) {
						String synonym = fields[f].strip().toLowerCase(Locale.ROOT);
						if (!synonym.isEmpty() && !synonym.equals(word)) {
							synonyms.add(synonym);
						}
					}
				}
				List<String> stem = stems(stems, word);
				if (stem.size() == 1 && word.indexOf(' ') < 0 && !synonyms.isEmpty()) {
					words.computeIfAbsent(word, (w) -> new LinkedHashSet<>()).addAll(synonyms);
					entries.computeIfAbsent(stem.getFirst(), (s) -> new LinkedHashSet<>()).addAll(synonyms);
				}
			}
		}
		Map<String, List<String>> byWord = new HashMap<>();
		words.forEach((word, synonyms) -> byWord.put(word, List.copyOf(synonyms)));
		Map<String, List<String>> byStem = new HashMap<>();
		entries.forEach((stem, synonyms) -> byStem.put(stem, byWord.getOrDefault(stem, List.copyOf(synonyms))));
		return new Thesaurus(Map.copyOf(byWord), Map.copyOf(byStem));
	}

	/**
	 * The synonyms of a word (any case): of the head word as written, else of its stem;
	 * empty for a stop word or a word the thesaurus lacks.
	 */
	public List<String> synonyms(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		List<String> stem = stems(this.stems, lower);
		if (stem.size() != 1) {
			return List.of();
		}
		List<String> written = this.byWord.get(lower);
		if (written == null) {
			written = this.byWord.get(stem.getFirst());
		}
		return (written != null) ? written : this.byStem.getOrDefault(stem.getFirst(), List.of());
	}

	/** Head words with synonyms. */
	public int size() {
		return this.byWord.size();
	}

	public boolean isEmpty() {
		return this.byWord.isEmpty();
	}

	/** The terms of the text: lower case, stop words out, light stems. */
	static List<String> stems(Analyzer analyzer, String text) {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

}
