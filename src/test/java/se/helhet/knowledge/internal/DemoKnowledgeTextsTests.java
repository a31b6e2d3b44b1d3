package se.helhet.knowledge.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.helhet.knowledge.ArticleStatus;
import se.helhet.knowledge.Audience;
import se.helhet.knowledge.DocumentType;
import se.helhet.knowledge.internal.DemoKnowledgeTexts.Entry;

import static org.assertj.core.api.Assertions.assertThat;

class DemoKnowledgeTextsTests {

	private static final Set<String> FUNCTIONS = Set.of("HR", "EK", "KOM");

	private static final Set<String> OWNERS = Set.of("hr-chef", "handlaggare", "ekonomichef", "kommunikationschef",
			"redaktor");

	@Test
	void everyDemoArticleHasAFunctionAnOwnerATextAndAKnownStatusAndAudience() {
		List<Entry> articles = DemoKnowledgeTexts.read(KnowledgeDemoData.ARTICLES);

		assertThat(articles).isNotEmpty();
		assertThat(articles).extracting(Entry::title).doesNotHaveDuplicates();
		for (Entry a : articles) {
			assertThat(FUNCTIONS).as(a.title()).contains(a.key("funktion"));
			assertThat(OWNERS).as(a.title()).contains(a.key("ägare"));
			assertThat(a.body()).as(a.title()).hasSizeGreaterThan(150);
			assertThat(ArticleStatus.parse(a.keys().getOrDefault("status", "PUBLICERAD"))).as(a.title()).isPresent();
			assertThat(Audience.parse(a.keys().getOrDefault("målgrupp", "FORVALTNINGAR"))).as(a.title()).isPresent();
		}
	}

	@Test
	void everyDemoDocumentHasATypeAndVersionsWithDecisions() {
		List<Entry> documents = DemoKnowledgeTexts.read(KnowledgeDemoData.DOCUMENTS);
		LocalDate today = LocalDate.of(2026, 11, 28);

		assertThat(documents).isNotEmpty();
		for (Entry d : documents) {
			assertThat(DocumentType.parse(d.key("typ"))).as(d.title()).isPresent();
			assertThat(FUNCTIONS).as(d.title()).contains(d.key("funktion"));
			assertThat(d.versions()).as(d.title()).isNotEmpty();
			for (Entry v : d.versions()) {
				LocalDate decided = LocalDate.parse(DemoKnowledgeTexts.date(v.key("beslutsdatum"), today));
				LocalDate valid = LocalDate.parse(DemoKnowledgeTexts.date(v.key("gäller"), today));
				LocalDate review = LocalDate.parse(DemoKnowledgeTexts.date(v.key("översyn"), today));
				assertThat(valid).as(d.title()).isAfterOrEqualTo(decided);
				assertThat(review).as(d.title()).isAfter(valid);
				assertThat(v.body()).as(d.title()).isNotBlank();
			}
		}
		assertThat(documents).as("some documents have several versions")
			.anySatisfy(d -> assertThat(d.versions()).hasSizeGreaterThanOrEqualTo(2));
	}

	@Test
	void relativeDatesCountFromToday() {
		LocalDate today = LocalDate.of(2026, 11, 28);

		assertThat(DemoKnowledgeTexts.date("idag-60", today)).isEqualTo("2026-09-29");
		assertThat(DemoKnowledgeTexts.date("idag+3", today)).isEqualTo("2026-12-01");
		assertThat(DemoKnowledgeTexts.date("2024-04-01", today)).isEqualTo("2024-04-01");
	}

}
