package se.helhet.events.web;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.helhet.events.Category;
import se.helhet.events.Events;
import se.helhet.events.Listing;
import se.helhet.events.MyProgramme;
import se.helhet.events.ProgrammeFilter;
import se.helhet.events.ProgrammeView;
import se.helhet.events.internal.IcsFeeds;
import se.helhet.platform.NotFoundException;

/**
 * The programme's iCalendar feeds, open to everyone: the whole programme, one category,
 * one venue, and the visitor's own starred events (a URL a calendar app can subscribe to,
 * since the picks live in the link and not in an account).
 */
@RestController
@RequestMapping("/evenemang")
class FeedController {

	static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

	private final Events events;

	private final IcsFeeds feeds;

	private final Clock clock;

	private final se.helhet.events.Venues venues;

	FeedController(Events events, IcsFeeds feeds, Clock clock, se.helhet.events.Venues venues) {
		this.events = events;
		this.feeds = feeds;
		this.clock = clock;
		this.venues = venues;
	}

	@GetMapping("/{slug}.ics")
	@PreAuthorize("permitAll()")
	ResponseEntity<String> programme(@PathVariable String slug, java.util.Locale locale) {
		ProgrammeView programme = published(slug);
		if (english(locale)) {
			return calendar(slug,
					feeds.write(programme, programme.name(true), all(programme), clock.instant(), false, true));
		}
		return calendar(slug, feeds.cached("all", events.publicEvents(programme.id()), programme, programme.nameSv(),
				() -> all(programme), clock.instant()));
	}

	@GetMapping("/{slug}/kategori/{category}.ics")
	@PreAuthorize("permitAll()")
	ResponseEntity<String> category(@PathVariable String slug, @PathVariable String category, java.util.Locale locale) {
		ProgrammeView programme = published(slug);
		Category chosen = Category.parse(category).orElseThrow(() -> new NotFoundException("Okänd kategori."));
		List<Listing> listings = events.listings(programme.id(),
				new ProgrammeFilter(null, null, chosen, null, null, null), clock.instant());
		return calendar(slug + "-" + chosen.slug(),
				feeds.write(programme,
						programme.name(english(locale)) + " – " + chosen.name().charAt(0) + chosen.slug().substring(1),
						listings, clock.instant(), false, english(locale)));
	}

	@GetMapping("/{slug}/platser/{venueId}.ics")
	@PreAuthorize("permitAll()")
	ResponseEntity<String> venue(@PathVariable String slug, @PathVariable String venueId, java.util.Locale locale) {
		ProgrammeView programme = published(slug);
		UUID id;
		try {
			id = UUID.fromString(venueId);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("Platsen finns inte.");
		}
		// a merged duplicate's feed lives on at the kept venue's address
		UUID current = venues.current(id).orElse(id);
		if (!current.equals(id)) {
			return ResponseEntity.status(org.springframework.http.HttpStatus.MOVED_PERMANENTLY)
				.location(java.net.URI.create("/evenemang/" + slug + "/platser/" + current + ".ics"))
				.build();
		}
		var venue = events.venues(programme.id())
			.stream()
			.filter(v -> v.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Platsen finns inte i programmet."));
		List<Listing> listings = all(programme).stream().filter(l -> l.event().venue().id().equals(id)).toList();
		return calendar(slug + "-plats", feeds.write(programme, programme.name(english(locale)) + " – " + venue.name(),
				listings, clock.instant(), false, english(locale)));
	}

	@GetMapping("/{slug}/mitt-program.ics")
	@PreAuthorize("permitAll()")
	ResponseEntity<String> mine(@PathVariable String slug, @RequestParam(required = false) String ids,
			java.util.Locale locale) {
		ProgrammeView programme = published(slug);
		List<Integer> numbers = ProgrammeController.numbers(ids);
		List<Listing> picks = new java.util.ArrayList<>();
		for (Integer number : numbers) {
			events.publicEvent(programme.id(), number)
				.ifPresent(e -> e.occurrences().forEach(o -> picks.add(new Listing(e, o))));
		}
		return calendar(slug + "-mitt-program",
				feeds.write(programme,
						(english(locale) ? "My programme – " : "Mitt program – ") + programme.name(english(locale)),
						new MyProgramme(picks).picks(), clock.instant(), false, english(locale)));
	}

	/**
	 * A feed in English when the visitor chose English (?lang=en, or the language
	 * cookie).
	 */
	private static boolean english(java.util.Locale locale) {
		return locale != null && "en".equals(locale.getLanguage());
	}

	private List<Listing> all(ProgrammeView programme) {
		return events.listings(programme.id(), ProgrammeFilter.NONE, clock.instant());
	}

	private ProgrammeView published(String slug) {
		return events.programme(slug).orElseThrow(() -> new NotFoundException("Programmet finns inte."));
	}

	private static ResponseEntity<String> calendar(String filename, String body) {
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + filename + ".ics\"")
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic())
			.body(body);
	}

}
