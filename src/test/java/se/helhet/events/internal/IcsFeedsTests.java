package se.helhet.events.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import org.junit.jupiter.api.Test;

import se.helhet.events.EventStatus;
import se.helhet.events.EventView;
import se.helhet.events.Listing;
import se.helhet.events.ProgrammeView;

import static org.assertj.core.api.Assertions.assertThat;
import static se.helhet.events.EventFixtures.at;
import static se.helhet.events.EventFixtures.event;

/**
 * The feed as another calendar reads it: parsed back with biweekly, an iCalendar library
 * independent of ical4j that writes it.
 */
class IcsFeedsTests {

	private static final ProgrammeView KULTURNATTEN = new ProgrammeView(UUID.randomUUID(), "kulturnatten-2027",
			ProgrammeView.Kind.FESTIVAL, "Kulturnatten 2027", null, "", null, at(10, 0), at(24, 0), null, null,
			at(9, 0).minusDays(7));

	private final IcsFeeds feeds = new IcsFeeds("https://helhet.sjovik.se");

	private final EventView jazz = event("Jazz på kajen").slot(at(19, 0), at(20, 0)).build();

	private final EventView cancelled = event("Körkonsert").slot(at(18, 30), at(19, 30))
		.status(EventStatus.CANCELLED)
		.sequence(1)
		.build();

	private final EventView moved = event("Lyktvandring").moved(at(16, 0), at(18, 0), at(19, 0)).build();

	private final EventView tour = event("Guidad tur").slot(at(14, 0), at(14, 45)).slot(at(16, 0), at(16, 45)).build();

	private String feed() {
		return feeds.write(KULTURNATTEN, "Kulturnatten 2027", listings(jazz, cancelled, moved, tour),
				Instant.parse("2026-11-28T12:00:00Z"), true);
	}

	private static List<Listing> listings(EventView... events) {
		return java.util.Arrays.stream(events)
			.flatMap(e -> e.occurrences().stream().map(o -> new Listing(e, o)))
			.toList();
	}

	@Test
	void everySlotIsOneEventInSwedishTime() {
		ICalendar calendar = Biweekly.parse(feed()).first();

		assertThat(calendar.getEvents()).hasSize(5);
		VEvent first = calendar.getEvents()
			.stream()
			.filter(e -> e.getSummary().getValue().equals("Jazz på kajen"))
			.findFirst()
			.orElseThrow();
		assertThat(first.getDateStart().getValue().toInstant()).isEqualTo(at(19, 0).toInstant());
		assertThat(first.getDateEnd().getValue().toInstant()).isEqualTo(at(20, 0).toInstant());
		// biweekly moves TZID out of the parameters into its timezone info when it finds
		// the
		// VTIMEZONE; without one it would fall back to the system zone
		assertThat(
				calendar.getTimezoneInfo().getTimezone(first.getDateStart()).getComponent().getTimezoneId().getValue())
			.isEqualTo("Europe/Stockholm");
	}

	@Test
	void everyTzidHasItsVtimezone() {
		String text = feed();
		ICalendar calendar = Biweekly.parse(text).first();

		Set<String> defined = calendar.getTimezoneInfo()
			.getComponents()
			.stream()
			.map(tz -> tz.getTimezoneId().getValue())
			.collect(Collectors.toSet());
		Matcher tzids = Pattern.compile("TZID=([^:;]+)").matcher(text);
		int found = 0;
		while (tzids.find()) {
			found++;
			assertThat(defined).as("VTIMEZONE for TZID %s", tzids.group(1)).contains(tzids.group(1));
		}
		assertThat(found).as("times carry a TZID").isGreaterThanOrEqualTo(10);
		assertThat(defined).containsExactly("Europe/Stockholm");
	}

	@Test
	void uidsAreStableAndUniquePerSlot() {
		ICalendar first = Biweekly.parse(feed()).first();
		ICalendar again = Biweekly.parse(feed()).first();

		List<String> uids = first.getEvents().stream().map(e -> e.getUid().getValue()).toList();
		assertThat(uids).doesNotHaveDuplicates().allMatch(uid -> uid.endsWith("@" + IcsFeeds.UID_DOMAIN));
		assertThat(again.getEvents().stream().map(e -> e.getUid().getValue()).toList()).isEqualTo(uids);
		assertThat(uids).contains(tour.occurrences().get(0).id() + "@" + IcsFeeds.UID_DOMAIN,
				tour.occurrences().get(1).id() + "@" + IcsFeeds.UID_DOMAIN);
	}

	@Test
	void aCancelledEventIsCancelledWithARaisedSequence() {
		VEvent event = Biweekly.parse(feed())
			.first()
			.getEvents()
			.stream()
			.filter(e -> e.getUid().getValue().startsWith(cancelled.occurrences().getFirst().id().toString()))
			.findFirst()
			.orElseThrow();

		assertThat(event.getStatus().getValue()).isEqualTo("CANCELLED");
		assertThat(event.getSequence().getValue()).isEqualTo(1);
		assertThat(event.getSummary().getValue()).startsWith("INSTÄLLT");
		assertThat(event.getDescription().getValue()).contains("Artisten är sjuk.");
	}

	@Test
	void aMovedEventHasItsNewTimeAndARaisedSequence() {
		VEvent event = Biweekly.parse(feed())
			.first()
			.getEvents()
			.stream()
			.filter(e -> e.getSummary().getValue().equals("Lyktvandring"))
			.findFirst()
			.orElseThrow();

		assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(at(18, 0).toInstant());
		assertThat(event.getSequence().getValue()).isEqualTo(1);
		assertThat(event.getStatus().getValue()).isEqualTo("CONFIRMED");
	}

	@Test
	void biweeklyFindsNothingWrongWithTheFeed() {
		ICalendar calendar = Biweekly.parse(feed()).first();

		assertThat(calendar.validate(biweekly.ICalVersion.V2_0).isEmpty())
			.as(calendar.validate(biweekly.ICalVersion.V2_0).toString())
			.isTrue();
	}

}
