package se.helhet.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.helhet.knowledge.internal.search.AnswerRanking;
import se.helhet.knowledge.internal.search.SwedishQueries;
import se.helhet.knowledge.internal.search.SwedishTextAnalyzer;
import se.helhet.knowledge.internal.search.Thesaurus;

/**
 * Suggestion quality on SweFAQ (issue 5; run by bench/swefaq.sh, not a test): for each
 * question of the development split, the answers of its category are ranked as the
 * suggestion engine ranks articles (BM25, the question as the query), and a question
 * counts when its own answer comes first. Every configuration is fixed in advance and the
 * same for all questions; nothing is tuned to individual questions.
 * <p>
 * Data: SweFAQ v2.0, SuperLim 2, Språkbanken Text, CC BY 4.0. Writes
 * target/bench/swefaq.md.
 */
public final class SwefaqEvaluation {

	static final String PLAIN = "plain";

	static final String TEXT = "text";

	private SwefaqEvaluation() {
	}

	record Item(int category, String question, List<String> answers, int label) {
	}

	/** A way of ranking: how answers are indexed and how a question becomes a query. */
	record Configuration(String name, Analyzer indexing, BiFunction<String, String, Query> query,
			BiConsumer<Document, String> fields, Similarity similarity) {

		Configuration(String name, Analyzer indexing, BiFunction<String, String, Query> query) {
			this(name, indexing, query, (document, answer) -> {
				document.add(new TextField(PLAIN, answer, Field.Store.NO));
				document.add(new TextField(TEXT, answer, Field.Store.NO));
			}, new BM25Similarity());
		}

	}

