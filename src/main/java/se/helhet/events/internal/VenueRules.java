package se.helhet.events.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

import se.helhet.events.VenueDetail;
import se.helhet.platform.Text;

/**
 * The rules for editing and merging venues, without Spring: coordinates must lie in
 * Sweden, opening hours must be readable times on the night, and a merge must leave
 * exactly one venue standing.
 */
final class VenueRules {

	/**
	 * Sweden's extent, a little generous: Smygehuk to Treriksröset, Koster to Haparanda.
	 */
	static final BigDecimal SOUTH = new BigDecimal("55.0");

	static final BigDecimal NORTH = new BigDecimal("69.1");

	static final BigDecimal WEST = new BigDecimal("10.9");

	static final BigDecimal EAST = new BigDecimal("24.2");

	private VenueRules() {
	}

	/** A coordinate as typed ("56,8790" or "56.8790"); empty when blank or unreadable. */
	static Optional<BigDecimal> decimal(String typed) {
		if (typed == null || typed.isBlank()) {
			return Optional.empty();
		}
		String value = typed.strip().replace(',', '.').replace('−', '-');
		if (!value.matches("-?\\d{1,3}(\\.\\d{1,12})?")) {
			return Optional.empty();
		}
		return Optional.of(new BigDecimal(value).setScale(6, RoundingMode.HALF_UP));
	}

	/**
	 * What is wrong with the latitude, or empty when it is in Sweden (or both are blank).
	 */
	static Optional<Text> latitudeProblem(String latitude, String longitude) {
		if (blank(latitude) && blank(longitude)) {
			return Optional.empty();
		}
		if (blank(latitude)) {
			return Optional.of(new Text("Ange latitud också, eller töm båda koordinaterna.",
					"Give the latitude too, or leave both coordinates empty."));
		}
		return decimal(latitude).filter(lat -> lat.compareTo(SOUTH) >= 0 && lat
			.compareTo(NORTH) <= 0).isPresent() ? Optional.empty() : Optional.of(new Text(
					"Latituden ska vara ett tal mellan 55 och 69 (Sverige), t.ex. 56,8790. Kontrollera att du inte har bytt plats på latitud och longitud.",
					"The latitude must be a number between 55 and 69 (Sweden), e.g. 56.8790. Check that latitude and longitude are not swapped."));
	}

	/**
	 * What is wrong with the longitude, or empty when it is in Sweden (or both are
	 * blank).
	 */
	static Optional<Text> longitudeProblem(String latitude, String longitude) {
		if (blank(latitude) && blank(longitude)) {
			return Optional.empty();
		}
		if (blank(longitude)) {
			return Optional.of(new Text("Ange longitud också, eller töm båda koordinaterna.",
					"Give the longitude too, or leave both coordinates empty."));
		}
		return decimal(longitude).filter(lon -> lon.compareTo(WEST) >= 0 && lon.compareTo(EAST) <= 0).isPresent()
				? Optional.empty()
				: Optional.of(new Text("Longituden ska vara ett tal mellan 11 och 24 (Sverige), t.ex. 14,8059.",
						"The longitude must be a number between 11 and 24 (Sweden), e.g. 14.8059."));
	}

	/**
	 * Why the duplicate may not be merged into the venue to keep, or empty when it may.
	 */
	static Optional<Text> mergeProblem(VenueDetail duplicate, VenueDetail keep) {
		if (duplicate == null || keep == null) {
			return Optional.of(new Text("Välj både dubbletten och platsen som ska finnas kvar.",
					"Choose both the duplicate and the venue to keep."));
		}
		if (duplicate.id().equals(keep.id())) {
			return Optional.of(new Text("Välj två olika platser: en plats kan inte sammanfogas med sig själv.",
					"Choose two different venues: a venue cannot be merged into itself."));
		}
		if (duplicate.merged()) {
			return Optional.of(new Text("%s är redan sammanfogad med en annan plats.".formatted(duplicate.name()),
					"%s has already been merged into another venue.".formatted(duplicate.name())));
		}
		if (keep.merged()) {
			return Optional.of(new Text(
					"%s är själv sammanfogad med %s. Välj den platsen att behålla i stället.".formatted(keep.name(),
							keep.mergedIntoName()),
					"%s has itself been merged into %s. Choose that venue to keep instead.".formatted(keep.name(),
							keep.mergedIntoName())));
		}
		return Optional.empty();
	}

	/**
	 * Opening hours on the night: both blank is none; a problem for what is unreadable.
	 */
	static Hours hours(LocalDate day, ZoneId zone, String opens, String closes) {
		if (blank(opens) && blank(closes)) {
			return new Hours(null, null, null);
		}
		Optional<LocalTime> open = time(opens);
		Optional<LocalTime> close = time(closes);
		if (open.isEmpty() || close.isEmpty()) {
			return new Hours(null, null, new Text(
					"Skriv både när platsen öppnar och stänger som tt:mm, t.ex. 10:00 och 24:00, eller töm båda.",
					"Give both opening and closing time as hh:mm, e.g. 10:00 and 24:00, or leave both empty."));
		}
		OffsetDateTime from = day.atTime(open.get()).atZone(zone).toOffsetDateTime();
		// 24:00, 00:00 or any time at or before the opening is after midnight
		OffsetDateTime to = "24:00".equals(closes.strip()) ? day.plusDays(1).atStartOfDay(zone).toOffsetDateTime()
				: close.get().isAfter(open.get()) ? day.atTime(close.get()).atZone(zone).toOffsetDateTime()
						: day.plusDays(1).atTime(close.get()).atZone(zone).toOffsetDateTime();
		return new Hours(from, to, null);
	}

	private static Optional<LocalTime> time(String typed) {
		if (blank(typed)) {
			return Optional.empty();
		}
		String value = typed.strip().replace('.', ':');
		if ("24:00".equals(value)) {
			return Optional.of(LocalTime.MIDNIGHT);
		}
		if (value.matches("\\d:\\d\\d")) {
			value = "0" + value;
		}
		try {
			return Optional.of(LocalTime.parse(value));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/** Opening hours read from the form; a problem instead when unreadable. */
	record Hours(OffsetDateTime opensAt, OffsetDateTime closesAt, Text problem) {

		boolean none() {
			return opensAt == null && problem == null;
		}

	}

	/** The id of a venue, for messages. */
	static String key(UUID programmeId) {
		return "opens-" + programmeId;
	}

}
