package se.helhet.events.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import se.helhet.events.EventView;
import se.helhet.events.OccurrenceView;
import se.helhet.events.ProgrammeView;
import se.helhet.events.VenueView;
import tools.jackson.databind.json.JsonMapper;

/**
 * schema.org structured data (JSON-LD) for search engines and aggregators: the programme
 * as a Festival whose subEvents are the events on the page, each event (one Event per
 * slot) with the Festival as its superEvent, its eventStatus, and previousStartDate when
 * it was moved.
 */
@Component
public class JsonLd {

	private final JsonMapper json;

	private final String baseUrl;

	JsonLd(JsonMapper json, @Value("${helhet.base-url:http://localhost:8080}") String baseUrl) {
		this.json = json;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/**
	 * The programme's Festival with references to the events shown on this page of the
	 * programme: each event's own page carries its full Event with the Festival as its
	 * superEvent, so the programme page stays light on a phone.
	 */
	public String festival(ProgrammeView programme, List<EventView> shown) {
		Map<String, Object> festival = festivalNode(programme);
		festival.put("@context", "https://schema.org");
		festival.put("description", programme.descriptionSv());
		festival.put("subEvent", shown.stream().map(e -> Map.of("@id", eventUrl(programme, e))).toList());
		return write(festival);
	}

	/** The event's page: one Event per slot, each part of the Festival. */
	public String event(ProgrammeView programme, EventView event) {
		List<Object> graph = new ArrayList<>();
		for (OccurrenceView slot : event.occurrences()) {
			graph.add(eventNode(programme, event, slot));
		}
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("@context", "https://schema.org");
		root.put("@graph", graph);
		return write(root);
	}

	Map<String, Object> eventNode(ProgrammeView programme, EventView event, OccurrenceView slot) {
		String url = eventUrl(programme, event);
		Map<String, Object> node = new LinkedHashMap<>();
		node.put("@type", "Event");
		node.put("@id", event.occurrences().size() == 1 ? url : url + "#tid-" + slot.position());
		node.put("name", event.titleSv());
		node.put("description", event.descriptionSv());
		node.put("url", url);
		node.put("startDate", slot.startsAt().toString());
		node.put("endDate", slot.endsAt().toString());
		node.put("eventStatus", event.status().schemaOrg());
		if (slot.previousStartsAt() != null) {
			node.put("previousStartDate", slot.previousStartsAt().toString());
		}
		node.put("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode");
		node.put("location", place(event.venue()));
		node.put("organizer", Map.of("@type", "Organization", "name", event.organiserName()));
		node.put("isAccessibleForFree", event.free());
		Map<String, Object> offer = new LinkedHashMap<>();
		offer.put("@type", "Offer");
		offer.put("price", event.free() ? "0" : String.valueOf(event.priceSek()));
		offer.put("priceCurrency", "SEK");
		offer.put("url", url);
		node.put("offers", offer);
		node.put("inLanguage", "sv");
		if (!event.ageGroups().isEmpty()) {
			node.put("audience", Map.of("@type", "Audience", "audienceType",
					String.join(", ", event.sortedAgeGroups().stream().map(Enum::name).toList())));
		}
		if (event.imageRef() != null) {
			node.put("image", baseUrl + event.imageRef());
		}
		node.put("superEvent", festivalNode(programme));
		return node;
	}

	private Map<String, Object> festivalNode(ProgrammeView programme) {
		Map<String, Object> festival = new LinkedHashMap<>();
		festival.put("@type", programme.isFestival() ? "Festival" : "EventSeries");
		festival.put("@id", programmeUrl(programme));
		festival.put("name", programme.nameSv());
		festival.put("url", programmeUrl(programme));
		if (programme.startsAt() != null) {
			festival.put("startDate", programme.startsAt().toString());
			festival.put("endDate", programme.endsAt().toString());
			festival.put("eventStatus", "https://schema.org/EventScheduled");
			festival.put("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode");
			festival.put("location", Map.of("@type", "Place", "name", "Sjövik", "address",
					Map.of("@type", "PostalAddress", "addressLocality", "Sjövik", "addressCountry", "SE")));
		}
		return festival;
	}

	private static Map<String, Object> place(VenueView venue) {
		Map<String, Object> place = new LinkedHashMap<>();
		place.put("@type", "Place");
		place.put("name", venue.name());
		Map<String, Object> address = new LinkedHashMap<>();
		address.put("@type", "PostalAddress");
		address.put("streetAddress", venue.streetAddress());
		address.put("postalCode", venue.postalCode());
		address.put("addressLocality", venue.locality());
		address.put("addressCountry", "SE");
		place.put("address", address);
		if (venue.latitude() != null && venue.longitude() != null) {
			place.put("geo",
					Map.of("@type", "GeoCoordinates", "latitude", venue.latitude(), "longitude", venue.longitude()));
		}
		return place;
	}

	public String programmeUrl(ProgrammeView programme) {
		return baseUrl + "/evenemang/" + programme.slug();
	}

	public String eventUrl(ProgrammeView programme, EventView event) {
		return programmeUrl(programme) + "/" + event.number();
	}

	/**
	 * JSON safe inside a script element: "</script>" or "<!--" in an organiser's text
	 * must not end the element early.
	 */
	private String write(Object value) {
		return json.writeValueAsString(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

}
