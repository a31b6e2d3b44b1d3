package se.helhet.events;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static se.helhet.events.EventFixtures.at;
import static se.helhet.events.EventFixtures.event;
import static se.helhet.events.EventFixtures.venue;

class PrintEditionTests {

	private final VenueView library = venue("Stadsbiblioteket", "Centrum", true);

	private final VenueView harbour = venue("Hamnmagasinet", "Hamnen", false);

	private final VenueView oldTown = venue("Domkyrkan", "Gamla staden", false);

	@Test
	void theBookletIsByAreaInSwedishOrderAndByTimeWithinAnArea() {
		EventView late = event("Nattkonsert").at(library).slot(at(22, 0), at(23, 0)).build();
		EventView early = event("Sagostund").at(library).slot(at(10, 0), at(10, 30)).build();
		EventView boats = event("Båtvisning").at(harbour).slot(at(14, 0), at(15, 0)).build();
		EventView organ = event("Orgelkonsert").at(oldTown).slot(at(19, 0), at(20, 0)).build();

		PrintEdition edition = PrintEdition.of(List.of(late, boats, organ, early));

		assertThat(edition.areas()).extracting(PrintEdition.Area::name)
			.containsExactly("Centrum", "Gamla staden", "Hamnen");
		assertThat(edition.areas().getFirst().events()).containsExactly(early, late);
		assertThat(edition.areas().getFirst().byHour()).containsOnlyKeys(10, 22);
		assertThat(edition.eventCount()).isEqualTo(4);
	}

	@Test
	void cancelledEventsAreLeftOutAndCounted() {
		EventView on = event("Visning").at(library).build();
		EventView off = event("Verkstad").at(library).status(EventStatus.CANCELLED).build();

		PrintEdition edition = PrintEdition.of(List.of(on, off));

		assertThat(edition.areas().getFirst().events()).containsExactly(on);
		assertThat(edition.leftOut()).isEqualTo(1);
	}

	@Test
	void anEventsSymbolsAreItsSlotsAndItsVenuesInTheLegendsOrder() {
		EventView talk = event("Föredrag").at(library)
			.slot(at(18, 0), at(19, 0), Accessibility.HEARING_LOOP)
			.slot(at(20, 0), at(21, 0), Accessibility.SIGN_LANGUAGE)
			.build();

		assertThat(PrintEdition.accessibility(talk)).containsExactly(Accessibility.SIGN_LANGUAGE,
				Accessibility.HEARING_LOOP, Accessibility.STEP_FREE);
	}

	@Test
	void theShortTextIsCutAtAWord() {
		String text = "Sjöviks manskör sjunger vintersånger i valvet under domkyrkan, och efteråt bjuder kören på glögg "
				+ "och pepparkakor till alla som vill stanna kvar en stund i värmen.";

		String cut = PrintEdition.shortText(text, 60);

		assertThat(cut).endsWith("…").hasSizeLessThanOrEqualTo(61);
		assertThat(text).startsWith(cut.substring(0, cut.length() - 1));
		assertThat(PrintEdition.shortText("Kort.", 60)).isEqualTo("Kort.");
	}

}
