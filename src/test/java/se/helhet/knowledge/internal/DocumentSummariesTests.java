package se.helhet.knowledge.internal;

import org.junit.jupiter.api.Test;

import se.helhet.knowledge.DocumentType;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentSummariesTests {

	@Test
	void theOpeningIsPlainTextWithoutHeadingsListMarksOrLinks() {
		String markdown = """
				## Syfte

				Rutinen gäller **alla** förvaltningar.

				1. Läs [anvisningen](https://sjovik.se/a).
				- Lämna underlaget i tid.
				""";

		assertThat(DocumentSummaries.opening(markdown))
			.isEqualTo("Rutinen gäller alla förvaltningar. Läs anvisningen. Lämna underlaget i tid.");
	}

	@Test
	void aLongTextIsCutAtASentence() {
		String sentence = "Det här är en mening om bokslutet som är ganska lång och säger något viktigt. ";
		String opening = DocumentSummaries.opening(sentence.repeat(20));

		assertThat(opening).endsWith("viktigt.").hasSizeLessThanOrEqualTo(DocumentSummaries.MAX);
	}

	@Test
	void aRoutineIsPreferredToAGuidelineAndAPolicy() {
		assertThat(DocumentSummaries.preference(DocumentType.RUTIN))
			.isLessThan(DocumentSummaries.preference(DocumentType.RIKTLINJE));
		assertThat(DocumentSummaries.preference(DocumentType.RIKTLINJE))
			.isLessThan(DocumentSummaries.preference(DocumentType.POLICY));
	}

}
