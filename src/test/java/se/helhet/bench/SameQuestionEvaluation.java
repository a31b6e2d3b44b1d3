package se.helhet.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

import se.helhet.knowledge.internal.search.SameQuestion;

/**
 * Similar-request quality on the labelled pairs of
 * {@code src/test/resources/eval/same-question-pairs.txt} (issue 5; run by
 * bench/same-question.sh, and guarded by {@code SameQuestionQualityTests}).
 * <p>
 * All texts of the set go into one Lucene index, so document frequencies are those of a
 * corpus of municipal requests, not of two texts. For each pair (A, B) A is the new
 * request and the query, as in the app: the pair counts as "same" when B is among the
 * {@value #MAX} requests {@code SameQuestion.score} returns for A (A itself filtered out)
 * with a confidence at or above the threshold. One direction only: the app asks it of the
 * new text, never of the filed one.
 * <p>
 * The baseline is plain BM25 with Lucene's SwedishAnalyzer over the same texts, asked the
 * same way: B among the top {@value #MAX} for A, and its score divided by the score A
 * gets for itself (the best a text can match that query) at or above the threshold — so
 * the baseline too gets a score from 0 to about 1 and a threshold.
 * <p>
 * Each method's threshold is chosen by the same rule on the groups with odd numbers (the
 * threshold with the best F0.5, which counts precision twice as much as recall, because a
 * wrong "this is already being handled" costs more than a miss) and reported on the
 * groups with even numbers, which played no part in choosing it.
 */
public final class SameQuestionEvaluation {

	/** Requests compared per query, as the app shows at most a handful. */
	public static final int MAX = 10;

	static final String RESOURCE = "/eval/same-question-pairs.txt";

	static final String ID = "id";

	static final String BM25 = "bm25";

	/** Precision weighs β⁻² = 4 times as much as recall in the rule for thresholds. */
	static final double BETA = 0.5;

	private SameQuestionEvaluation() {
	}

	/** A labelled pair: is B the same question as A, in other words? */
	public record Pair(int group, boolean same, String a, String b) {
	}

	/** What was decided for a set of pairs at a threshold. */
	public record Counts(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {

		public double precision() {
			int said = this.truePositives + this.falsePositives;
			return (said == 0) ? 1 : (double) this.truePositives / said;
		}

		public double recall() {
			int same = this.truePositives + this.falseNegatives;
			return (same == 0) ? 1 : (double) this.truePositives / same;
		}

		public double f(double beta) {
			double p = precision();
			double r = recall();
			double b2 = beta * beta;
			return (p + r == 0) ? 0 : (1 + b2) * p * r / (b2 * p + r);
		}

		public double f1() {
			return f(1);
		}

	}

	/**
	 * A method's confidence for every pair: -1 where B was not among the requests
	 * returned for A.
	 */
	public record Scored(String name, double[] confidences) {

		public Counts at(List<Pair> pairs, double threshold, Predicate<Pair> which) {
			int tp = 0;
			int fp = 0;
			int fn = 0;
			int tn = 0;
			for (int i = 0; i < pairs.size(); i++) {
				Pair pair = pairs.get(i);
				if (!which.test(pair)) {
					continue;
				}
				boolean said = this.confidences[i] >= 0 && this.confidences[i] >= threshold;
				if (pair.same()) {
					tp += said ? 1 : 0;
					fn += said ? 0 : 1;
				}
				else {
					fp += said ? 1 : 0;
					tn += said ? 0 : 1;
				}
			}
			return new Counts(tp, fp, fn, tn);
		}

		/**
		 * The threshold (0.01 to 1.00) with the best F0.5 on the pairs; lowest on ties.
		 */
		public double choose(List<Pair> pairs, Predicate<Pair> which) {
			double best = 1;
			double bestF = -1;
			for (int step = 1; step <= 100; step++) {
				double threshold = step / 100.0;
				double f = at(pairs, threshold, which).f(BETA);
				if (f > bestF + 1e-12) {
					bestF = f;
					best = threshold;
				}
			}
			return best;
		}

	}

	/** The half of the set thresholds are chosen on. */
	public static final Predicate<Pair> TUNING = (pair) -> pair.group() % 2 == 1;

	/** The half the chosen thresholds are reported on. */
	public static final Predicate<Pair> HELD_OUT = TUNING.negate();

	public static final Predicate<Pair> ALL = (pair) -> true;

	/** The pairs of the resource file, in order. */
	public static List<Pair> pairs() {
		try (InputStream in = SameQuestionEvaluation.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " not on the class path");
			}
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<Pair> parse(String file) {
		List<Pair> pairs = new ArrayList<>();
		int group = 0;
		String anchor = null;
		for (String raw : file.split("\n")) {
			String line = raw.strip();
			if (line.isEmpty() || (line.startsWith("#") && !line.startsWith("##"))) {
				continue;
			}
			if (line.startsWith("## g")) {
				group = Integer.parseInt(line.substring(4, line.indexOf(' ', 4)));
				anchor = null;
			}
			else if (line.startsWith("? ")) {
				anchor = line.substring(2).strip();
			}
			else if (line.startsWith("= ") || line.startsWith("≠ ")) {
				if (anchor == null) {
					throw new IllegalArgumentException("a pair before its group's request: " + line);
				}
				pairs.add(new Pair(group, line.startsWith("="), anchor, line.substring(2).strip()));
			}
			else {
				throw new IllegalArgumentException("not a line of the format: " + line);
			}
		}
		return pairs;
	}

	/** Every text of the set once, with its document id in the index. */
	static Map<String, String> texts(List<Pair> pairs) {
		Map<String, String> ids = new LinkedHashMap<>();
		for (Pair pair : pairs) {
			ids.putIfAbsent(pair.a(), "t" + ids.size());
			ids.putIfAbsent(pair.b(), "t" + ids.size());
		}
		return ids;
	}

	/** The index of all texts, with SameQuestion's fields and the baseline's field. */
	static ByteBuffersDirectory index(Map<String, String> texts) throws IOException {
		Analyzer analyzer = new PerFieldAnalyzerWrapper(new SwedishAnalyzer(), SameQuestion.analyzers());
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
			for (var text : texts.entrySet()) {
				Document document = new Document();
				document.add(new StringField(ID, text.getValue(), Field.Store.YES));
				SameQuestion.addFields(document, null, text.getKey());
				document.add(new TextField(BM25, text.getKey(), Field.Store.NO));
				writer.addDocument(document);
			}
		}
		return directory;
	}

