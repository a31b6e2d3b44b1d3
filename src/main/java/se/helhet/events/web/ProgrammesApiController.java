package se.helhet.events.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import se.helhet.events.Category;
import se.helhet.events.EventView;
import se.helhet.events.Events;
import se.helhet.events.ProgrammeView;
import se.helhet.platform.NotFoundException;

/**
 * The open events API for tourism offices, libraries and media: published programmes and
 * their published events (moved and cancelled ones too, with their status, so that a copy
 * elsewhere can be corrected). No token needed.
 */
@RestController
@RequestMapping("/api/v1/programmes")
@Tag(name = "Evenemang (öppet API)",
		description = "Publicerade program och evenemang, t.ex. Kulturnatten. Ingen inloggning behövs.")
@SecurityRequirements
class ProgrammesApiController {

	private final Events events;

	ProgrammesApiController(Events events) {
		this.events = events;
	}

	@GetMapping
	@PreAuthorize("permitAll()")
	@Operation(summary = "Publicerade program", description = "Kulturnatten och evenemangskalendern.")
	List<ProgrammeJson> programmes() {
		return events.publishedProgrammes().stream().map(ProgrammeJson::of).toList();
	}

	@GetMapping("/{slug}/events")
	@PreAuthorize("permitAll()")
	@Operation(summary = "Programmets publicerade evenemang",
			description = "Publicerade, flyttade och inställda evenemang i tidsordning. start och end är första "
					+ "tidens början och sista tidens slut (ISO 8601 med tidszon); alla tider finns i occurrences.")
	List<EventJson> events(@PathVariable String slug, @io.swagger.v3.oas.annotations.Parameter(
			description = "sv (standard) eller en: title och description på engelska där en engelsk text finns, annars på svenska") @org.springframework.web.bind.annotation.RequestParam(
					name = "lang", required = false) String lang) {
		ProgrammeView programme = events.programme(slug)
			.orElseThrow(() -> new NotFoundException("Programmet finns inte."));
		boolean english = "en".equalsIgnoreCase(lang);
		return events.publicEvents(programme.id()).stream().map(e -> EventJson.of(programme, e, english)).toList();
	}

	@Schema(name = "Programme")
	record ProgrammeJson(UUID id, String slug, String name, String nameEn, String kind, OffsetDateTime start,
			OffsetDateTime end, String events, String ics) {

		static ProgrammeJson of(ProgrammeView p) {
			return new ProgrammeJson(p.id(), p.slug(), p.nameSv(), p.nameEn(), p.kind().name(), p.startsAt(),
					p.endsAt(), "/api/v1/programmes/" + p.slug() + "/events", "/evenemang/" + p.slug() + ".ics");
		}

	}

	@Schema(name = "ProgrammeEvent")
	record EventJson(@Schema(description = "Evenemangets id, oföränderligt") UUID id,
			@Schema(description = "Titel på det valda språket (lang), svenska om engelsk saknas") String title,
			String titleEn, @Schema(description = "Beskrivning på det valda språket") String description,
			@Schema(description = "Språket title och description är på: sv eller en") String textLanguage,
			@Schema(description = "Första tidens början") OffsetDateTime start,
			@Schema(description = "Sista tidens slut") OffsetDateTime end,
			@Schema(description = "Platsens namn") String venue,
			@Schema(description = "PUBLISHED, MOVED eller CANCELLED", allowableValues = {
					"PUBLISHED", "MOVED", "CANCELLED" }) String status,
			String url, String area, String address, List<String> categories, boolean free,
			List<OccurrenceJson> occurrences){

		static EventJson of(ProgrammeView programme, EventView e, boolean english) {
			return new EventJson(e.id(), e.title(english), e.titleEn(), e.description(english),
					english && !e.swedishOnly(true) ? "en" : "sv", e.startsAt(), e.endsAt(), e.venue().name(),
					e.status().name(), "/evenemang/" + programme.slug() + "/" + e.number(), e.venue().area(),
					e.venue().address(), e.sortedCategories().stream().map(Category::name).toList(), e.free(),
					e.occurrences()
						.stream()
						.map(o -> new OccurrenceJson(o.startsAt(), o.endsAt(), o.previousStartsAt()))
						.toList());
		}

	}

	@Schema(name = "ProgrammeEventOccurrence")
	record OccurrenceJson(OffsetDateTime start, OffsetDateTime end, OffsetDateTime previousStart) {
	}

}
