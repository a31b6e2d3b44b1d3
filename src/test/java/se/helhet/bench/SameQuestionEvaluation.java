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
 * Each method's thresholds are chosen by the same rules on the groups with odd numbers
 * and reported on the groups with even numbers, which played no part in choosing them:
 * for suggestions (the person decides to join or file anyway) the threshold with the best
 * F1; for saying without details that the question is already being handled, where a
 * wrong statement costs more than a miss, the lowest threshold with precision at least
 * {@value #PRECISE}.
 */
public final class SameQuestionEvaluation {

	/** Requests compared per query, as the app shows at most a handful. */
	public static final int MAX = 10;

	static final String RESOURCE = "/eval/same-question-pairs.txt";

	static final String ID = "id";

	static final String BM25 = "bm25";

	static final String KIND = "kind";

	static final String BACKGROUND_KIND = "background";

	/** The rule for THRESHOLD: best F1 (β = 1) on the tuning half. */
	static final double BETA = 1;

	/** The precision the stricter threshold ({@code SameQuestion.CERTAIN}) must reach. */
	static final double PRECISE = 0.75;

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
		 * The lowest threshold (0.01 to 1.00) at which precision on the pairs reaches the
		 * target while something is still found; 1 if none.
		 */
		public double chooseForPrecision(List<Pair> pairs, Predicate<Pair> which, double target) {
			for (int step = 1; step <= 100; step++) {
				Counts c = at(pairs, step / 100.0, which);
				if (c.precision() >= target && c.truePositives() > 0) {
					return step / 100.0;
				}
			}
			return 1;
		}

		/**
		 * Average precision over the pairs ranked by confidence: threshold-free, to
		 * compare ways of scoring; a same pair never returned counts as found at no rank.
		 */
		public double averagePrecision(List<Pair> pairs, Predicate<Pair> which) {
			List<Integer> ranked = new ArrayList<>();
			int positives = 0;
			for (int i = 0; i < pairs.size(); i++) {
				if (which.test(pairs.get(i))) {
					positives += pairs.get(i).same() ? 1 : 0;
					if (this.confidences[i] >= 0) {
						ranked.add(i);
					}
				}
			}
			ranked.sort((x, y) -> Double.compare(this.confidences[y], this.confidences[x]));
			double sum = 0;
			int found = 0;
			for (int rank = 0; rank < ranked.size(); rank++) {
				if (pairs.get(ranked.get(rank)).same()) {
					found++;
					sum += (double) found / (rank + 1);
				}
			}
			return (positives == 0) ? 0 : sum / positives;
		}

		/**
		 * The threshold (0.01 to 1.00) with the best F1 on the pairs; lowest on ties.
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

	/**
	 * Background requests added to the index ({@code -Dbackground=n}): they count in the
	 * document frequencies only and are never candidates. Without them a first name in a
	 * signature is rarer than any topic word among the set's 420 texts; among a
	 * municipality's requests it is common. As candidates they would not measure the set:
	 * the demo history asks many of its questions again, and those unlabelled duplicates
	 * would take the places B needs.
	 */
	public static final int BACKGROUND = Integer.getInteger("background", 500);

	/**
	 * Requests as the demo history writes them (RequestHistoryTexts of the requests
	 * module: the kinds of question per service, greetings, openers, closings,
	 * signatures), placeholders filled, from a fixed seed. They make the words every mail
	 * has ("hej", "tack", "behöver") as common as they are among a municipality's
	 * requests, and they compete with B for the places returned. Read by reflection: the
	 * texts are the requests module's internals, and the bench only reads them.
	 */
	@SuppressWarnings("unchecked")
	static List<String> background(int count, long seed) {
		try {
			Class<?> texts = Class.forName("se.helhet.requests.internal.demo.RequestHistoryTexts");
			java.util.function.Function<String, Object> field = (name) -> {
				try {
					java.lang.reflect.Field f = texts.getDeclaredField(name);
					f.setAccessible(true);
					return f.get(null);
				}
				catch (ReflectiveOperationException ex) {
					throw new IllegalStateException(ex);
				}
			};
			Map<String, List<? extends Record>> kinds = (Map<String, List<? extends Record>>) field.apply("KINDS");
			List<String> greetings = (List<String>) field.apply("GREETINGS");
			List<String> openers = (List<String>) field.apply("OPENERS");
			List<String> closings = (List<String>) field.apply("CLOSINGS");
			List<String> signatures = (List<String>) field.apply("SIGNATURES");
			Map<String, List<String>> values = new HashMap<>();
			values.put("position",
					((Map<String, List<String>>) field.apply("POSITIONS")).values()
						.stream()
						.flatMap(List::stream)
						// Map.of iterates in a different order in every JVM: sorted, the
						// background is the same in every run
						.sorted()
						.toList());
			values.put("supplier", (List<String>) field.apply("SUPPLIERS"));
			values.put("event", (List<String>) field.apply("EVENTS"));
			values.put("media", (List<String>) field.apply("MEDIA"));
			values.put("grant", (List<String>) field.apply("GRANTS"));
			values.put("object", (List<String>) field.apply("OBJECTS"));
			values.put("page", (List<String>) field.apply("PAGES"));
			values.put("unit", List.of("Solgårdens äldreboende", "Björkens skola", "hemtjänst Norr", "kostenheten",
					"Solrosens förskola", "biblioteket", "gatuenheten", "försörjningsstöd"));
			values.put("first", List.of("Anna", "Lars", "Fatima", "Per", "Karin", "Ahmed", "Eva", "Jonas"));
			values.put("full", List.of("Anna Berg", "Lars Holm", "Fatima Ali", "Karin Ek"));
			values.put("name", List.of("Kim", "Eva", "Oskar", "Lisa"));
			values.put("date", List.of("den 15 mars", "1 september", "fredag", "nästa vecka"));
			values.put("month", List.of("mars", "maj", "september", "november"));
			values.put("amount", List.of("45 000 kr", "1,2 miljoner", "380 000 kronor"));
			values.put("n", List.of("två", "tre", "fyra"));
			values.put("role", List.of("enhetschef", "rektor", "administratör", "verksamhetschef"));
			java.util.Random random = new java.util.Random(seed);
			List<List<? extends Record>> services = new ArrayList<>(kinds.values());
			List<String> requests = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				List<? extends Record> service = services.get(random.nextInt(services.size()));
				Record kind = service.get(random.nextInt(service.size()));
				List<String> titles = (List<String>) component(kind, "titles");
				List<String> bodies = (List<String>) component(kind, "bodies");
				List<String> details = (List<String>) component(kind, "details");
				StringBuilder text = new StringBuilder(pick(titles, random)).append('\n');
				text.append(pick(greetings, random)).append(' ');
				if (random.nextBoolean()) {
					text.append(pick(openers, random)).append(' ');
				}
				text.append(pick(bodies, random)).append(' ');
				if (!details.isEmpty() && random.nextBoolean()) {
					text.append(pick(details, random)).append(' ');
				}
				text.append(pick(closings, random)).append('\n').append(pick(signatures, random));
				requests.add(fill(text.toString(), values, random));
			}
			return requests;
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("the demo request texts could not be read", ex);
		}
	}

	private static Object component(Record kind, String name) throws ReflectiveOperationException {
		java.lang.reflect.Method accessor = kind.getClass().getDeclaredMethod(name);
		accessor.setAccessible(true);
		return accessor.invoke(kind);
	}

	private static String pick(List<String> choices, java.util.Random random) {
		return choices.get(random.nextInt(choices.size()));
	}

	private static String fill(String text, Map<String, List<String>> values, java.util.Random random) {
		java.util.regex.Matcher placeholder = java.util.regex.Pattern.compile("\\{([a-z]+)\\}").matcher(text);
		StringBuilder filled = new StringBuilder();
		while (placeholder.find()) {
			List<String> choices = values.get(placeholder.group(1));
			String value = (choices == null) ? "" : fill(pick(choices, random), values, random);
			placeholder.appendReplacement(filled, java.util.regex.Matcher.quoteReplacement(value));
		}
		placeholder.appendTail(filled);
		return filled.toString();
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
			int n = 0;
			for (String text : background(BACKGROUND, 5)) {
				Document document = new Document();
				document.add(new StringField(ID, "bg" + n++, Field.Store.YES));
				document.add(new StringField(KIND, BACKGROUND_KIND, Field.Store.NO));
				SameQuestion.addFields(document, null, text);
				document.add(new TextField(BM25, text, Field.Store.NO));
				writer.addDocument(document);
			}
		}
		return directory;
	}

	/**
	 * The requests of the set but the one with the id: a new request is not yet among the
	 * filed.
	 */
	static Query allBut(String id) {
		return new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST)
			.add(new TermQuery(new Term(ID, id)), Occur.MUST_NOT)
			.add(new TermQuery(new Term(KIND, BACKGROUND_KIND)), Occur.MUST_NOT)
			.build();
	}

	/** Each way's confidences for every pair, and the baseline's last. */
	public static List<Scored> score(List<Pair> pairs, List<SameQuestion.Settings> ways) throws IOException {
		Map<String, String> texts = texts(pairs);
		try (ByteBuffersDirectory directory = index(texts); DirectoryReader reader = DirectoryReader.open(directory)) {
			IndexSearcher searcher = new IndexSearcher(reader);
			Map<Integer, String> idOf = new HashMap<>();
			for (int doc = 0; doc < reader.maxDoc(); doc++) {
				idOf.put(doc, searcher.storedFields().document(doc).get(ID));
			}
			List<Scored> scored = new ArrayList<>();
			for (SameQuestion.Settings way : ways) {
				scored.add(new Scored("SameQuestion, " + way.name(),
						confidences(pairs, texts, searcher, idOf, new SameQuestion(List.of(), way))));
			}
			double[] baseline = new double[pairs.size()];
			Arrays.fill(baseline, -1);
			QueryBuilder plain = new QueryBuilder(new SwedishAnalyzer());
			Map<String, Map<String, Double>> baselineFor = new HashMap<>();
			for (int i = 0; i < pairs.size(); i++) {
				Pair pair = pairs.get(i);
				String a = texts.get(pair.a());
				Map<String, Double> plainFound = baselineFor.computeIfAbsent(a,
						(id) -> baseline(searcher, plain, pair.a(), id, idOf));
				baseline[i] = plainFound.getOrDefault(texts.get(pair.b()), -1.0);
			}
			scored.add(new Scored("BM25, SwedishAnalyzer (baseline)", baseline));
			return scored;
		}
	}

	private static double[] confidences(List<Pair> pairs, Map<String, String> texts, IndexSearcher searcher,
			Map<Integer, String> idOf, SameQuestion sameQuestion) {
		double[] ours = new double[pairs.size()];
		Arrays.fill(ours, -1);
		Map<String, Map<String, Double>> oursFor = new HashMap<>();
		{
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
			}
		}
		return ours;
	}

	private static Map<String, Double> baseline(IndexSearcher searcher, QueryBuilder plain, String text, String id,
			Map<Integer, String> idOf) {
		Map<String, Double> confidences = new HashMap<>();
		Query query = plain.createBooleanQuery(BM25, text);
		if (query == null) {
			return confidences;
		}
		try {
			Query ofTheSet = new BooleanQuery.Builder().add(query, Occur.MUST)
				.add(new TermQuery(new Term(KIND, BACKGROUND_KIND)), Occur.MUST_NOT)
				.build();
			ScoreDoc[] all = searcher.search(ofTheSet, MAX + 1).scoreDocs;
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
	public record Figures(List<Pair> pairs, Scored ours, Scored baseline, double oursChosen, double baselineChosen,
			List<Scored> variants) {

		public Counts oursAtThreshold(Predicate<Pair> which) {
			return this.ours.at(this.pairs, SameQuestion.THRESHOLD, which);
		}

		public Counts baselineAtChosen(Predicate<Pair> which) {
			return this.baseline.at(this.pairs, this.baselineChosen, which);
		}

	}

	/** The app's settings against the baseline. */
	public static Figures run() throws IOException {
		return run(List.of(SameQuestion.Settings.DEFAULT));
	}

	/** The first of the ways is the app's; the others are reported beside it. */
	public static Figures run(List<SameQuestion.Settings> ways) throws IOException {
		List<Pair> pairs = pairs();
		List<Scored> scored = score(pairs, ways);
		Scored ours = scored.get(0);
		Scored baseline = scored.getLast();
		return new Figures(pairs, ours, baseline, ours.choose(pairs, TUNING), baseline.choose(pairs, TUNING), scored);
	}

	/**
	 * Time of {@code SameQuestion.score} (the whole query: candidates and confidences) on
	 * an index of the set plus n generated requests, each of the set's 60 questions asked
	 * five times after a warm-up: p50 and p95 in ms.
	 */
	static String speed(int n) throws IOException {
		List<Pair> pairs = pairs();
		Map<String, String> texts = texts(pairs);
		Analyzer analyzer = new PerFieldAnalyzerWrapper(new SwedishAnalyzer(), SameQuestion.analyzers());
		long start = System.nanoTime();
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
			try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
				List<String> all = new ArrayList<>(texts.keySet());
				all.addAll(background(n, 7));
				for (String text : all) {
					Document document = new Document();
					SameQuestion.addFields(document, null, text);
					writer.addDocument(document);
				}
				writer.forceMerge(1);
			}
			long indexed = (System.nanoTime() - start) / 1_000_000;
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				IndexSearcher searcher = new IndexSearcher(reader);
				SameQuestion sameQuestion = new SameQuestion(List.of());
				List<String> questions = pairs.stream().map(Pair::a).distinct().toList();
				for (String question : questions) {
					sameQuestion.score(searcher, question, null, MAX);
				}
				List<Long> micros = new ArrayList<>();
				for (int round = 0; round < 5; round++) {
					for (String question : questions) {
						long t = System.nanoTime();
						sameQuestion.score(searcher, question, null, MAX);
						micros.add((System.nanoTime() - t) / 1_000);
					}
				}
				micros.sort(null);
				return String.format(Locale.ROOT,
						"%d requests (indexed in %d s): SameQuestion.score p50 %.2f ms, p95 %.2f ms, max %.2f ms "
								+ "(%d queries).%n",
						reader.numDocs(), indexed / 1000, micros.get(micros.size() / 2) / 1000.0,
						micros.get(micros.size() * 95 / 100) / 1000.0, micros.getLast() / 1000.0, micros.size());
			}
		}
	}

	public static void main(String[] args) throws IOException {
		if (args.length > 1 && args[0].equals("--speed")) {
			String line = speed(Integer.parseInt(args[1]));
			Path out = Path.of("target/bench/same-question-speed.md");
			Files.createDirectories(out.getParent());
			Files.writeString(out, line);
			System.out.print(line);
			return;
		}
		long start = System.nanoTime();
		SameQuestion.analyzers();
		long dictionary = (System.nanoTime() - start) / 1_000_000;
		Figures figures = run(SameQuestion.Settings.TRIED);
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.err.println("dictionary " + dictionary + " ms, all " + millis + " ms");
		List<Pair> pairs = figures.pairs();
		long same = pairs.stream().filter(Pair::same).count();
		StringBuilder report = new StringBuilder();
		report.append("# Similar-request quality (labelled pairs)\n\n");
		report.append(String.format(Locale.ROOT,
				"%d pairs (%d same question in other words, %d different question on a similar topic) in %d groups; "
						+ "tuning half = odd groups (%d pairs), held-out half = even groups (%d pairs). "
						+ "A pair counts as \"same\" when B is among the %d requests returned for A with a "
						+ "confidence at or above the threshold. Thresholds chosen on the tuning half: best F1, and the lowest with precision ≥ 0.75.%n%n",
				pairs.size(), same, pairs.size() - same, pairs.stream().mapToInt(Pair::group).distinct().count(),
				pairs.stream().filter(TUNING).count(), pairs.stream().filter(HELD_OUT).count(), MAX));
		report.append("| method | threshold | half | precision | recall | F1 | FP | FN |\n");
		report.append("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |\n");
		row(report, figures.ours(), pairs, SameQuestion.THRESHOLD, "app's THRESHOLD");
		row(report, figures.ours(), pairs, figures.oursChosen(), "best F1 on tuning half");
		row(report, figures.baseline(), pairs, figures.baselineChosen(), "best F1 on tuning half");
		row(report, figures.ours(), pairs, SameQuestion.CERTAIN, "app's CERTAIN");
		row(report, figures.ours(), pairs, figures.ours().chooseForPrecision(pairs, TUNING, PRECISE),
				"precision ≥ " + PRECISE + " on tuning half");
		row(report, figures.baseline(), pairs, figures.baseline().chooseForPrecision(pairs, TUNING, PRECISE),
				"precision ≥ " + PRECISE + " on tuning half");
		report.append("\nEvery way tried (threshold by the same rule on the tuning half; figures on the held-out half; "
				+ "AP = average precision, threshold-free):\n\n");
		report.append("| way | AP tuning | AP held-out | threshold | precision | recall | F1 |\n");
		report.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
		for (Scored way : figures.variants()) {
			double chosen = way.choose(pairs, TUNING);
			Counts c = way.at(pairs, chosen, HELD_OUT);
			report.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.2f | %.3f | %.3f | %.3f |%n", way.name(),
					way.averagePrecision(pairs, TUNING), way.averagePrecision(pairs, HELD_OUT), chosen, c.precision(),
					c.recall(), c.f1()));
		}
		report.append("\nPrecision / recall / F1 over thresholds, all pairs:\n\n");
		report.append("| threshold | SameQuestion P | R | F1 | P tuning half | R tuning half | BM25 P | R | F1 |\n");
		report.append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
		for (int step = 1; step <= 19; step++) {
			double threshold = step * 0.05;
			Counts o = figures.ours().at(pairs, threshold, ALL);
			Counts t = figures.ours().at(pairs, threshold, TUNING);
			Counts b = figures.baseline().at(pairs, threshold, ALL);
			report.append(String.format(Locale.ROOT,
					"| %.2f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |%n", threshold, o.precision(),
					o.recall(), o.f1(), t.precision(), t.recall(), b.precision(), b.recall(), b.f1()));
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
