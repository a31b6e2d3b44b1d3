package se.helhet.events;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static se.helhet.events.EventFixtures.at;
import static se.helhet.events.EventFixtures.event;
import static se.helhet.events.EventFixtures.venue;

class ProgrammeFilterTests {

	private static final Instant NOW = at(12, 0).toInstant();

	private final VenueView library = venue("Stadsbiblioteket", "Centrum", true);

	private final VenueView harbour = venue("Hamnmagasinet", "Hamnen", false);

	private final EventView jazz = event("Jazz på kajen").at(harbour)
		.slot(at(19, 0), at(20, 0), Accessibility.HEARING_LOOP)
		.categories(Category.MUSIK)
		.ages(AgeGroup.VUXNA)
		.build();

	private final EventView story = event("Sagostund i vinterljus").at(library)
		.slot(at(10, 0), at(10, 30))
		.slot(at(14, 0), at(14, 30), Accessibility.SIGN_LANGUAGE)
		.categories(Category.LITTERATUR)
		.ages(AgeGroup.SMABARN)
		.build();

	private final EventView cafe = event("Café på museet").description("Kaffe och kaka")
		.at(library)
		.slot(at(15, 0), at(16, 0))
		.ages(AgeGroup.ALLA)
		.categories(Category.MAT)
		.build();

	private final EventView cancelled = event("Körkonsert").at(library)
		.slot(at(18, 30), at(19, 30))
		.status(EventStatus.CANCELLED)
		.build();

	private final EventView draft = event("Inte granskat").status(EventStatus.SUBMITTED).build();

	private final List<EventView> all = List.of(jazz, story, cafe, cancelled, draft);

	@Test
	void everySlotOfEveryPublicEventIsListedInTimeOrder() {
		List<Listing> listings = ProgrammeFilter.NONE.apply(all, NOW);

		assertThat(listings).extracting(l -> l.event().titleSv() + " " + l.occurrence().position())
			.containsExactly("Sagostund i vinterljus 1", "Sagostund i vinterljus 2", "Café på museet 1", "Körkonsert 1",
					"Jazz på kajen 1");
	}

	@Test
	void aCancelledEventStaysInTheListSoThatVisitorsFindOut() {
		assertThat(ProgrammeFilter.NONE.apply(all, NOW)).extracting(l -> l.event().status())
			.contains(EventStatus.CANCELLED)
			.doesNotContain(EventStatus.SUBMITTED);
	}

	@Test
	void areaAndCategoryNarrowTheList() {
		assertThat(new ProgrammeFilter(null, "Hamnen", null, null, null, null).apply(all, NOW))
			.extracting(l -> l.event().titleSv())
			.containsExactly("Jazz på kajen");
		assertThat(new ProgrammeFilter(null, null, Category.LITTERATUR, null, null, null).apply(all, NOW))
			.extracting(l -> l.event().titleSv())
			.containsOnly("Sagostund i vinterljus");
	}

	@Test
	void anEventForAllAgesSuitsEveryAgeGroup() {
		assertThat(new ProgrammeFilter(null, null, null, AgeGroup.SMABARN, null, null).apply(all, NOW))
			.extracting(l -> l.event().titleSv())
			.contains("Sagostund i vinterljus", "Café på museet")
			.doesNotContain("Jazz på kajen");
	}

	@Test
	void accessibilityOfASlotMatchesOnlyThatSlot() {
		List<Listing> signed = new ProgrammeFilter(null, null, null, null, Accessibility.SIGN_LANGUAGE, null).apply(all,
				NOW);

		assertThat(signed).hasSize(1);
		assertThat(signed.getFirst().occurrence().startsAt()).isEqualTo(at(14, 0));
	}

	@Test
	void accessibilityOfAVenueMatchesEverySlotThere() {
		assertThat(new ProgrammeFilter(null, null, null, null, Accessibility.STEP_FREE, null).apply(all, NOW))
			.extracting(l -> l.event().venue().name())
			.containsOnly("Stadsbiblioteket");
	}

	@Test
	void freeTextFindsEveryWordIgnoringCaseAndAccentsButNotSwedishLetters() {
		assertThat(new ProgrammeFilter(null, null, null, null, null, "CAFE kaka").apply(all, NOW))
			.extracting(l -> l.event().titleSv())
			.containsExactly("Café på museet");
		assertThat(new ProgrammeFilter(null, null, null, null, null, "hamnen jazz").apply(all, NOW)).hasSize(1);
		assertThat(new ProgrammeFilter(null, null, null, null, null, "sago kaka").apply(all, NOW)).isEmpty();
		assertThat(new ProgrammeFilter(null, null, null, null, null, "pa").apply(all, NOW)).as("å is not a").isEmpty();
	}

	@Test
	void theTimeSlotIsAppliedPerSlot() {
		List<Listing> afternoon = new ProgrammeFilter(new TimeSlot.Hours(12, 15), null, null, null, null, null)
			.apply(all, NOW);

		assertThat(afternoon).extracting(l -> l.event().titleSv()).containsExactly("Sagostund i vinterljus");
		assertThat(new ProgrammeFilter(new TimeSlot.WithinAnHour(), null, null, null, null, null).apply(all,
				at(13, 30).toInstant()))
			.extracting(l -> l.occurrence().startsAt())
			.containsExactly(at(14, 0));
	}

}
