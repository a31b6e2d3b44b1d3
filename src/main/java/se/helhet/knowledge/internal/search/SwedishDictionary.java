package se.helhet.knowledge.internal.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.CharArraySet;

/**
 * The Swedish hunspell dictionary (Göran Andersson's "Den stora svenska ordlistan",
 * LGPL-3.0) as shipped in the resources of LanguageTool's
 * {@code org.languagetool:language-sv}, and the compound parts derived from it.
 * <p>
 * The parts are what the dictionary itself allows inside a compound: every stem flagged
 * COMPOUNDBEGIN, COMPOUNDMIDDLE, COMPOUNDEND or ONLYINCOMPOUND, plus the joining forms
 * its compound-forming suffix rules produce from them ("rehabilitering" + s →
 * "rehabiliterings", "ränta" → "ränte"). Parts shorter than three letters are left out:
 * they split far more words wrongly than rightly. No word is added by hand.
 * <p>
 * Built once per JVM and shared (immutable): some 95,000 parts, about 10 MB of heap; 2–6
 * s measured on two cores busy with other builds (load about 10). Lucene's own hunspell
 * {@code Dictionary} reads the same files (1.2–8 s there) but does not list its entries
 * with their flags, so the parts are read from the files directly.
 */
public final class SwedishDictionary {

	static final String RESOURCES = "/org/languagetool/resource/sv/hunspell/";

	static final int MIN_PART_LENGTH = 3;

	static final int MAX_ENDING = 4;

	private final CharArraySet compoundParts;

	private final Set<String> endings;

	private final Map<String, Integer> counts;

	private SwedishDictionary(CharArraySet compoundParts, Set<String> endings, Map<String, Integer> counts) {
		this.compoundParts = compoundParts;
		this.endings = endings;
		this.counts = counts;
	}

	/** The shared instance, derived on first use. */
	public static SwedishDictionary get() {
		return Parts.INSTANCE;
	}

	/** Lower-case compound parts, at least three letters long; unmodifiable. */
	public CharArraySet compoundParts() {
		return this.compoundParts;
	}

	/**
	 * The inflection endings the dictionary's suffix rules add (up to
	 * {@value #MAX_ENDING} letters, e.g. "en", "erna"): a compound's last part may carry
	 * one.
	 */
	public Set<String> endings() {
		return this.endings;
	}

	/** What the derivation found: stems read, stems usable in compounds, parts. */
	public Map<String, Integer> counts() {
		return this.counts;
	}

	private static final class Parts {

		static final SwedishDictionary INSTANCE = derive();

	}

	static SwedishDictionary derive() {
		try {
			Affixes affixes = Affixes.read(lines("sv_SE.aff"));
			Set<String> parts = new HashSet<>(200_000);
			int stems = 0;
			int compoundStems = 0;
			List<String> dic = lines("sv_SE.dic");
			for (int i = 1; i < dic.size(); i++) { // the first line is the entry count
				String line = dic.get(i);
				int slash = line.indexOf('/');
				String word = (slash < 0) ? line.strip() : line.substring(0, slash);
				String flags = (slash < 0) ? "" : line.substring(slash + 1).strip();
				stems++;
				if (!isPlainLowerCaseWord(word) || flags.indexOf(affixes.forbidden) >= 0) {
					continue;
				}
				if (affixes.isCompoundPart(flags)) {
					compoundStems++;
					add(parts, word);
				}
				for (char flag : flags.toCharArray()) {
					for (Affixes.Rule rule : affixes.joining.getOrDefault(flag, List.of())) {
						String form = rule.apply(word);
						if (form != null) {
							add(parts, form);
						}
					}
				}
			}
			CharArraySet set = new CharArraySet(parts, false);
			return new SwedishDictionary(CharArraySet.unmodifiableSet(set), affixes.endings(), Map.of("endings",
					affixes.endings().size(), "stems", stems, "compoundStems", compoundStems, "parts", set.size()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void add(Set<String> parts, String form) {
		if (form.length() >= MIN_PART_LENGTH && isPlainLowerCaseWord(form)) {
			parts.add(form);
		}
	}

	private static boolean isPlainLowerCaseWord(String word) {
		if (word.isEmpty()) {
			return false;
		}
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			if (!Character.isLetter(c) || !Character.isLowerCase(c)) {
				return false;
			}
		}
		return true;
	}

	private static InputStream open(String name) throws IOException {
		InputStream in = SwedishDictionary.class.getResourceAsStream(RESOURCES + name);
		if (in == null) {
			throw new IOException(RESOURCES + name + " is not on the classpath (org.languagetool:language-sv)");
		}
		return in;
	}

	private static List<String> lines(String name) throws IOException {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(name), StandardCharsets.UTF_8))) {
			return reader.lines().toList();
		}
	}

	/** The part of the .aff file that says how compounds are formed. */
	private record Affixes(String compoundFlags, char forbidden, Map<Character, List<Rule>> joining,
			Set<String> endings) {

		boolean isCompoundPart(String flags) {
			for (int i = 0; i < flags.length(); i++) {
				if (this.compoundFlags.indexOf(flags.charAt(i)) >= 0) {
					return true;
				}
			}
			return false;
		}

		static Affixes read(List<String> aff) {
			StringBuilder compoundFlags = new StringBuilder();
			StringBuilder beginOrMiddle = new StringBuilder();
			char forbidden = '\0';
			List<String[]> suffixes = new ArrayList<>();
			for (String line : aff) {
				String[] f = line.strip().split("\\s+");
				switch (f[0]) {
					case "COMPOUNDBEGIN", "COMPOUNDMIDDLE" -> {
						compoundFlags.append(f[1]);
						beginOrMiddle.append(f[1]);
					}
					case "COMPOUNDEND", "ONLYINCOMPOUND" -> compoundFlags.append(f[1]);
					case "FORBIDDENWORD" -> forbidden = f[1].charAt(0);
					case "SFX" -> {
						if (f.length >= 5) {
							suffixes.add(f);
						}
					}
					default -> {
					}
				}
			}
			// a joining suffix is one whose forms may begin or continue a compound
			String joiningFlags = beginOrMiddle.toString();
			Map<Character, List<Rule>> joining = new HashMap<>();
			Set<String> endings = new HashSet<>();
			for (String[] f : suffixes) {
				int slash = f[3].indexOf('/');
				String continuation = (slash < 0) ? "" : f[3].substring(slash + 1);
				boolean joins = continuation.chars().anyMatch((c) -> joiningFlags.indexOf(c) >= 0);
				String add = (slash < 0) ? f[3] : f[3].substring(0, slash);
				if (!joins && f[2].equals("0") && add.length() <= MAX_ENDING && isPlainLowerCaseWord(add)) {
					endings.add(add); // an ending added to the whole stem: "styrelse" +
										// "n"
				}
				if (joins) {
					joining.computeIfAbsent(f[1].charAt(0), (k) -> new ArrayList<>())
						.add(new Rule(f[2].equals("0") ? "" : f[2], add.equals("0") ? "" : add,
								Pattern.compile("(?:" + f[4] + ")$")));
				}
			}
			return new Affixes(compoundFlags.toString(), forbidden, joining, Set.copyOf(endings));
		}

		/** A hunspell suffix rule: strip, add, if the word ends as the condition says. */
		record Rule(String strip, String add, Pattern condition) {

			String apply(String word) {
				if (!word.endsWith(this.strip) || !this.condition.matcher(word).find()) {
					return null;
				}
				return word.substring(0, word.length() - this.strip.length()) + this.add;
			}

		}

	}

}
