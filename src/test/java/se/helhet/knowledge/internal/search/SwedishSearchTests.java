package se.helhet.knowledge.internal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.helhet.knowledge.internal.search.SwedishTextAnalyzer.Synonym;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class SwedishSearchTests {

	static final String TEXT = "text";

	static final Map<String, String> DOCUMENTS = Map.of( //
			"skuld",
			"Semesterlöneskuld i bokslutet. Så räknar du fram skulden för sparade semesterdagar vid årets slut.",
			"växling", "Semesterväxling för chefer: byt semestertillägget mot extra lediga dagar.", "revision",
			"Tidplan för lönerevisionen och hur samverkan med facken går till.", "rehab",
			"Mall för rehabiliteringsplan när en medarbetare varit sjuk länge.", "vård",
			"Anmäl ledighet för vård av barn i självservice samma dag.", "vab",
			"VAB under sommaren: regler för tillfällig föräldrapenning.", "faktura",
			"Så attesterar du en faktura från en leverantör.", "lön", "Din lön betalas ut den 25:e varje månad.",
			"dator", "Beställ en ny dator till en nyanställd via IT-portalen.");

	static ByteBuffersDirectory directory;

	static DirectoryReader reader;

	static final SwedishQueries queries = new SwedishQueries(List.of(new Synonym("VAB", "vård av barn")));

	@BeforeAll
	static void index() throws IOException {
		directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory,
				new IndexWriterConfig(SwedishTextAnalyzer.forIndexing()))) {
			for (var document : DOCUMENTS.entrySet()) {
				Document doc = new Document();
				doc.add(new StringField("id", document.getKey(), Field.Store.YES));
				doc.add(new TextField(TEXT, document.getValue(), Field.Store.YES));
				writer.addDocument(doc);
			}
		}
		reader = DirectoryReader.open(directory);
	}

	@AfterAll
	static void close() throws IOException {
		reader.close();
		directory.close();
	}

	static List<String> search(String text) throws IOException {
		IndexSearcher searcher = new IndexSearcher(reader);
		List<String> ids = new ArrayList<>();
		for (ScoreDoc hit : searcher.search(queries.query(TEXT, text), 10).scoreDocs) {
			ids.add(searcher.storedFields().document(hit.doc).get("id"));
		}
		return ids;
	}

	@Test
	void aWordFindsTheCompoundsThatBeginWithIt() throws IOException {
		assertThat(search("semester")).contains("skuld", "växling").doesNotContain("dator", "lön");
		assertThat(search("lön")).contains("lön", "revision").doesNotContain("dator");
	}

	@Test
	void aWordFindsTheCompoundsThatEndWithIt() throws IOException {
		assertThat(search("skuld")).contains("skuld");
		assertThat(search("växling")).contains("växling");
	}

	@Test
	void aCompoundInTheQueryFindsItsPartsSpelledOut() throws IOException {
		assertThat(search("Hur räknar vi semesterlöneskulden i bokslutet?").getFirst()).isEqualTo("skuld");
	}

	@Test
	void anAbbreviationFindsTheWordsItBegins() throws IOException {
		assertThat(search("rehab")).contains("rehab");
	}

	@Test
	void synonymsFindEachOther() throws IOException {
		assertThat(search("VAB")).contains("vab", "vård");
		assertThat(search("vård av barn")).contains("vård", "vab");
	}

	@Test
	void aTypoStillFindsTheWord() throws IOException {
		assertThat(search("semestr")).contains("skuld", "växling");
		assertThat(search("rehabiliteringsplam")).contains("rehab");
	}

	@Test
	void inflectedFormsFindEachOther() throws IOException {
		assertThat(search("fakturor")).contains("faktura");
		assertThat(search("löner")).contains("lön");
	}

	@Test
	void anyTextIsAValidQuery() {
		for (String text : new String[] { "", "   ", "\"(*:~", "\"", "*", "AND OR NOT", "?~^\\/[]{}!", "lön\u0000",
				"semester ".repeat(1_250), "x".repeat(10_000) }) {
			assertThatCode(() -> search(text)).as(text.length() > 40 ? text.substring(0, 40) : text)
				.doesNotThrowAnyException();
		}
	}

	@Test
	void emptyTextFindsNothing() throws IOException {
		assertThat(search("")).isEmpty();
		assertThat(search("\"(*:~")).isEmpty();
	}

	@Test
	void aVeryLongQueryIsCutToItsFirstWords() throws IOException {
		String text = "semester ".repeat(1_250);
		assertThat(text).hasSize(11_250);
		assertThat(search(text)).contains("skuld", "växling");
		assertThat(SwedishQueries.firstWords(text, SwedishQueries.MAX_WORDS).split(" "))
			.hasSize(SwedishQueries.MAX_WORDS);
	}

	@Test
	void aSnippetMarksTheMatchAndEscapesHtml() {
		SwedishSnippets snippets = new SwedishSnippets(SwedishTextAnalyzer.forIndexing());
		Query query = queries.query(TEXT, "semester");
		String snippet = snippets.snippet(TEXT, query,
				"<script>alert('x')</script> Regler för semesterväxling & flextid.");
		assertThat(snippet).contains("<mark>semesterväxling</mark>")
			.contains("&lt;script&gt;")
			.contains("&amp;")
			.doesNotContain("<script>");
	}

	@Test
	void aSnippetWithoutAMatchIsTheEscapedBeginning() {
		SwedishSnippets snippets = new SwedishSnippets(SwedishTextAnalyzer.forIndexing());
		String snippet = snippets.snippet(TEXT, queries.query(TEXT, "dator"), "<b>Lön</b> betalas ut");
		assertThat(snippet).doesNotContain("<b>").doesNotContain("<mark>").contains("&lt;b&gt;Lön");
	}

	@Test
	void theDictionaryYieldsCompoundPartsFromItsOwnFlags() {
		SwedishDictionary dictionary = SwedishDictionary.get();
		for (String part : List.of("semester", "lön", "skuld", "växling", "revision", "rehabiliterings", "ränte")) {
			assertThat(dictionary.compoundParts().contains(part)).as(part).isTrue();
		}
		for (String tooShort : List.of("av", "i", "ny")) {
			assertThat(dictionary.compoundParts().contains(tooShort)).as(tooShort).isFalse();
		}
		assertThat(dictionary.counts().get("parts")).isGreaterThan(50_000);
	}

	@Test
	void aLongMisspeltQueryOverThousandsOfCompoundsGivesResults() throws IOException {
		List<String> words = new ArrayList<>();
		for (Object part : SwedishDictionary.get().compoundParts()) {
			String word = new String((char[]) part);
			if (word.length() >= 8 && words.size() < 5_000) {
				words.add(word);
			}
		}
		try (ByteBuffersDirectory large = new ByteBuffersDirectory()) {
			try (IndexWriter writer = new IndexWriter(large,
					new IndexWriterConfig(SwedishTextAnalyzer.forIndexing()))) {
				for (int i = 0; i < words.size(); i += 100) {
					Document doc = new Document();
					doc.add(new TextField(TEXT, String.join(" ", words.subList(i, Math.min(i + 100, words.size()))),
							Field.Store.NO));
					writer.addDocument(doc);
				}
			}
			try (DirectoryReader largeReader = DirectoryReader.open(large)) {
				// 64 distinct long words, each misspelt: every one has compound parts and
				// typo alternatives
				String text = String.join(" ", words.subList(0, 64).stream().map((w) -> w + "x").toList());
				assertThat(new IndexSearcher(largeReader).search(queries.query(TEXT, text), 10).scoreDocs).isNotEmpty();
			}
		}
	}

}