	/** All requests but the one with the id: a new request is not yet among the filed. */
	static Query allBut(String id) {
		return new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST)
			.add(new TermQuery(new Term(ID, id)), Occur.MUST_NOT)
			.build();
	}

	/** Both methods' confidences for every pair. */
	public static List<Scored> score(List<Pair> pairs, SameQuestion sameQuestion) throws IOException {
		Map<String, String> texts = texts(pairs);
		try (ByteBuffersDirectory directory = index(texts); DirectoryReader reader = DirectoryReader.open(directory)) {
			IndexSearcher searcher = new IndexSearcher(reader);
			Map<Integer, String> idOf = new HashMap<>();
			for (int doc = 0; doc < reader.maxDoc(); doc++) {
				idOf.put(doc, searcher.storedFields().document(doc).get(ID));
			}
			double[] ours = new double[pairs.size()];
			double[] baseline = new double[pairs.size()];
			Arrays.fill(ours, -1);
			Arrays.fill(baseline, -1);
			QueryBuilder plain = new QueryBuilder(new SwedishAnalyzer());
			Map<String, Map<String, Double>> oursFor = new HashMap<>();
			Map<String, Map<String, Double>> baselineFor = new HashMap<>();
			for (int i = 0; i < pairs.size(); i++) {
				Pair pair = pairs.get(i);
				String a = texts.get(pair.a());
				Map<String, Double> found = oursFor.computeIfAbsent(a, (id) -> {
					Map<String, Double> confidences = new HashMap<>();
					try {
						for (SameQuestion.Match match : sameQuestion.score(searcher, pair.a(), allBut(id), MAX)) {
							confidences.put(idOf.get(match.doc()), match.confidence());
						}
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
					return confidences;
				});
				ours[i] = found.getOrDefault(texts.get(pair.b()), -1.0);
				Map<String, Double> plainFound = baselineFor.computeIfAbsent(a,
						(id) -> baseline(searcher, plain, pair.a(), id, idOf));
				baseline[i] = plainFound.getOrDefault(texts.get(pair.b()), -1.0);
			}
			return List.of(new Scored("SameQuestion (Helhet)", ours),
					new Scored("BM25, SwedishAnalyzer (baseline)", baseline));
		}
	}

	private static Map<String, Double> baseline(IndexSearcher searcher, QueryBuilder plain, String text, String id,
			Map<Integer, String> idOf) {
		Map<String, Double> confidences = new HashMap<>();
		Query query = plain.createBooleanQuery(BM25, text);
		if (query == null) {
			return confidences;
		}
		try {
			ScoreDoc[] all = searcher.search(query, MAX + 1).scoreDocs;
			double self = 0;
			for (ScoreDoc hit : all) {
				if (idOf.get(hit.doc).equals(id)) {
					self = hit.score;
				}
			}
			if (self == 0) {
				return confidences;
			}
			int taken = 0;
			for (ScoreDoc hit : all) {
				if (!idOf.get(hit.doc).equals(id) && taken++ < MAX) {
					confidences.put(idOf.get(hit.doc), hit.score / self);
				}
			}
			return confidences;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The figures of one run, for the report and the guarding test. */
	public record Figures(List<Pair> pairs, Scored ours, Scored baseline, double oursChosen, double baselineChosen) {

		public Counts oursAtThreshold(Predicate<Pair> which) {
			return this.ours.at(this.pairs, SameQuestion.THRESHOLD, which);
		}

		public Counts baselineAtChosen(Predicate<Pair> which) {
			return this.baseline.at(this.pairs, this.baselineChosen, which);
		}

	}

	public static Figures run() throws IOException {
		List<Pair> pairs = pairs();
		List<Scored> scored = score(pairs, new SameQuestion(List.of()));
		Scored ours = scored.get(0);
		Scored baseline = scored.get(1);
		return new Figures(pairs, ours, baseline, ours.choose(pairs, TUNING), baseline.choose(pairs, TUNING));
	}

	public static void main(String[] args) throws IOException {
		long start = System.nanoTime();
		Figures figures = run();
		long millis = (System.nanoTime() - start) / 1_000_000;
		List<Pair> pairs = figures.pairs();
		long same = pairs.stream().filter(Pair::same).count();
		StringBuilder report = new StringBuilder();
		report.append("# Similar-request quality (labelled pairs)\n\n");
		report.append(String.format(Locale.ROOT,
				"%d pairs (%d same question in other words, %d different question on a similar topic) in %d groups; "
						+ "tuning half = odd groups (%d pairs), held-out half = even groups (%d pairs). "
						+ "A pair counts as \"same\" when B is among the %d requests returned for A with a "
						+ "confidence at or above the threshold. Thresholds chosen by best F0.5 on the tuning half.%n%n",
				pairs.size(), same, pairs.size() - same, pairs.stream().mapToInt(Pair::group).distinct().count(),
				pairs.stream().filter(TUNING).count(), pairs.stream().filter(HELD_OUT).count(), MAX));
		report.append("| method | threshold | half | precision | recall | F1 | FP | FN |\n");
		report.append("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |\n");
		row(report, figures.ours(), pairs, SameQuestion.THRESHOLD, "app's THRESHOLD");
		row(report, figures.ours(), pairs, figures.oursChosen(), "chosen on tuning half");
		row(report, figures.baseline(), pairs, figures.baselineChosen(), "chosen on tuning half");
		report.append("\nPrecision / recall / F1 over thresholds, all pairs:\n\n");
		report.append("| threshold | SameQuestion P | R | F1 | BM25 P | R | F1 |\n");
		report.append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
		for (int step = 1; step <= 19; step++) {
			double threshold = step * 0.05;
			Counts o = figures.ours().at(pairs, threshold, ALL);
			Counts b = figures.baseline().at(pairs, threshold, ALL);
			report.append(String.format(Locale.ROOT, "| %.2f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |%n", threshold,
					o.precision(), o.recall(), o.f1(), b.precision(), b.recall(), b.f1()));
		}
		report.append(String.format(Locale.ROOT, "%nRun in %d ms (index, %d queries per method). Java %s, %d cores.%n",
				millis, pairs.stream().map(Pair::a).distinct().count(), System.getProperty("java.version"),
				Runtime.getRuntime().availableProcessors()));
		if (args.length > 0 && args[0].equals("--errors")) {
			report.append("\nErrors of SameQuestion at THRESHOLD:\n\n");
			for (int i = 0; i < pairs.size(); i++) {
				Pair pair = pairs.get(i);
				double confidence = figures.ours().confidences()[i];
				boolean said = confidence >= SameQuestion.THRESHOLD;
				if (said != pair.same()) {
					report.append(String.format(Locale.ROOT, "- %s g%02d %.2f  %s  ||  %s%n", said ? "FP" : "FN",
							pair.group(), confidence, pair.a(), pair.b()));
				}
			}
		}
		Path out = Path.of("target/bench/same-question.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
		System.out.print(report);
	}

	private static void row(StringBuilder report, Scored scored, List<Pair> pairs, double threshold, String label) {
		for (var half : List.of(Map.entry("held-out", HELD_OUT), Map.entry("all", ALL))) {
			Counts c = scored.at(pairs, threshold, half.getValue());
			report.append(String.format(Locale.ROOT, "| %s | %.2f (%s) | %s | %.3f | %.3f | %.3f | %d | %d |%n",
					scored.name(), threshold, label, half.getKey(), c.precision(), c.recall(), c.f1(),
					c.falsePositives(), c.falseNegatives()));
		}
	}

}
