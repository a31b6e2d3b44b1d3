package se.helhet.events.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Collectors;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import se.helhet.events.Category;
import se.helhet.events.EventView;
import se.helhet.events.Listing;
import se.helhet.events.ProgrammeView;

/**
 * The programme as iCalendar (RFC 5545), written with ical4j: one VEVENT per slot, times
 * in Europe/Stockholm with that zone's VTIMEZONE in the file (ical4j does not add it by
 * itself, and its validator does not notice when it is missing), a UID per slot that
 * never changes, STATUS:CANCELLED and a raised SEQUENCE when an event is cancelled or
 * moved, so that calendars that subscribed update instead of adding a copy.
 */
@Component
public class IcsFeeds {

	static final String UID_DOMAIN = "evenemang.helhet";

	private final String baseUrl;

	private final VTimeZone stockholm;

	IcsFeeds(@Value("${helhet.base-url:http://localhost:8080}") String baseUrl) {
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.stockholm = stockholm();
	}

	/**
	 * Europe/Stockholm's VTIMEZONE under its own name. Since tzdata 2022 Stockholm is a
	 * link to Europe/Berlin (same rules since 1980), and ical4j answers Berlin's
	 * definition with TZID:Europe/Berlin: the events' TZID=Europe/Stockholm would then
	 * point at nothing, and ical4j's validator does not notice. The rules are the same,
	 * so the definition is renamed (and its link to Berlin's tzurl.org entry dropped).
	 */
	static VTimeZone stockholm() {
		VTimeZone zone = TimeZoneRegistryFactory.getInstance()
			.createRegistry()
			.getTimeZone(EventsService.STOCKHOLM.getId())
			.getVTimeZone();
		VTimeZone renamed;
		try {
			renamed = (VTimeZone) zone.copy();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Kunde inte kopiera tidszonen Europe/Stockholm", ex);
		}
		renamed.removeAll(Property.TZURL, "X-LIC-LOCATION");
		renamed.replace(new TzId(EventsService.STOCKHOLM.getId()));
		return renamed;
	}

	/**
	 * A feed of these slots.
	 * @param name the calendar's name as calendar apps show it
	 */
	public String write(ProgrammeView programme, String name, List<Listing> listings, Instant now) {
		return write(programme, name, listings, now, false);
	}

	/**
	 * The same feed, written once per version of the programme: the programme's events
	 * are kept as one list until something changes, so a feed built from that list can be
	 * kept as long.
	 * @param key which feed of the programme, e.g. "all" or "category:MUSIK"
	 * @param source the list the feed is built from; a new list builds a new feed
	 */
	public String cached(String key, Object source, ProgrammeView programme, String name,
			java.util.function.Supplier<List<Listing>> listings, Instant now) {
		Written written = memo.get(programme.slug() + ":" + key);
		if (written != null && written.source() == source) {
			return written.body();
		}
		String body = write(programme, name, listings.get(), now);
		memo.put(programme.slug() + ":" + key, new Written(source, body));
		return body;
	}

	private final java.util.Map<String, Written> memo = new java.util.concurrent.ConcurrentHashMap<>();

	private record Written(Object source, String body) {
	}

	/**
	 * @param validate run ical4j's validator too (the tests do; it costs more than
	 * writing the feed, and it does not notice a missing VTIMEZONE anyway)
	 */
	public String write(ProgrammeView programme, String name, List<Listing> listings, Instant now, boolean validate) {
		return write(programme, name, listings, now, validate, false);
	}

	/**
	 * The feed with the events' English texts where they have one (Swedish otherwise),
	 * for a visitor who chose English.
	 */
	public String write(ProgrammeView programme, String name, List<Listing> listings, Instant now, boolean validate,
			boolean english) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Helhet//Evenemang " + programme.slug() + "//SV"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(new XProperty("X-WR-CALNAME", name));
		calendar.add(new XProperty("X-WR-TIMEZONE", EventsService.STOCKHOLM.getId()));
		calendar.add(stockholm);
		for (Listing listing : listings) {
			calendar.add(vevent(programme, listing, now, english));
		}
		StringWriter out = new StringWriter(listings.size() * 700 + 4000);
		try {
			new CalendarOutputter(validate).output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ValidationException ex) {
			throw new IllegalStateException("Programmets kalenderfil blev ogiltig: " + ex.getMessage(), ex);
		}
		return out.toString();
	}

	private VEvent vevent(ProgrammeView programme, Listing listing, Instant now, boolean english) {
		EventView event = listing.event();
		ZonedDateTime start = listing.occurrence().startsAt().atZoneSameInstant(EventsService.STOCKHOLM);
		ZonedDateTime end = listing.occurrence().endsAt().atZoneSameInstant(EventsService.STOCKHOLM);
		String title = (event.cancelled() ? english ? "CANCELLED: " : "INSTÄLLT: " : "") + event.title(english);
		VEvent vevent = new VEvent(start, end, title);
		vevent.replace(new DtStamp(now));
		vevent.add(new Uid(uid(listing)));
		vevent.add(new Sequence(event.sequence()));
		vevent.add(event.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
		vevent.add(new Location(event.venue().name() + ", " + event.venue().address()));
		vevent.add(new Description(english ? englishDescription(event) : description(event)));
		vevent.add(new Url(URI.create(baseUrl + "/evenemang/" + programme.slug() + "/" + event.number())));
		if (!event.categories().isEmpty()) {
			vevent.add(new Categories(event.sortedCategories()
				.stream()
				.map(Category::name)
				.map(c -> c.charAt(0) + c.substring(1).toLowerCase(java.util.Locale.ROOT))
				.collect(Collectors.joining(","))));
		}
		if (event.updatedAt() != null) {
			vevent.add(new LastModified(event.updatedAt().toInstant()));
		}
		return vevent;
	}

	/** The slot's UID: stable through moves and cancellation, unique per slot. */
	static String uid(Listing listing) {
		return listing.occurrence().id() + "@" + UID_DOMAIN;
	}

	private static String englishDescription(EventView event) {
		StringBuilder text = new StringBuilder();
		if (event.cancelled()) {
			text.append("Cancelled");
			if (event.statusReason() != null && !event.statusReason().isBlank()) {
				text.append(": ").append(event.statusReason());
			}
			text.append("\n\n");
		}
		else if (event.moved()) {
			text.append("Moved to a new time.\n\n");
		}
		text.append(event.description(true));
		text.append(event.free() ? "\n\nFree entry." : "\n\nPrice: SEK " + event.priceSek() + ". " + event.priceNote());
		return text.toString().strip();
	}

	private static String description(EventView event) {
		StringBuilder text = new StringBuilder();
		if (event.cancelled()) {
			text.append("Inställt");
			if (event.statusReason() != null && !event.statusReason().isBlank()) {
				text.append(": ").append(event.statusReason());
			}
			text.append("\n\n");
		}
		else if (event.moved()) {
			text.append("Flyttat till en ny tid.\n\n");
		}
		text.append(event.descriptionSv());
		text.append(event.free() ? "\n\nFri entré." : "\n\nPris: " + event.priceSek() + " kr. " + event.priceNote());
		return text.toString().strip();
	}

}
