package se.helhet.events;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import biweekly.Biweekly;
import biweekly.ICalendar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import se.helhet.platform.ConflictException;
import se.helhet.platform.CurrentUser;
import se.helhet.platform.Role;
import se.helhet.platform.WebSession;
import se.helhet.testsupport.HelhetIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The public side of the events programme against the demo Kulturnatten: pages, filters,
 * JSON-LD, feeds parsed back with biweekly, the open API and the change log, as a visitor
 * without an account meets them.
 */
@HelhetIntegrationTest
class EventsIntegrationTests extends EventsTestSupport {

	static final String SLUG = "kulturnatten-2027";

	private static final Pattern JSON_LD = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>",
			Pattern.DOTALL);

	private ProgrammeView kulturnatten() {
		return events.programme(SLUG).orElseThrow();
	}

	private JsonNode jsonLd(String html) {
		Matcher matcher = JSON_LD.matcher(html);
		assertThat(matcher.find()).as("JSON-LD on the page").isTrue();
		return json.readTree(matcher.group(1));
	}

	@Test
	void theDemoProgrammeHasAboutThreeHundredEventsWithCancellationsAndAMove() {
		List<EventView> all = events.publicEvents(kulturnatten().id());

		assertThat(all).hasSizeBetween(290, 310);
		assertThat(all.stream().map(e -> e.venue().id()).distinct().count()).isBetween(45L, 55L);
		assertThat(all).filteredOn(EventView::cancelled).hasSizeGreaterThanOrEqualTo(3);
		assertThat(all).filteredOn(EventView::moved).isNotEmpty();
		assertThat(events.programme("evenemangskalendern")).isPresent();
	}

	@Test
	void aVisitorWithoutAnAccountReadsTheProgramme() throws Exception {
		HttpResponse<String> response = get("/evenemang/" + SLUG);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("<h1>Kulturnatten 2027</h1>", "lördag 30 januari 2027");
		int listed = events.listings(kulturnatten().id(), ProgrammeFilter.NONE, java.time.Instant.now()).size();
		assertThat(response.body()).contains(listed + " programpunkter");
	}

	@Test
	void theWholeProgrammeComesInPagesThatTogetherListEveryItemOnce() throws Exception {
		int listed = events.listings(kulturnatten().id(), ProgrammeFilter.NONE, java.time.Instant.now()).size();
		Pattern item = Pattern.compile("<li class=\"ev[^\"]*\" data-n=\"\\d+\" id=\"(e\\d+-\\d+)\"");
		Pattern next = Pattern.compile("<p class=\"ev-more\"><a class=\"button secondary\" href=\"([^\"]+)\"");
		java.util.List<String> seen = new java.util.ArrayList<>();
		String path = "/evenemang/" + SLUG + "?vy=lista";
		int pages = 0;
		while (path != null && pages++ < 20) {
			String body = get(path.replace("&amp;", "&")).body();
			Matcher items = item.matcher(body);
			int onPage = 0;
			while (items.find()) {
				seen.add(items.group(1));
				onPage++;
			}
			assertThat(onPage).as("a phone gets a page, not the whole night").isLessThanOrEqualTo(260);
			Matcher more = next.matcher(body);
			path = more.find() ? more.group(1) : null;
			if (path != null) {
				assertThat(path).as("the next page keeps the view").contains("vy=lista", "sida=" + (pages + 1));
			}
		}
		assertThat(pages).isGreaterThan(1);
		assertThat(seen).hasSize(listed).doesNotHaveDuplicates();
	}

	@Test
	void aPageNumberThatIsNotANumberShowsTheFirstPage() throws Exception {
		HttpResponse<String> response = get("/evenemang/" + SLUG + "?sida=%3Cx%3E");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("id=\"sida-1\"");
	}

	@Test
	void theProgrammeIsAFestivalContainingItsEvents() throws Exception {
		JsonNode festival = jsonLd(get("/evenemang/" + SLUG).body());

		assertThat(festival.get("@context").asString()).isEqualTo("https://schema.org");
		assertThat(festival.get("@type").asString()).isEqualTo("Festival");
		assertThat(festival.get("startDate").asString()).isEqualTo("2027-01-30T10:00+01:00");
		// the events shown on this page of the programme; each event's own page names the
		// festival as its superEvent
		assertThat(festival.get("subEvent")).isNotEmpty();
		assertThat(festival.get("subEvent").get(0).get("@id").asString()).matches(".*/evenemang/" + SLUG + "/\\d+");
	}

	@Test
	void filtersNarrowTheProgrammeAndKeepWhatWasChosen() throws Exception {
		ProgrammeFilter filter = new ProgrammeFilter(new TimeSlot.Hours(18, 21), "Hamnen", Category.MUSIK, null, null,
				null);
		int expected = events.listings(kulturnatten().id(), filter, java.time.Instant.now()).size();

		String body = get("/evenemang/" + SLUG + "?tid=18-21&omrade=Hamnen&kategori=MUSIK").body();

		assertThat(expected).isPositive();
		assertThat(body).contains(expected + (expected == 1 ? " programpunkt" : " programpunkter"))
			.contains("<option value=\"18-21\" selected>")
			.contains("<option selected>Hamnen</option>")
			.contains("<option value=\"MUSIK\" selected>");
	}

	@Test
	void nonsenseInTheFiltersShowsTheWholeProgrammeInsteadOfAnError() throws Exception {
		HttpResponse<String> response = get(
				"/evenemang/" + SLUG + "?tid=%3Cscript%3E&omrade=Mars&kategori=x&alder=9&tillganglighet=-1&q=");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).doesNotContain("<script>");
	}

	@Test
	void theTimetableByVenueGroupsTheSlotsPerVenueWithItsFeed() throws Exception {
		String body = get("/evenemang/" + SLUG + "?vy=platser&omrade=Hamnen").body();

		assertThat(body).contains("<section class=\"ev-venue\">", "Hamnmagasinet", "/platser/");
	}

	@Test
	void anEventPageCarriesTheSchemaOrgEventShape() throws Exception {
		EventView event = events.publicEvents(kulturnatten().id())
			.stream()
			.filter(e -> e.status() == EventStatus.PUBLISHED)
			.findFirst()
			.orElseThrow();

		HttpResponse<String> response = get("/evenemang/" + SLUG + "/" + event.number());

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode root = jsonLd(response.body());
		assertThat(root.get("@context").asString()).isEqualTo("https://schema.org");
		JsonNode node = root.get("@graph").get(0);
		assertThat(node.get("@type").asString()).isEqualTo("Event");
		assertThat(node.get("name").asString()).isEqualTo(event.titleSv());
		assertThat(OffsetDateTime.parse(node.get("startDate").asString())).isEqualTo(event.startsAt());
		assertThat(OffsetDateTime.parse(node.get("endDate").asString()))
			.isEqualTo(event.occurrences().getFirst().endsAt());
		assertThat(node.get("eventStatus").asString()).isEqualTo("https://schema.org/EventScheduled");
		assertThat(node.get("eventAttendanceMode").asString())
			.isEqualTo("https://schema.org/OfflineEventAttendanceMode");
		JsonNode location = node.get("location");
		assertThat(location.get("@type").asString()).isEqualTo("Place");
		assertThat(location.get("name").asString()).isEqualTo(event.venue().name());
		assertThat(location.get("address").get("@type").asString()).isEqualTo("PostalAddress");
		assertThat(location.get("address").get("addressLocality").asString()).isEqualTo("Sjövik");
		assertThat(location.get("geo").get("latitude").isNumber()).isTrue();
		assertThat(node.get("offers").get("priceCurrency").asString()).isEqualTo("SEK");
		assertThat(node.get("organizer").get("name").asString()).isEqualTo(event.organiserName());
		assertThat(node.get("superEvent").get("@type").asString()).isEqualTo("Festival");
		assertThat(node.get("superEvent").get("@id").asString()).endsWith("/evenemang/" + SLUG);
		assertThat(node.has("previousStartDate")).isFalse();
	}

	@Test
	void aMovedEventSaysSoWithItsPreviousStart() throws Exception {
		EventView moved = events.publicEvents(kulturnatten().id())
			.stream()
			.filter(EventView::moved)
			.findFirst()
			.orElseThrow();

		String body = get("/evenemang/" + SLUG + "/" + moved.number()).body();

		JsonNode node = jsonLd(body).get("@graph").get(0);
		assertThat(node.get("eventStatus").asString()).isEqualTo("https://schema.org/EventRescheduled");
		assertThat(OffsetDateTime.parse(node.get("previousStartDate").asString()))
			.isEqualTo(moved.occurrences().getFirst().previousStartsAt());
		assertThat(body).contains("Evenemanget har flyttats.");
	}

	@Test
	void anUnknownProgrammeOrEventIsNotFound() throws Exception {
		assertThat(get("/evenemang/finns-inte").statusCode()).isEqualTo(404);
		assertThat(get("/evenemang/" + SLUG + "/99999").statusCode()).isEqualTo(404);
		assertThat(get("/evenemang/" + SLUG + "/abc").statusCode()).isEqualTo(404);
		assertThat(get("/evenemang/finns-inte.ics").statusCode()).isEqualTo(404);
		assertThat(get("/api/v1/programmes/finns-inte/events").statusCode()).isEqualTo(404);
	}

	@Test
	void theFeedIsValidICalendarWithStockholmTimeAndCancellations() throws Exception {
		HttpResponse<String> response = get("/evenemang/" + SLUG + ".ics");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
		ICalendar calendar = Biweekly.parse(response.body()).first();
		int slots = events.listings(kulturnatten().id(), ProgrammeFilter.NONE, java.time.Instant.now()).size();
		assertThat(calendar.getEvents()).hasSize(slots);
		assertEveryTzidHasItsVtimezone(response.body(), calendar);
		assertThat(calendar.getEvents()).filteredOn(e -> "CANCELLED".equals(e.getStatus().getValue()))
			.isNotEmpty()
			.allSatisfy(e -> assertThat(e.getSequence().getValue()).isGreaterThanOrEqualTo(1));
		assertThat(calendar.getEvents().stream().map(e -> e.getUid().getValue())).doesNotHaveDuplicates();
	}

	@Test
	void aCategoryFeedAndAVenueFeedHoldOnlyTheirEvents() throws Exception {
		ICalendar music = Biweekly.parse(get("/evenemang/" + SLUG + "/kategori/musik.ics").body()).first();
		assertThat(music.getEvents()).isNotEmpty()
			.allSatisfy(e -> assertThat(e.getCategories().getFirst().getValues()).contains("Musik"));

		VenueView venue = events.venues(kulturnatten().id()).getFirst();
		String venueFeed = get("/evenemang/" + SLUG + "/platser/" + venue.id() + ".ics").body();
		ICalendar atVenue = Biweekly.parse(venueFeed).first();
		assertThat(atVenue.getEvents()).isNotEmpty()
			.allSatisfy(e -> assertThat(e.getLocation().getValue()).startsWith(venue.name()));
		assertEveryTzidHasItsVtimezone(venueFeed, atVenue);
		assertThat(get("/evenemang/" + SLUG + "/kategori/politik.ics").statusCode()).isEqualTo(404);
		assertThat(get("/evenemang/" + SLUG + "/platser/" + UUID.randomUUID() + ".ics").statusCode()).isEqualTo(404);
	}

	@Test
	void theOpenApiListsProgrammesAndPublishedEventsWithTheAgreedFields() throws Exception {
		HttpResponse<String> programmes = get("/api/v1/programmes");
		assertThat(programmes.statusCode()).isEqualTo(200);
		assertThat(json.readTree(programmes.body()).findValuesAsString("slug")).contains(SLUG, "evenemangskalendern");

		HttpResponse<String> response = get("/api/v1/programmes/" + SLUG + "/events");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode list = json.readTree(response.body());
		assertThat(list).hasSize(events.publicEvents(kulturnatten().id()).size());
		JsonNode first = list.get(0);
		for (String field : List.of("id", "title", "start", "end", "venue", "status")) {
			assertThat(first.has(field)).as(field).isTrue();
		}
		UUID.fromString(first.get("id").asString());
		OffsetDateTime.parse(first.get("start").asString());
		List<String> statuses = new ArrayList<>();
		list.forEach(e -> statuses.add(e.get("status").asString()));
		assertThat(statuses).containsOnly("PUBLISHED", "MOVED", "CANCELLED");
	}

	@Test
	void theOpenApiIsDescribedInOpenApi() throws Exception {
		String description = get("/v3/api-docs").body();

		assertThat(description).contains("/api/v1/programmes", "/api/v1/programmes/{slug}/events");
	}

	@Test
	void anEventNotYetApprovedIsNowhereInPublic() throws Exception {
		UUID id = UUID.randomUUID();
		UUID venue = events.venues(kulturnatten().id()).getFirst().id();
		jdbc.sql("""
				insert into ev_event (id, programme_id, number, venue_id, title_sv, description_sv, status, created_at,
				updated_at) values (:id, :programme, 9001, :venue, 'Hemlig förhandsvisning', 'Ej granskad', 'SUBMITTED',
				current_timestamp, current_timestamp)
				""").param("id", id).param("programme", kulturnatten().id()).param("venue", venue).update();
		jdbc.sql("""
				insert into ev_occurrence (id, event_id, position, starts_at, ends_at)
				values (:id, :event, 1, timestamp with time zone '2027-01-30 18:00:00+01:00',
				timestamp with time zone '2027-01-30 19:00:00+01:00')
				""").param("id", UUID.randomUUID()).param("event", id).update();

		assertThat(get("/evenemang/" + SLUG + "/9001").statusCode()).isEqualTo(404);
		assertThat(get("/api/v1/programmes/" + SLUG + "/events").body()).doesNotContain("Hemlig förhandsvisning");
		assertThat(get("/evenemang/" + SLUG + ".ics").body()).doesNotContain("Hemlig");
	}

	@Test
	void myProgrammeShowsClashesAndExportsThePicks() throws Exception {
		List<EventView> published = events.publicEvents(kulturnatten().id())
			.stream()
			.filter(e -> e.status() == EventStatus.PUBLISHED)
			.toList();
		EventView first = published.stream().filter(e -> e.occurrences().size() == 1).findFirst().orElseThrow();
		EventView overlapping = published.stream()
			.filter(e -> e != first && e.occurrences().size() == 1
					&& e.occurrences().getFirst().overlaps(first.occurrences().getFirst()))
			.findFirst()
			.orElseThrow();
		String ids = first.number() + "," + overlapping.number() + ",x,999999";

		String page = get("/evenemang/" + SLUG + "/mitt-program?ids=" + ids).body();
		assertThat(page).contains("1 krock i ditt program", "Krockar", first.titleSv().replace("&", "&amp;"));

		HttpResponse<String> feed = get("/evenemang/" + SLUG + "/mitt-program.ics?ids=" + ids);
		ICalendar calendar = Biweekly.parse(feed.body()).first();
		assertThat(calendar.getEvents()).extracting(e -> e.getSummary().getValue())
			.containsExactlyInAnyOrder(first.titleSv(), overlapping.titleSv());
		assertEveryTzidHasItsVtimezone(feed.body(), calendar);
	}

	@Test
	void theChangeLogListsTheDemoCancellationsAndTheMove() throws Exception {
		String body = get("/evenemang/" + SLUG + "/andringar").body();

		assertThat(body).contains("Ändringar i programmet", "Inställt", "Flyttat", "Flyttat från 30 januari kl.");
	}

	@Test
	void aCancellationShowsOnThePageInTheFeedInJsonLdAndInTheChangeLog() throws Exception {
		EventView event = events.publicEvents(kulturnatten().id())
			.stream()
			.filter(e -> e.status() == EventStatus.PUBLISHED && e.number() > 250)
			.findFirst()
			.orElseThrow();

		events.cancel(event.id(), "Föreläsaren har fått förhinder.", event.version(), EDITOR);

		String page = get("/evenemang/" + SLUG + "/" + event.number()).body();
		assertThat(page).contains("Evenemanget är inställt.", "Föreläsaren har fått förhinder.");
		assertThat(jsonLd(page).get("@graph").get(0).get("eventStatus").asString())
			.isEqualTo("https://schema.org/EventCancelled");
		ICalendar feed = Biweekly.parse(get("/evenemang/" + SLUG + ".ics").body()).first();
		var vevent = feed.getEvents()
			.stream()
			.filter(e -> e.getUid().getValue().startsWith(event.occurrences().getFirst().id().toString()))
			.findFirst()
			.orElseThrow();
		assertThat(vevent.getStatus().getValue()).isEqualTo("CANCELLED");
		assertThat(vevent.getSequence().getValue()).isEqualTo(event.sequence() + 1);
		assertThat(get("/evenemang/" + SLUG + "/andringar").body()).contains("Föreläsaren har fått förhinder.");
		assertThat(get("/api/v1/programmes/" + SLUG + "/events").body()).contains(event.id() + "\",\"title\"");
	}

	@Test
	void aChangeOnAStaleVersionIsRefusedAndOnlyEditorsMayChange() {
		EventView event = events.publicEvents(kulturnatten().id())
			.stream()
			.filter(e -> e.status() == EventStatus.PUBLISHED && e.number() > 200)
			.findFirst()
			.orElseThrow();
		CurrentUser requester = new CurrentUser(null, "bestallare", "Maria Lindholm", null, Set.of(Role.REQUESTER),
				null, null);

		assertThatThrownBy(() -> events.cancel(event.id(), "Test", event.version(), requester))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(
				() -> events.move(event.id(), event.startsAt().plusHours(1), "", event.version() - 1, EDITOR))
			.isInstanceOf(ConflictException.class);
		assertThat(events.publicEvent(kulturnatten().id(), event.number()).orElseThrow().status())
			.isEqualTo(EventStatus.PUBLISHED);
	}

	@Test
	void aVisitorSeesNoEditorForms() throws Exception {
		assertThat(get("/evenemang/" + SLUG + "/1").body()).doesNotContain("För redaktörer", "/installt");
	}

	@Test
	void theEditorMovesAnEventFromItsPageAndVisitorsSeeTheNewTime() throws Exception {
		EventView event = events.publicEvents(kulturnatten().id())
			.stream()
			.filter(e -> e.status() == EventStatus.PUBLISHED && e.number() > 150 && e.occurrences().size() == 1)
			.findFirst()
			.orElseThrow();
		WebSession editor = WebSession.withoutRedirects("http://localhost:" + port);
		editor.login("redaktor", "demo");
		HttpResponse<String> page = editor.get("/evenemang/" + SLUG + "/" + event.number());
		assertThat(page.body()).contains("För redaktörer: ändra evenemanget");
		String newStart = event.startsAt()
			.plusHours(1)
			.atZoneSameInstant(java.time.ZoneId.of("Europe/Stockholm"))
			.toLocalDateTime()
			.toString();

		HttpResponse<String> response = editor.postForm("/evenemang/" + SLUG + "/" + event.number() + "/flytta",
				WebSession.csrfToken(page), java.util.Map.of("start", newStart, "reason", "Lokalen behövs till annat.",
						"version", String.valueOf(event.version())));

		assertThat(response.statusCode()).isEqualTo(302);
		EventView moved = events.publicEvent(kulturnatten().id(), event.number()).orElseThrow();
		assertThat(moved.status()).isEqualTo(EventStatus.MOVED);
		assertThat(moved.startsAt()).isEqualTo(event.startsAt().plusHours(1));
		assertThat(moved.occurrences().getFirst().previousStartsAt()).isEqualTo(event.startsAt());
		assertThat(moved.sequence()).isEqualTo(event.sequence() + 1);
		assertThat(get("/evenemang/" + SLUG + "/andringar").body()).contains("Lokalen behövs till annat.");
	}

	private static void assertEveryTzidHasItsVtimezone(String text, ICalendar calendar) {
		Set<String> defined = new java.util.HashSet<>();
		calendar.getTimezoneInfo().getComponents().forEach(tz -> defined.add(tz.getTimezoneId().getValue()));
		Matcher tzids = Pattern.compile("TZID=([^:;]+)").matcher(text);
		int found = 0;
		while (tzids.find()) {
			found++;
			assertThat(defined).as("VTIMEZONE for TZID %s", tzids.group(1)).contains(tzids.group(1));
		}
		assertThat(found).isPositive();
		assertThat(text).contains("BEGIN:VTIMEZONE", "\r\nTZID:Europe/Stockholm\r\n").doesNotContain("Europe/Berlin");
	}

}
