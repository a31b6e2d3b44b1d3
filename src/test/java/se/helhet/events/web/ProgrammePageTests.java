package se.helhet.events.web;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.helhet.events.EventView;
import se.helhet.events.Listing;

import static org.assertj.core.api.Assertions.assertThat;
import static se.helhet.events.EventFixtures.at;
import static se.helhet.events.EventFixtures.event;
import static se.helhet.events.EventFixtures.venue;

class ProgrammePageTests {

	/** count items starting at the given hour, each at its own venue name */
	private static List<Listing> items(int hour, int count) {
		List<Listing> listings = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			EventView e = event("Punkt " + hour + ":" + i).at(venue("Plats " + (char) ('A' + i), "Centrum", true))
				.slot(at(hour, i % 60), at(hour, 59))
				.build();
			listings.add(new Listing(e, e.occurrences().getFirst()));
		}
		return listings;
	}

	private static List<Listing> day(int... perHour) {
		List<Listing> all = new ArrayList<>();
		for (int i = 0; i < perHour.length; i++) {
			all.addAll(items(10 + i, perHour[i]));
		}
		return all;
	}

	@Test
	void aPageHoldsWholeHoursUpToItsSize() {
		List<ProgrammePage.Group> hours = ProgrammePage.byHour(day(4, 3, 5, 2));

		ProgrammePage first = ProgrammePage.of(hours, 1, 8);

		assertThat(first.groups()).extracting(ProgrammePage.Group::name).containsExactly("10", "11");
		assertThat(first.shown()).isEqualTo(7);
		assertThat(first.total()).isEqualTo(14);
		assertThat(first.pages()).isEqualTo(2);
		assertThat(first.hasNext()).isTrue();
		assertThat(first.remaining()).isEqualTo(7);
	}

	@Test
	void theNextPageGoesOnWhereTheFirstEnded() {
		ProgrammePage second = ProgrammePage.of(ProgrammePage.byHour(day(4, 3, 5, 2)), 2, 8);

		assertThat(second.groups()).extracting(ProgrammePage.Group::name).containsExactly("12", "13");
		assertThat(second.first()).isEqualTo(8);
		assertThat(second.shown()).isEqualTo(7);
		assertThat(second.hasNext()).isFalse();
		assertThat(second.remaining()).isZero();
	}

	@Test
	void anHourBiggerThanAPageIsKeptWhole() {
		ProgrammePage first = ProgrammePage.of(ProgrammePage.byHour(day(12, 1)), 1, 8);

		assertThat(first.groups()).extracting(ProgrammePage.Group::name).containsExactly("10");
		assertThat(first.shown()).isEqualTo(12);
		assertThat(first.pages()).isEqualTo(2);
	}

	@Test
	void aSmallProgrammeIsOnePage() {
		ProgrammePage only = ProgrammePage.of(ProgrammePage.byHour(day(2, 2)), 1, 200);

		assertThat(only.pages()).isEqualTo(1);
		assertThat(only.shown()).isEqualTo(4);
		assertThat(only.hasNext()).isFalse();
	}

	@Test
	void aPageNumberOutOfRangeGivesTheNearestPage() {
		List<ProgrammePage.Group> hours = ProgrammePage.byHour(day(4, 3, 5, 2));

		assertThat(ProgrammePage.of(hours, 9, 8).number()).isEqualTo(2);
		assertThat(ProgrammePage.of(hours, 0, 8).number()).isEqualTo(1);
		assertThat(ProgrammePage.of(List.of(), 3, 8).shown()).isZero();
	}

	@Test
	void theTimetableGroupsByVenueInNameOrder() {
		List<ProgrammePage.Group> venues = ProgrammePage.byVenue(day(2, 1));

		assertThat(venues).extracting(ProgrammePage.Group::name).containsExactly("Plats A", "Plats B");
		assertThat(venues.getFirst().listings()).extracting(l -> l.occurrence().startsAt().getHour())
			.containsExactly(10, 11);
	}

}
