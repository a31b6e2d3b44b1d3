package se.helhet.requests.internal;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.helhet.requests.internal.RequestMailTexts.About;
import se.helhet.requests.internal.RequestMailTexts.Text;

import static org.assertj.core.api.Assertions.assertThat;

class RequestMailTextsTests {

	private static final String LINK = "https://helhet.sjovik.example/arenden/8c1f";

	private static final OffsetDateTime DUE = OffsetDateTime.parse("2026-12-03T13:00:00Z");

	private static final About ORDINARY = new About("HR 2026/00012", false, "Rekrytering av skolsköterska",
			"Rekrytering", "Utbildningsförvaltningen", DUE, LINK);

	private static final About CONFIDENTIAL = new About("HR 2026/00013", true, "Anna Svensson sjukskriven igen",
			"Rehabilitering", "Omsorgsförvaltningen", DUE, LINK);

	@Test
	void aConfidentialRequestsMailsSayOnlyItsNumberAndLink() {
		for (Text text : allAbout(CONFIDENTIAL)) {
			String mail = text.subject() + "\n" + text.body();
			assertThat(mail).as(text.subject())
				.contains("HR 2026/00013")
				.contains("Ett sekretessärende (HR 2026/00013) ")
				.contains(LINK)
				.doesNotContain("Anna Svensson")
				.doesNotContain("Rehabilitering")
				.doesNotContain("Omsorgsförvaltningen")
				.doesNotContain("Karin Berg")
				.doesNotContain("sjukskrivning")
				.doesNotContain("3 december");
		}
	}

	@Test
	void anOrdinaryRequestsReceiptSaysWhatWhoAndWhen() {
		Text receipt = RequestMailTexts.registered(ORDINARY, "Karin Berg");

		assertThat(receipt.subject()).isEqualTo("Ditt ärende HR 2026/00012 är registrerat");
		assertThat(receipt.body()).contains("Vi har tagit emot ditt ärende HR 2026/00012: Rekrytering av skolsköterska")
			.contains("Tjänst: Rekrytering")
			.contains("Karin Berg handlägger ärendet.")
			// 13:00 UTC is 14.00 in Stockholm in December
			.contains("senast 3 december 2026 kl. 14.00")
			.contains(LINK);
	}

	@Test
	void aReceiptWithoutHandlerSaysOneIsComing() {
		assertThat(RequestMailTexts.registered(ORDINARY, null).body()).contains("Ärendet får snart en handläggare.");
	}

	@Test
	void theHandlerLearnsWhyTheRequestIsTheirs() {
		Text assigned = RequestMailTexts.assignedToHandler(ORDINARY, "Semester");

		assertThat(assigned.subject()).isEqualTo("Ärende HR 2026/00012 är tilldelat dig");
		assertThat(assigned.body()).contains("Skäl: Semester").contains("Förvaltning: Utbildningsförvaltningen");
	}

	@Test
	void everyMailSaysHowToAnswer() {
		for (Text text : allAbout(ORDINARY)) {
			assertThat(text.body()).as(text.subject())
				.startsWith("Hej!")
				.contains("Öppna ärendet:\n" + LINK)
				.contains("Svara i ärendet, inte på mejlet.");
		}
	}

	@Test
	void theResolvedMailSaysHowLongTheRequestCanBeReopened() {
		assertThat(RequestMailTexts.resolved(ORDINARY, 14).body()).contains("inom 14 dagar");
		assertThat(RequestMailTexts.resolved(CONFIDENTIAL, 14).body()).contains("inom 14 dagar");
	}

	private static List<Text> allAbout(About request) {
		return List.of(RequestMailTexts.registered(request, "Karin Berg"),
				RequestMailTexts.assignedToRequester(request, "Karin Berg"),
				RequestMailTexts.assignedToHandler(request, "Karin Berg har kompetens i sjukskrivning"),
				RequestMailTexts.waitingForRequester(request), RequestMailTexts.resolved(request, 14),
				RequestMailTexts.requesterAnswered(request), RequestMailTexts.reopened(request),
				RequestMailTexts.newMessage(request));
	}

}
