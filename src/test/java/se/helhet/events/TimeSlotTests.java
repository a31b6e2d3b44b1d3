package se.helhet.events;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static se.helhet.events.EventFixtures.at;

class TimeSlotTests {

	private static final Instant SIX_PM = at(18, 0).toInstant();

	@Test
	void nowIncludesWhatHasStartedAndNotEnded() {
		TimeSlot now = new TimeSlot.Now();

		assertThat(now.includes(at(17, 30).toInstant(), at(18, 30).toInstant(), SIX_PM)).isTrue();
		assertThat(now.includes(at(18, 0).toInstant(), at(18, 30).toInstant(), SIX_PM)).as("starts right now").isTrue();
		assertThat(now.includes(at(17, 0).toInstant(), at(18, 0).toInstant(), SIX_PM)).as("just ended").isFalse();
		assertThat(now.includes(at(18, 15).toInstant(), at(19, 0).toInstant(), SIX_PM)).as("not yet").isFalse();
	}

	@Test
	void withinAnHourIncludesWhatStartsInTheComingHourButNotWhatIsAlreadyOn() {
		TimeSlot soon = new TimeSlot.WithinAnHour();

		assertThat(soon.includes(at(18, 30).toInstant(), at(19, 0).toInstant(), SIX_PM)).isTrue();
		assertThat(soon.includes(at(19, 0).toInstant(), at(20, 0).toInstant(), SIX_PM)).as("exactly an hour").isTrue();
		assertThat(soon.includes(at(19, 1).toInstant(), at(20, 0).toInstant(), SIX_PM)).isFalse();
		assertThat(soon.includes(at(17, 30).toInstant(), at(19, 0).toInstant(), SIX_PM)).as("already on").isFalse();
	}

	@Test
	void anHourRangeIncludesEverySlotThatOverlapsItInSwedishTime() {
		TimeSlot evening = new TimeSlot.Hours(18, 21);

		assertThat(evening.includes(at(17, 30).toInstant(), at(18, 30).toInstant(), SIX_PM)).isTrue();
		assertThat(evening.includes(at(20, 45).toInstant(), at(22, 0).toInstant(), SIX_PM)).isTrue();
		assertThat(evening.includes(at(10, 0).toInstant(), at(24, 0).toInstant(), SIX_PM)).as("open all day").isTrue();
		assertThat(evening.includes(at(17, 0).toInstant(), at(18, 0).toInstant(), SIX_PM)).as("ends at 18").isFalse();
		assertThat(evening.includes(at(21, 0).toInstant(), at(22, 0).toInstant(), SIX_PM)).as("starts at 21").isFalse();
	}

	@Test
	void theLastRangeRunsToMidnight() {
		TimeSlot late = new TimeSlot.Hours(21, 24);

		assertThat(late.includes(at(23, 30).toInstant(), at(24, 0).toInstant(), SIX_PM)).isTrue();
	}

	@Test
	void filterValuesAreReadAndNonsenseIsIgnored() {
		assertThat(TimeSlot.parse("nu")).containsInstanceOf(TimeSlot.Now.class);
		assertThat(TimeSlot.parse("inom-en-timme")).containsInstanceOf(TimeSlot.WithinAnHour.class);
		assertThat(TimeSlot.parse("18-21")).contains(new TimeSlot.Hours(18, 21));
		assertThat(TimeSlot.parse("21-18")).isEmpty();
		assertThat(TimeSlot.parse("0-99")).isEmpty();
		assertThat(TimeSlot.parse("<script>")).isEmpty();
		assertThat(TimeSlot.parse(null)).isEmpty();
	}

}
