package se.helhet.knowledge.internal.search;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The thesaurus (MyThes format, a fixture of a few lines in ISO-8859-1 as Debian's
 * mythes-sv) and how the thesaurus settings of {@link AnswerRanking} (tried on SweFAQ,
 * not the app's) use it: an answer that says "semesterersättning" is found for a question
 * about "semesterlön".
 */
class ThesaurusTests {

	static Thesaurus thesaurus;

	/**
	 * Answers by id: only the first says what the question asks, in other words; the last
	 * two have synonyms too, as most answers do.
	 */
	static final Map<String, String> ANSWERS = new LinkedHashMap<>();
	static {
		ANSWERS.put("ersättning", "Semesterersättning betalas när anställningen upphör.");
		ANSWERS.put("dagar", "Semesterdagar kan sparas till nästa år.");
		ANSWERS.put("lön", "Lönen betalas ut den 25:e varje månad.");
		ANSWERS.put("helg", "Arbete på helgdagar ger OB-tillägg.");
		ANSWERS.put("hemma", "Arbete hemifrån kräver chefens godkännande.");
	}

	static final String QUESTION = "Hur räknas min semesterlön?";

	@BeforeAll
	static void read() throws IOException {
		try (InputStream in = ThesaurusTests.class.getResourceAsStream("/thesaurus/th_sv_test.dat")) {
			thesaurus = Thesaurus.read(in);
		}
	}

	@Test
	void aWordFindsItsSynonymsAsWrittenAndInflected() {
		assertThat(thesaurus.synonyms("semesterlön")).containsExactly("semesterersättning", "semesterpenning");
		assertThat(thesaurus.synonyms("Semesterlönen")).containsExactly("semesterersättning", "semesterpenning");
		// every meaning's line counts, its part of speech ("(subst.)") is not a synonym
		assertThat(thesaurus.synonyms("arbete")).containsExactly("jobb", "syssla", "kneg");
	}

	@Test
	void stopWordsAndHeadWordsOfSeveralWordsHaveNoSynonyms() {
		assertThat(thesaurus.synonyms("mot")).isEmpty();
		assertThat(thesaurus.synonyms("vänja")).isEmpty();
		assertThat(thesaurus.synonyms("okänt")).isEmpty();
		assertThat(Thesaurus.EMPTY.synonyms("semesterlön")).isEmpty();
	}

	@Test
	void theAnswerInOtherWordsRanksFirstWithTheAnswerSideSynonymsNotWithout() throws IOException {
		AnswerRanking.Settings answerSide = AnswerRanking.Settings.TRIED.stream()
			.filter((settings) -> settings.answerThesaurus() > 0)
			.findFirst()
			.orElseThrow();
		assertThat(ranked(answerSide, Thesaurus.EMPTY).getFirst()).isNotEqualTo("ersättning");
		assertThat(ranked(answerSide, thesaurus).getFirst()).isEqualTo("ersättning");
	}

	@Test
	void theQuestionSideExpansionRanksItUpToo() throws IOException {
		AnswerRanking.Settings questionSide = AnswerRanking.Settings.TRIED.stream()
			.filter((settings) -> settings.thesaurus() > 0)
			.findFirst()
			.orElseThrow();
		assertThat(ranked(questionSide, Thesaurus.EMPTY).getFirst()).isNotEqualTo("ersättning");
		assertThat(ranked(questionSide, thesaurus).getFirst()).isEqualTo("ersättning");
	}

	@Test
	void anAnswersSynonymFieldHoldsItsWordsSynonyms() {
		assertThat(AnswerRanking.synonymsOfWords("Semesterersättning mot arbete", thesaurus))
			.isEqualTo("semesterlön. jobb. syssla. kneg. ");
		assertThat(AnswerRanking.synonymsOfWords("Semesterersättning", Thesaurus.EMPTY)).isEmpty();
	}

	/** The ids of the answers as the settings rank them for the question. */
	static List<String> ranked(AnswerRanking.Settings settings, Thesaurus thesaurus) throws IOException {
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
			AnswerRanking ranking = new AnswerRanking(List.of(), settings, thesaurus);
			try (IndexWriter writer = new IndexWriter(directory,
					new IndexWriterConfig(
							new PerFieldAnalyzerWrapper(SwedishTextAnalyzer.forIndexing(), AnswerRanking.analyzers()))
						.setSimilarity(ranking.similarity()))) {
				for (Map.Entry<String, String> answer : ANSWERS.entrySet()) {
					Document document = new Document();
					document.add(new StringField("id", answer.getKey(), Field.Store.YES));
					AnswerRanking.addFields(document, "", answer.getValue(), settings, thesaurus);
					writer.addDocument(document);
				}
			}
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				IndexSearcher searcher = new IndexSearcher(reader);
				searcher.setSimilarity(ranking.similarity());
				List<String> ids = new ArrayList<>();
				for (ScoreDoc hit : searcher.search(ranking.query(QUESTION), 10).scoreDocs) {
					ids.add(searcher.storedFields().document(hit.doc).get("id"));
				}
				return ids;
			}
		}
	}

}