	public static void main(String[] args) throws IOException {
		Path data = Path.of(args.length > 0 ? args[0] : "../shared/data/swefaq/swefaq_dev.jsonl");
		List<Item> items = read(data);
		Analyzer swedish = new SwedishAnalyzer();
		Analyzer ours = SwedishTextAnalyzer.forIndexing();
		SwedishQueries full = new SwedishQueries(ours, true);
		SwedishQueries wordsOnly = new SwedishQueries(ours, false);
		Analyzer both = new PerFieldAnalyzerWrapper(ours, Map.of(PLAIN, swedish));
		QueryBuilder plainQueries = new QueryBuilder(swedish);
		AnswerRanking answers = new AnswerRanking(List.of());
		// the thesaurus of Debian's mythes-sv (Synonymer.se), for the settings that use
		// one
		Path thesaurusFile = Path.of(System.getProperty("swefaq.thesaurus", Thesaurus.DEBIAN_PATH));
		Thesaurus thesaurus = Files.isRegularFile(thesaurusFile) ? Thesaurus.read(thesaurusFile) : Thesaurus.EMPTY;
		System.err.println("thesaurus " + thesaurusFile + ": " + thesaurus.size() + " words");

		List<Configuration> configurations = new ArrayList<>(List.of(
				new Configuration("(a) BM25, Lucene's SwedishAnalyzer", both,
						(field, q) -> orNothing(plainQueries.createBooleanQuery(PLAIN, q))),
				new Configuration("(b) BM25, Helhet's analyzer and query (compounds, synonyms, typos, prefix)", both,
						(field, q) -> full.query(TEXT, q)),
				new Configuration("(b') as (b), without typo and prefix alternatives", both,
						(field, q) -> wordsOnly.query(TEXT, q)),
				new Configuration("(c) (b') plus the SwedishAnalyzer field: whole words count twice", both,
						(field, q) -> sum(orNothing(plainQueries.createBooleanQuery(PLAIN, q)),
								wordsOnly.query(TEXT, q))),
				new Configuration("(c') (b) plus the SwedishAnalyzer field", both,
						(field, q) -> sum(orNothing(plainQueries.createBooleanQuery(PLAIN, q)), full.query(TEXT, q))),
				new Configuration("(d) the app's AnswerRanking (suggestions and search box)",
						new PerFieldAnalyzerWrapper(ours, AnswerRanking.analyzers()), (field, q) -> answers.query(q),
						(document, answer) -> AnswerRanking.addFields(document, "", answer), answers.similarity())));
		// every way of AnswerRanking tried, in order (the app's is (d) above)
		for (AnswerRanking.Settings settings : AnswerRanking.Settings.TRIED) {
			if ((settings.thesaurus() > 0 || settings.answerThesaurus() > 0) && thesaurus.isEmpty()) {
				continue; // no thesaurus here: the row would only repeat the first
							// version
			}
			AnswerRanking way = new AnswerRanking(List.of(), settings, thesaurus);
			configurations.add(new Configuration("(d) AnswerRanking, " + settings.name(),
					new PerFieldAnalyzerWrapper(ours, AnswerRanking.analyzers()), (field, q) -> way.query(q),
					(document, answer) -> AnswerRanking.addFields(document, "", answer, settings, thesaurus),
					way.similarity()));
		}

		Map<String, Double> accuracies = new LinkedHashMap<>();
		Map<String, Long> millis = new HashMap<>();
		Map<String, java.util.BitSet> rights = new HashMap<>();
		for (Configuration configuration : configurations) {
			long start = System.nanoTime();
			java.util.BitSet right = new java.util.BitSet();
			accuracies.put(configuration.name(), accuracy(items, configuration, right));
			rights.put(configuration.name(), right);
			millis.put(configuration.name(), (System.nanoTime() - start) / 1_000_000);
		}
		java.util.BitSet app = rights.get(configurations.get(APP).name());

		StringBuilder report = new StringBuilder();
		report.append("# Suggestion quality on SweFAQ (development split)\n\n");
		report.append(String.format(Locale.ROOT,
				"%d questions in %d categories; for each, the answers of its category ranked by BM25 "
						+ "with the question as the query. Accuracy = right answer first. Random choice: %.3f.%n%n",
				items.size(), items.stream().map(Item::category).distinct().count(), random(items)));
		report.append("| configuration | accuracy | right, not by (d) / by (d), not here | time |\n"
				+ "| --- | ---: | ---: | ---: |\n");
		accuracies.forEach((name, accuracy) -> {
			java.util.BitSet more = (java.util.BitSet) rights.get(name).clone();
			more.andNot(app);
			java.util.BitSet fewer = (java.util.BitSet) app.clone();
			fewer.andNot(rights.get(name));
			report.append(String.format(Locale.ROOT, "| %s | %.3f | +%d / −%d | %d ms |%n", name, accuracy,
					more.cardinality(), fewer.cardinality(), millis.get(name)));
		});
		report.append("\nData: SweFAQ v2.0, SuperLim 2, Språkbanken Text, CC BY 4.0. ");
		report.append(String.format(Locale.ROOT, "Java %s, %d cores.%n", System.getProperty("java.version"),
				Runtime.getRuntime().availableProcessors()));
		Path out = Path.of("target/bench/swefaq.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
		System.out.print(report);
	}

	static Query orNothing(Query query) {
		return (query != null) ? query : new MatchNoDocsQuery();
	}

	static Query sum(Query one, Query other) {
		return new BooleanQuery.Builder().add(one, Occur.SHOULD).add(other, Occur.SHOULD).build();
	}

	static double random(List<Item> items) {
		return items.stream().mapToDouble((item) -> 1.0 / item.answers().size()).average().orElse(0);
	}

	/** The app's configuration, (d), in the list of configurations. */
	static final int APP = 5;

	static double accuracy(List<Item> items, Configuration configuration, java.util.BitSet right) throws IOException {
		Map<List<String>, DirectoryReader> indexes = new HashMap<>();
		try {
			for (int i = 0; i < items.size(); i++) {
				Item item = items.get(i);
				DirectoryReader reader = indexes.get(item.answers());
				if (reader == null) {
					reader = index(item.answers(), configuration);
					indexes.put(item.answers(), reader);
				}
				IndexSearcher searcher = new IndexSearcher(reader);
				searcher.setSimilarity(configuration.similarity());
				ScoreDoc[] top = searcher.search(configuration.query().apply(TEXT, item.question()), 1).scoreDocs;
				if (top.length > 0 && top[0].doc == item.label()) {
					right.set(i);
				}
			}
		}
		finally {
			for (DirectoryReader reader : indexes.values()) {
				reader.close();
			}
		}
		return (double) right.cardinality() / items.size();
	}

	/**
	 * The answers of a category, in their order, so that a document number is an index.
	 */
	static DirectoryReader index(List<String> answers, Configuration configuration) throws IOException {
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory,
				new IndexWriterConfig(configuration.indexing()).setSimilarity(configuration.similarity()))) {
			for (String answer : answers) {
				Document document = new Document();
				configuration.fields().accept(document, answer);
				writer.addDocument(document);
			}
			writer.forceMerge(1);
		}
		return DirectoryReader.open(directory);
	}

	static List<Item> read(Path data) throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		List<Item> items = new ArrayList<>();
		for (String line : Files.readAllLines(data)) {
			if (line.isBlank()) {
				continue;
			}
			JsonNode row = json.readTree(line);
			List<String> answers = new ArrayList<>();
			row.get("candidate_answers").forEach((answer) -> answers.add(answer.asString()));
			items.add(new Item(row.get("category_id").asInt(), row.get("question").asString(), List.copyOf(answers),
					row.get("label").asInt()));
		}
		return items;
	}

}
