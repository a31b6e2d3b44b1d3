package se.helhet.events;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static se.helhet.events.EventFixtures.at;
import static se.helhet.events.EventFixtures.event;

class MyProgrammeTests {

	private static Listing pick(EventView event) {
		return new Listing(event, event.occurrences().getFirst());
	}

	@Test
	void twoPicksThatOverlapClash() {
		Listing jazz = pick(event("Jazz").slot(at(18, 0), at(19, 0)).build());
		Listing choir = pick(event("Kör").slot(at(18, 30), at(19, 15)).build());
		Listing film = pick(event("Film").slot(at(20, 0), at(21, 30)).build());

		MyProgramme mine = new MyProgramme(List.of(film, choir, jazz));

		assertThat(mine.clashes()).containsExactly(new MyProgramme.Clash(jazz, choir));
		assertThat(mine.clashes(jazz)).isTrue();
		assertThat(mine.clashes(film)).isFalse();
		assertThat(mine.picks()).as("in time order").containsExactly(jazz, choir, film);
	}

	@Test
	void oneEndingWhenTheNextStartsIsNoClash() {
		Listing first = pick(event("Visning").slot(at(14, 0), at(14, 30)).build());
		Listing second = pick(event("Sagostund").slot(at(14, 30), at(15, 0)).build());

		assertThat(new MyProgramme(List.of(first, second)).clashes()).isEmpty();
	}

	@Test
	void aCancelledPickClashesWithNothing() {
		Listing cancelled = pick(event("Inställt").slot(at(18, 0), at(19, 0)).status(EventStatus.CANCELLED).build());
		Listing jazz = pick(event("Jazz").slot(at(18, 0), at(19, 0)).build());

		assertThat(new MyProgramme(List.of(cancelled, jazz)).clashes()).isEmpty();
	}

	@Test
	void theSlotsOfOneEventDoNotClashWithEachOther() {
		EventView tour = event("Guidad tur").slot(at(14, 0), at(15, 0)).slot(at(14, 30), at(15, 30)).build();

		assertThat(new MyProgramme(
				List.of(new Listing(tour, tour.occurrences().get(0)), new Listing(tour, tour.occurrences().get(1))))
			.clashes()).isEmpty();
	}

}
