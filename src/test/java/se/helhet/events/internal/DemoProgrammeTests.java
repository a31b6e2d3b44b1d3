package se.helhet.events.internal;

import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoProgrammeTests {

	@Test
	void kulturnattenHasAboutThreeHundredEventsAtAboutFiftyVenues() {
		DemoProgramme demo = new DemoProgramme(42, 300);
		List<DemoProgramme.Venue> venues = demo.venues();
		List<DemoProgramme.Event> events = demo.events(venues);

		assertThat(venues).hasSizeBetween(45, 55);
		assertThat(events).hasSize(300);
		assertThat(events.stream().map(e -> e.venue().name()).distinct().count()).isGreaterThanOrEqualTo(45);
		assertThat(venues.stream().map(DemoProgramme.Venue::area).distinct().count()).isEqualTo(7);
	}

	@Test
	void theSameSeedGivesTheSameProgramme() {
		DemoProgramme first = new DemoProgramme(42, 300);
		DemoProgramme second = new DemoProgramme(42, 300);

		assertThat(first.events(first.venues()).stream().map(e -> e.titleSv() + e.slots()).toList())
			.isEqualTo(second.events(second.venues()).stream().map(e -> e.titleSv() + e.slots()).toList());
	}

	@Test
	void everySlotIsOnTheNightWhileItsVenueIsOpen() {
		DemoProgramme demo = new DemoProgramme(7, 300);

		for (DemoProgramme.Event event : demo.events(demo.venues())) {
			for (DemoProgramme.Slot slot : event.slots()) {
				var start = slot.start().atZoneSameInstant(EventsService.STOCKHOLM);
				assertThat(start.toLocalDate()).isEqualTo(DemoProgramme.NIGHT);
				assertThat(start.toLocalTime()).as(event.titleSv()).isAfterOrEqualTo(event.venue().opens());
				assertThat(slot.end()).isAfter(slot.start());
				assertThat(slot.end()).as("%s at %s", event.titleSv(), event.venue().name())
					.isBeforeOrEqualTo(DemoProgramme.at(48));
			}
		}
	}

	@Test
	void textsVaryAndAreNeverPlaceholders() {
		DemoProgramme demo = new DemoProgramme(42, 300);
		List<DemoProgramme.Event> events = demo.events(demo.venues());

		Set<String> titles = events.stream().map(DemoProgramme.Event::titleSv).collect(Collectors.toSet());
		assertThat(titles).as("distinct titles").hasSizeGreaterThan(110);
		assertThat(events).allSatisfy(e -> {
			assertThat(e.titleSv()).doesNotContain("{").doesNotContainIgnoringCase("lorem");
			assertThat(e.descriptionSv()).doesNotContain("{");
			if (e.descriptionEn() != null) {
				assertThat(e.descriptionEn()).doesNotContain("{");
			}
		});
		assertThat(events.stream().filter(e -> e.titleEn() != null).count()).isBetween(30L, 250L);
	}

	@Test
	void aFewEventsCostSomethingAndSayWhy() {
		DemoProgramme demo = new DemoProgramme(42, 300);

		assertThat(demo.events(demo.venues()).stream().filter(e -> e.priceSek() != null)).isNotEmpty()
			.allSatisfy(e -> assertThat(e.priceNote()).isNotBlank());
	}

	@Test
	void venuesOpenInTheDay() {
		assertThat(new DemoProgramme(1, 300).venues())
			.allSatisfy(v -> assertThat(v.opens()).isBetween(LocalTime.of(10, 0), LocalTime.of(16, 0)));
	}

}
