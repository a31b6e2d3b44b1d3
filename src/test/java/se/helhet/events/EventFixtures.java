package se.helhet.events;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Events, venues and slots on Kulturnatten 2027 for the module's unit tests. */
public final class EventFixtures {

	public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	private static int numbers = 1;

	private EventFixtures() {
	}

	/** 30 January 2027 at the hour and minute, Swedish time. */
	public static OffsetDateTime at(int hour, int minute) {
		return LocalDateTime.of(2027, 1, 30, 0, 0)
			.plusHours(hour)
			.plusMinutes(minute)
			.atZone(STOCKHOLM)
			.toOffsetDateTime();
	}

	public static VenueView venue(String name, String area, boolean stepFree) {
		return new VenueView(UUID.nameUUIDFromBytes(name.getBytes()), name, "Storgatan 1", "352 30", "Sjövik", area,
				new BigDecimal("56.879000"), new BigDecimal("14.805900"), stepFree, false, false, at(10, 0), at(24, 0));
	}

	public static OccurrenceView slot(int position, OffsetDateTime start, OffsetDateTime end, Accessibility... access) {
		return new OccurrenceView(UUID.randomUUID(), position, start, end, null, Set.of(access));
	}

	public static Builder event(String title) {
		return new Builder(title);
	}

	public static final class Builder {

		private final String title;

		private String description = "En kväll för alla.";

		private VenueView venue = venue("Stadsbiblioteket", "Centrum", true);

		private final List<OccurrenceView> slots = new ArrayList<>();

		private Set<Category> categories = Set.of(Category.MUSIK);

		private Set<AgeGroup> ages = Set.of(AgeGroup.ALLA);

		private EventStatus status = EventStatus.PUBLISHED;

		private int sequence;

		private Integer price;

		Builder(String title) {
			this.title = title;
		}

		public Builder description(String text) {
			this.description = text;
			return this;
		}

		public Builder at(VenueView where) {
			this.venue = where;
			return this;
		}

		public Builder slot(OffsetDateTime start, OffsetDateTime end, Accessibility... access) {
			slots.add(EventFixtures.slot(slots.size() + 1, start, end, access));
			return this;
		}

		public Builder moved(OffsetDateTime previous, OffsetDateTime start, OffsetDateTime end) {
			slots.add(new OccurrenceView(UUID.randomUUID(), slots.size() + 1, start, end, previous, Set.of()));
			status = EventStatus.MOVED;
			sequence++;
			return this;
		}

		public Builder categories(Category... values) {
			this.categories = Set.of(values);
			return this;
		}

		public Builder ages(AgeGroup... values) {
			this.ages = Set.of(values);
			return this;
		}

		public Builder status(EventStatus value) {
			this.status = value;
			return this;
		}

		public Builder sequence(int value) {
			this.sequence = value;
			return this;
		}

		public Builder price(Integer kronor) {
			this.price = kronor;
			return this;
		}

		public EventView build() {
			if (slots.isEmpty()) {
				slot(EventFixtures.at(18, 0), EventFixtures.at(19, 0));
			}
			return new EventView(UUID.randomUUID(), UUID.nameUUIDFromBytes("programme".getBytes()), numbers++, title,
					null, description, null, venue, "Sjöviks hembygdsförening", slots, categories, ages, "svenska",
					price, "", null, null, List.of(), status,
					status == EventStatus.CANCELLED ? "Artisten är sjuk." : null, sequence,
					EventFixtures.at(9, 0).minusDays(10), 0);
		}

	}

}
