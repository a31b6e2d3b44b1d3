package se.helhet.events.web;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.util.MultiValueMap;

import se.helhet.events.VenueChange;
import se.helhet.events.VenueDetail;

/** The venue form as typed, so that a refused form comes back unchanged. */
public record VenueForm(String name, String streetAddress, String postalCode, String locality, String area,
		String latitude, String longitude, boolean stepFree, boolean accessibleToilet, boolean parkingNearby,
		String description, List<HoursField> hours, String version) {

	static VenueForm of(VenueDetail v) {
		return new VenueForm(v.name(), v.streetAddress(), v.postalCode(), v.locality(), v.area(),
				v.latitude() == null ? "" : v.latitude().stripTrailingZeros().toPlainString(),
				v.longitude() == null ? "" : v.longitude().stripTrailingZeros().toPlainString(), v.stepFree(),
				v.accessibleToilet(), v.parkingNearby(), v.description(),
				v.hours()
					.stream()
					.map(h -> new HoursField(h.programmeId(), h.programmeName(), h.day(), time(h.opensAt(), false),
							time(h.closesAt(), true)))
					.toList(),
				String.valueOf(v.version()));
	}

	static VenueForm of(MultiValueMap<String, String> p, VenueDetail v) {
		List<HoursField> hours = new ArrayList<>();
		for (VenueDetail.Hours h : v.hours()) {
			hours.add(new HoursField(h.programmeId(), h.programmeName(), h.day(), value(p, "opens-" + h.programmeId()),
					value(p, "closes-" + h.programmeId())));
		}
		return new VenueForm(value(p, "name"), value(p, "streetAddress"), value(p, "postalCode"), value(p, "locality"),
				value(p, "area"), value(p, "latitude"), value(p, "longitude"), p.containsKey("stepFree"),
				p.containsKey("accessibleToilet"), p.containsKey("parkingNearby"), value(p, "description"), hours,
				value(p, "version"));
	}

	VenueChange change() {
		Integer v;
		try {
			v = Integer.valueOf(version.strip());
		}
		catch (NumberFormatException ex) {
			v = null;
		}
		return new VenueChange(name, streetAddress, postalCode, locality, area, latitude, longitude, stepFree,
				accessibleToilet, parkingNearby, description,
				hours.stream().map(h -> new VenueChange.HoursChange(h.programmeId(), h.opens(), h.closes())).toList(),
				v);
	}

	private static String value(MultiValueMap<String, String> p, String key) {
		String value = p.getFirst(key);
		return value == null ? "" : value;
	}

	private static String time(OffsetDateTime moment, boolean closing) {
		if (moment == null) {
			return "";
		}
		var local = moment.atZoneSameInstant(ZoneId.of("Europe/Stockholm")).toLocalTime();
		return closing && local.equals(java.time.LocalTime.MIDNIGHT) ? "24:00" : local.toString();
	}

	/** One festival night's opening hours as typed. */
	public record HoursField(UUID programmeId, String programmeName, java.time.LocalDate day, String opens,
			String closes) {

		public String key() {
			return "opens-" + programmeId;
		}

	}

}
