package se.helhet.events.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import se.helhet.events.Accessibility;
import se.helhet.events.AgeGroup;
import se.helhet.events.Category;
import se.helhet.events.EventView;
import se.helhet.events.Events;
import se.helhet.events.Listing;
import se.helhet.events.MyProgramme;
import se.helhet.events.ProgrammeFilter;
import se.helhet.events.ProgrammeView;
import se.helhet.events.TimeSlot;
import se.helhet.events.internal.JsonLd;
import se.helhet.platform.Page;
import se.helhet.platform.NotFoundException;

/**
 * The visitors' pages, open to everyone without logging in: the programme with its
 * filters in a list or by venue, each event at its own address, the visitor's own
 * programme and the public change log.
 */
@Controller
@RequestMapping("/evenemang")
class ProgrammeController {

	/** At most this many starred events in one "Mitt program" link. */
	static final int MAX_PICKS = 100;

	private final Events events;

	private final JsonLd jsonLd;

	private final Clock clock;

	ProgrammeController(Events events, JsonLd jsonLd, Clock clock) {
		this.events = events;
		this.jsonLd = jsonLd;
		this.clock = clock;
	}

	@GetMapping
	@PreAuthorize("permitAll()")
	String programmes(Model model) {
		model.addAttribute("programmes", events.publishedProgrammes());
		return "events/programmes";
	}

	@GetMapping("/{slug}")
	@PreAuthorize("permitAll()")
	String programme(@PathVariable String slug, @RequestParam(name = "tid", required = false) String slot,
			@RequestParam(name = "omrade", required = false) String area,
			@RequestParam(name = "kategori", required = false) String category,
			@RequestParam(name = "alder", required = false) String age,
			@RequestParam(name = "tillganglighet", required = false) String access,
			@RequestParam(name = "q", required = false) String words,
			@RequestParam(name = "vy", required = false) String view,
			@RequestParam(name = "sida", required = false) String pageNumber, HttpServletRequest request, Model model) {
		ProgrammeView programme = published(slug);
		List<String> areas = events.areas(programme.id());
		String chosenArea = area != null && areas.contains(area) ? area : null;
		String query = words == null ? "" : words.strip().substring(0, Math.min(words.strip().length(), 100));
		ProgrammeFilter filter = new ProgrammeFilter(TimeSlot.parse(slot).orElse(null), chosenArea,
				Category.parse(category).orElse(null), AgeGroup.parse(age).orElse(null),
				Accessibility.parse(access).orElse(null), query.isEmpty() ? null : query);
		Instant now = clock.instant();
		List<Listing> listings = events.listings(programme.id(), filter, now);
		boolean byVenue = "platser".equals(view);
		ProgrammePage page = ProgrammePage.of(
				byVenue ? ProgrammePage.byVenue(listings) : ProgrammePage.byHour(listings), pageNumber(pageNumber),
				ProgrammePage.SIZE);
		model.addAttribute("programme", programme);
		model.addAttribute("filter", filter);
		model.addAttribute("listings", listings);
		model.addAttribute("byVenue", byVenue);
		model.addAttribute("chunk", page);
		model.addAttribute("previousHref", page.number() > 1 ? withPage(request, page.number() - 1) : null);
		model.addAttribute("nextHref", page.hasNext() ? withPage(request, page.number() + 1) : null);
		model.addAttribute("areas", areas);
		model.addAttribute("running", programme.startsAt() == null
				|| !now.isBefore(programme.startsAt().toInstant()) && now.isBefore(programme.endsAt().toInstant()));
		model.addAttribute("jsonLd", jsonLd.festival(programme,
				page.groups().stream().flatMap(g -> g.listings().stream()).map(Listing::event).distinct().toList()));
		return "events/programme";
	}

	@GetMapping("/{slug}/{number}")
	@PreAuthorize("permitAll()")
	String event(@PathVariable String slug, @PathVariable String number, @ModelAttribute("page") Page page,
			Model model) {
		ProgrammeView programme = published(slug);
		EventView event = eventOf(programme, number);
		// the page shell knows who is logged in, if anyone: visitors have no account
		model.addAttribute("mayEdit", page != null && events.mayEdit(page.user()));
		model.addAttribute("programme", programme);
		model.addAttribute("event", event);
		model.addAttribute("eventChanges",
				events.changes(programme.id()).stream().filter(c -> c.eventId().equals(event.id())).toList());
		model.addAttribute("jsonLd", jsonLd.event(programme, event));
		return "events/event";
	}

	@GetMapping("/{slug}/mitt-program")
	@PreAuthorize("permitAll()")
	String myProgramme(@PathVariable String slug, @RequestParam(required = false) String ids, Model model) {
		ProgrammeView programme = published(slug);
		List<Integer> numbers = numbers(ids);
		MyProgramme mine = new MyProgramme(picks(programme, numbers));
		model.addAttribute("programme", programme);
		model.addAttribute("mine", mine);
		model.addAttribute("clashes", mine.clashes());
		String joined = String.join(",", numbers.stream().map(String::valueOf).toList());
		model.addAttribute("ids", joined);
		model.addAttribute("feedUrl", jsonLd.programmeUrl(programme) + "/mitt-program.ics?ids=" + joined);
		return "events/my-programme";
	}

	@GetMapping("/{slug}/andringar")
	@PreAuthorize("permitAll()")
	String changes(@PathVariable String slug, Model model) {
		ProgrammeView programme = published(slug);
		model.addAttribute("programme", programme);
		model.addAttribute("changes", events.changes(programme.id()));
		return "events/changes";
	}

	private ProgrammeView published(String slug) {
		return events.programme(slug).orElseThrow(() -> new NotFoundException("Programmet finns inte."));
	}

	private EventView eventOf(ProgrammeView programme, String number) {
		if (number == null || !number.matches("\\d{1,6}")) {
			throw new NotFoundException("Evenemanget finns inte.");
		}
		return events.publicEvent(programme.id(), Integer.parseInt(number))
			.orElseThrow(() -> new NotFoundException("Evenemanget finns inte."));
	}

	/** Every slot of the starred events. */
	List<Listing> picks(ProgrammeView programme, List<Integer> numbers) {
		List<Listing> picks = new ArrayList<>();
		for (Integer number : numbers) {
			events.publicEvent(programme.id(), number)
				.ifPresent(e -> e.occurrences().forEach(o -> picks.add(new Listing(e, o))));
		}
		return picks;
	}

	/** The event numbers of "12,45,77"; what is not a number is left out. */
	static List<Integer> numbers(String ids) {
		if (ids == null || ids.isBlank()) {
			return List.of();
		}
		Set<Integer> numbers = new LinkedHashSet<>();
		Arrays.stream(ids.split(","))
			.map(String::strip)
			.filter(s -> s.matches("\\d{1,6}"))
			.map(Integer::valueOf)
			.limit(MAX_PICKS)
			.forEach(numbers::add);
		return List.copyOf(numbers);
	}

	private static int pageNumber(String asked) {
		return asked != null && asked.matches("\\d{1,4}") ? Integer.parseInt(asked) : 1;
	}

	/** This address with another page number, every filter kept as the visitor set it. */
	private static String withPage(HttpServletRequest request, int number) {
		String query = request.getQueryString();
		return UriComponentsBuilder.fromUriString(request.getRequestURI() + (query == null ? "" : "?" + query))
			.replaceQueryParam("sida", number)
			.build()
			.toUriString();
	}

}
