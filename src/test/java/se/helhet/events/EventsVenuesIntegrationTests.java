package se.helhet.events;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.helhet.platform.WebSession;
import se.helhet.testsupport.HelhetIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Venues, print freeze, the print edition and English texts, end to end. Each test that
 * changes something builds its own small published programme, so the demo Kulturnatten
 * the other tests read stays as it is.
 */
@HelhetIntegrationTest
class EventsVenuesIntegrationTests extends EventsTestSupport {

	static final String DEMO = "kulturnatten-2027";

	@Autowired
	Venues venues;

	private WebSession editor() {
		WebSession session = WebSession.withoutRedirects("http://localhost:" + port);
		session.login("redaktor", "demo");
		return session;
	}

	@Test
	void theEditorSeesTheVenuesWithAreaAndEventCounts() {
		WebSession editor = editor();

		HttpResponse<String> page = editor.get("/evenemang/redaktion/platser");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<h1>Platser</h1>", "Stadsbiblioteket", "Sjöviks stadsbibliotek",
				"Västra Esplanaden 7", "Centrum", "Sammanfoga dubbletter");
	}

	@Test
	void anEditedVenueShowsAtOnceOnTheEventPageWithItsHoursAndAccessibility() throws Exception {
		TestProgramme t = programme();
		VenueDetail before = venues.venue(t.hall, EDITOR).orElseThrow();
		assertThat(get("/evenemang/" + t.slug + "/1").body()).contains("Testhallen");
		WebSession editor = editor();
		HttpResponse<String> form = editor.get("/evenemang/redaktion/platser/" + t.hall);
		assertThat(form.body()).contains("Öppettider: " + t.name);

		HttpResponse<String> saved = editor.postForm("/evenemang/redaktion/platser/" + t.hall,
				WebSession.csrfToken(form),
				Map.ofEntries(Map.entry("name", "Kulturhallen"), Map.entry("streetAddress", "Testgatan 2"),
						Map.entry("postalCode", "352 30"), Map.entry("locality", "Sjövik"),
						Map.entry("area", "Testområdet"), Map.entry("latitude", "56,8790"),
						Map.entry("longitude", "14,8059"), Map.entry("stepFree", "on"),
						Map.entry("accessibleToilet", "on"), Map.entry("description", "Ingång från gården."),
						Map.entry("opens-" + t.id, "11:00"), Map.entry("closes-" + t.id, "24:00"),
						Map.entry("version", String.valueOf(before.version()))));

		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		VenueDetail after = venues.venue(t.hall, EDITOR).orElseThrow();
		assertThat(after.version()).isEqualTo(before.version() + 1);
		assertThat(after.latitude()).isEqualByComparingTo("56.879");
		String page = get("/evenemang/" + t.slug + "/1").body();
		assertThat(page).contains("Kulturhallen", "Testgatan 2", "Entré utan trappsteg", "Tillgänglig toalett",
				"Platsen har öppet 11.00–24.00 under kvällen.");
		assertThat(get("/evenemang/" + t.slug + "?vy=platser").body()).contains("Kulturhallen",
				"Platsen har öppet 11.00–24.00", "Tillgänglig toalett");
	}

	@Test
	void aVenueSavedOnAStaleVersionIsRefusedAndWhatWasTypedIsKept() {
		TestProgramme t = programme();
		VenueDetail venue = venues.venue(t.hall, EDITOR).orElseThrow();
		venues.save(t.hall, change(venue, "Testhallen nya", "56.88", "14.80", venue.version()), EDITOR);
		WebSession editor = editor();
		HttpResponse<String> form = editor.get("/evenemang/redaktion/platser/" + t.hall);

		HttpResponse<String> response = editor.postForm("/evenemang/redaktion/platser/" + t.hall,
				WebSession.csrfToken(form), Map.of("name", "Min ändring", "streetAddress", "Testgatan 1", "locality",
						"Sjövik", "area", "Testområdet", "version", String.valueOf(venue.version())));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Någon annan har ändrat samtidigt", "value=\"Min ändring\"");
		assertThat(venues.venue(t.hall, EDITOR).orElseThrow().name()).isEqualTo("Testhallen nya");
	}

	@Test
	void coordinatesOutsideSwedenAreRefusedWithAClearMessageAndTheFormKept() {
		TestProgramme t = programme();
		VenueDetail venue = venues.venue(t.hall, EDITOR).orElseThrow();
		WebSession editor = editor();
		HttpResponse<String> form = editor.get("/evenemang/redaktion/platser/" + t.hall);

		HttpResponse<String> response = editor.postForm("/evenemang/redaktion/platser/" + t.hall,
				WebSession.csrfToken(form),
				Map.of("name", "Testhallen", "streetAddress", "Testgatan 1", "locality", "Sjövik", "area",
						"Testområdet", "latitude", "14.8059", "longitude", "56.8790", "opens-" + t.id, "tio",
						"closes-" + t.id, "22:00", "version", String.valueOf(venue.version())));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Latituden ska vara ett tal mellan 55 och 69", "value=\"14.8059\"",
				"value=\"tio\"", "aria-invalid=\"true\"");
		assertThat(venues.venue(t.hall, EDITOR).orElseThrow().version()).isEqualTo(venue.version());
	}

	@Test
	void mergingMovesTheEventsAndTheDuplicatesOldLinksLeadToTheKeptVenue() throws Exception {
		TestProgramme t = programme();
		// visitors have read the programme: the public events are cached
		assertThat(events.publicEvents(t.id)).filteredOn(e -> e.venue().id().equals(t.duplicate)).hasSize(1);
		assertThat(get("/evenemang/" + t.slug + "/platser/" + t.duplicate + ".ics").body()).contains("Dubblettkväll");
		WebSession editor = editor();
		HttpResponse<String> list = editor.get("/evenemang/redaktion/platser");

		HttpResponse<String> merged = editor.postForm("/evenemang/redaktion/platser/sammanfoga",
				WebSession.csrfToken(list), Map.of("duplicate", t.duplicate.toString(), "keep", t.hall.toString()));

		assertThat(merged.statusCode()).isEqualTo(302);
		assertThat(merged.headers().firstValue("Location").orElseThrow()).endsWith("/platser/" + t.hall);
		assertThat(events.publicEvents(t.id)).allSatisfy(e -> assertThat(e.venue().id()).isEqualTo(t.hall));
		assertThat(venues.current(t.duplicate)).contains(t.hall);
		HttpResponse<String> oldFeed = get("/evenemang/" + t.slug + "/platser/" + t.duplicate + ".ics");
		assertThat(oldFeed.statusCode()).isEqualTo(301);
		String location = oldFeed.headers().firstValue("Location").orElseThrow();
		assertThat(location).endsWith("/evenemang/" + t.slug + "/platser/" + t.hall + ".ics");
		assertThat(get(location).body()).contains("Dubblettkväll", "Hallkväll", "LOCATION:Testhallen");
		assertThat(editor.get("/evenemang/redaktion/platser/" + t.duplicate).headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/evenemang/redaktion/platser/" + t.hall));
		JsonNode api = json.readTree(get("/api/v1/programmes/" + t.slug + "/events").body());
		api.forEach(e -> assertThat(e.get("venue").asString()).isEqualTo("Testhallen"));
		assertThat(get("/evenemang/" + t.slug + "?vy=platser").body()).doesNotContain("Testdubbletten");
		assertThat(editor.get("/evenemang/redaktion/platser").body()).contains("Sammanfogad med");
	}

	@Test
	void aVenueCannotBeMergedIntoItselfAndTheEditorIsToldWhy() {
		TestProgramme t = programme();
		WebSession editor = editor();
		HttpResponse<String> list = editor.get("/evenemang/redaktion/platser");

		HttpResponse<String> response = editor.postForm("/evenemang/redaktion/platser/sammanfoga",
				WebSession.csrfToken(list), Map.of("duplicate", t.hall.toString(), "keep", t.hall.toString()));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Välj två olika platser");
		assertThat(venues.current(t.hall)).contains(t.hall);
	}

	@Test
	void changesAfterThePrintFreezeAreMarkedAndTheMarkFollowsTheFreeze() throws Exception {
		TestProgramme t = programme();
		ProgrammeSettings settings = venues.settings(t.slug, EDITOR).orElseThrow();
		// the freeze is still ahead: a cancellation now is not after print
		venues.saveSettings(t.slug, OffsetDateTime.now().plusDays(3), null, settings.version(), EDITOR);
		EventView first = events.publicEvent(t.id, 1).orElseThrow();
		events.cancel(first.id(), "Sjuk artist.", first.version(), EDITOR);
		assertThat(events.changes(t.id)).singleElement().satisfies(c -> assertThat(c.afterPrintFreeze()).isFalse());

		// the editors move the freeze back: the programme went to print yesterday
		WebSession editor = editor();
		HttpResponse<String> form = editor.get("/evenemang/redaktion/program/" + t.slug);
		assertThat(form.body()).contains("Tryckstopp");
		String yesterday = OffsetDateTime.now()
			.minusDays(1)
			.atZoneSameInstant(java.time.ZoneId.of("Europe/Stockholm"))
			.toLocalDateTime()
			.withSecond(0)
			.withNano(0)
			.toString();
		HttpResponse<String> saved = editor.postForm("/evenemang/redaktion/program/" + t.slug,
				WebSession.csrfToken(form), Map.of("printFreeze", yesterday, "submissionDeadline", "", "version",
						String.valueOf(settings.version() + 1)));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		EventView second = events.publicEvent(t.id, 2).orElseThrow();
		events.move(second.id(), second.startsAt().plusHours(1), "Krock.", second.version(), EDITOR);

		assertThat(events.changes(t.id)).hasSize(2).allSatisfy(c -> assertThat(c.afterPrintFreeze()).isTrue());
		assertThat(get("/evenemang/" + t.slug + "/andringar").body()).contains("Ändrat efter tryck");
		assertThat(get("/evenemang/" + t.slug + "/2").body()).contains("Ändrat efter tryck", "Krock.");
		assertThat(get("/evenemang/" + t.slug + "/2?lang=en").body()).contains("Changed after print");
		assertThat(editor.get("/evenemang/redaktion/program/" + t.slug).body()).contains("2 av 2 ändringar");
	}

	@Test
	void aProgrammeDateSavedOnAStaleVersionIsAConflict() {
		TestProgramme t = programme();
		WebSession editor = editor();
		HttpResponse<String> form = editor.get("/evenemang/redaktion/program/" + t.slug);

		HttpResponse<String> response = editor.postForm("/evenemang/redaktion/program/" + t.slug,
				WebSession.csrfToken(form),
				Map.of("printFreeze", "2027-01-08T12:00", "submissionDeadline", "inte ett datum", "version", "99"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Skriv sista dag för anmälan som datum och tid",
				"value=\"inte ett datum\"", "value=\"2027-01-08T12:00\"");
	}

	@Test
	void theDemoHasCancellationsBothBeforeAndAfterThePrintFreeze() {
		ProgrammeView demo = events.programme(DEMO).orElseThrow();
		List<ChangeView> cancellations = events.changes(demo.id())
			.stream()
			.filter(c -> c.kind() == ChangeView.Kind.CANCELLED)
			.toList();

		assertThat(demo.printFreeze()).isNotNull();
		assertThat(cancellations).anyMatch(ChangeView::afterPrintFreeze).anyMatch(c -> !c.afterPrintFreeze());
	}

	@Test
	void thePrintEditionIsByAreaAndTimeWithTheLegendAndWithoutCancelledEvents() throws Exception {
		ProgrammeView demo = events.programme(DEMO).orElseThrow();
		List<EventView> all = events.publicEvents(demo.id());
		EventView cancelled = all.stream().filter(EventView::cancelled).findFirst().orElseThrow();

		HttpResponse<String> response = get("/evenemang/" + DEMO + "/tryck");

		assertThat(response.statusCode()).isEqualTo(200);
		String page = response.body();
		assertThat(page).contains("events-print.css").doesNotContain("ev-filter", "main-nav");
		assertThat(get("/css/events-print.css").body()).contains("@page", "size: A4", "@media print",
				"break-before: page");
		assertThat(page).contains("Symboler för tillgänglighet", "Teckenspråkstolkat", "Hörslinga", "Textat",
				"Lågstimulerande", "Entré utan trappsteg", "Tillgänglig toalett", "Parkering i närheten");
		assertThat(page).contains(PrintEdition.of(all).eventCount() + " evenemang i 7 områden");
		assertThat(page.indexOf("<h2 id=\"h-centrum\">")).isPositive()
			.isLessThan(page.indexOf("<h2 id=\"h-gamla-staden\">"));
		assertThat(page.indexOf("<h2 id=\"h-gamla-staden\">")).isLessThan(page.indexOf("<h2 id=\"h-hamnen\">"));
		assertThat(page).doesNotContain(">#" + cancelled.number() + "<").contains("inställda evenemang är inte med");
		assertThat(get("/evenemang/" + DEMO).body()).contains("/evenemang/" + DEMO + "/tryck");
	}

	@Test
	void englishVisitorsGetTheEnglishTextWhereThereIsOneAndTheSwedishOtherwise() throws Exception {
		TestProgramme t = programme();
		String english = get("/evenemang/" + t.slug + "/1?lang=en").body();
		String swedishOnly = get("/evenemang/" + t.slug + "/2?lang=en").body();
		assertThat(english).contains("Evening at the hall", "An evening for everyone.");
		assertThat(swedishOnly).contains("Dubblettkväll", "lang=\"sv\"");

		JsonNode api = json.readTree(get("/api/v1/programmes/" + t.slug + "/events?lang=en").body());
		assertThat(api.findValuesAsString("title")).containsExactlyInAnyOrder("Evening at the hall", "Dubblettkväll");
		assertThat(api.findValuesAsString("textLanguage")).containsExactlyInAnyOrder("en", "sv");
		JsonNode swedish = json.readTree(get("/api/v1/programmes/" + t.slug + "/events").body());
		assertThat(swedish.findValuesAsString("title")).containsExactlyInAnyOrder("Hallkväll", "Dubblettkväll");

		String feed = get("/evenemang/" + t.slug + ".ics?lang=en").body();
		assertThat(feed).contains("SUMMARY:Evening at the hall", "SUMMARY:Dubblettkväll");
		assertThat(get("/evenemang/" + t.slug + ".ics").body()).contains("SUMMARY:Hallkväll");
		assertThat(get("/evenemang/" + t.slug + "?lang=en").body()).contains("/evenemang/" + t.slug + ".ics?lang=en");
	}

	@Test
	void theEditorChangesAnEventsSwedishAndEnglishTextsAndAStaleFormIsRefused() throws Exception {
		TestProgramme t = programme();
		EventView event = events.publicEvent(t.id, 2).orElseThrow();
		WebSession editor = editor();
		HttpResponse<String> page = editor.get("/evenemang/" + t.slug + "/2");
		assertThat(page.body()).contains("För redaktörer: ändra texterna");

		HttpResponse<String> saved = editor.postForm("/evenemang/" + t.slug + "/2/texter", WebSession.csrfToken(page),
				Map.of("titleSv", "Dubblettkväll med sång", "titleEn", "Evening of song", "descriptionSv",
						"Sång för alla.", "descriptionEn", "Songs for everyone.", "version",
						String.valueOf(event.version())));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(get("/evenemang/" + t.slug + "/2?lang=en").body()).contains("Evening of song",
				"Songs for everyone.");
		assertThat(get("/evenemang/" + t.slug + "/2?lang=sv").body()).contains("Dubblettkväll med sång");
		assertThat(editor.get("/evenemang/" + t.slug + "/2").body()).contains("Texterna är sparade");

		HttpResponse<String> stale = editor.postForm("/evenemang/" + t.slug + "/2/texter", WebSession.csrfToken(page),
				Map.of("titleSv", "Gammal", "descriptionSv", "Gammal text.", "version",
						String.valueOf(event.version())));
		assertThat(stale.statusCode()).isEqualTo(302);
		assertThat(editor.get("/evenemang/" + t.slug + "/2").body()).contains("Någon annan har ändrat",
				"value=\"Gammal\"");
		assertThat(events.publicEvent(t.id, 2).orElseThrow().titleSv()).isEqualTo("Dubblettkväll med sång");
	}

	@Test
	void aMunicipalRequesterWithoutTheEditorRoleIsRefusedAndAnonymousIsSentToLogIn() throws Exception {
		TestProgramme t = programme();
		WebSession requester = WebSession.withoutRedirects("http://localhost:" + port);
		requester.login("bestallare", "demo");
		WebSession otherLead = WebSession.withoutRedirects("http://localhost:" + port);
		otherLead.login("hr-chef", "demo");
		String csrf = WebSession.csrfToken(requester.get("/"));

		assertThat(requester.get("/evenemang/redaktion/platser").statusCode()).isEqualTo(403);
		assertThat(requester.get("/evenemang/redaktion/platser/" + t.hall).statusCode()).isEqualTo(403);
		assertThat(requester.get("/evenemang/redaktion/program/" + t.slug).statusCode()).isEqualTo(403);
		assertThat(requester
			.postForm("/evenemang/redaktion/platser/sammanfoga", csrf,
					Map.of("duplicate", t.duplicate.toString(), "keep", t.hall.toString()))
			.statusCode()).isEqualTo(403);
		assertThat(otherLead.get("/evenemang/redaktion/platser").statusCode()).isEqualTo(403);
		HttpResponse<String> anonymous = get("/evenemang/redaktion/platser");
		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/login");
		assertThat(venues.current(t.duplicate)).contains(t.duplicate);
		assertThat(get("/evenemang/" + t.slug + "/1").body()).doesNotContain("/texter");
	}

	private static VenueChange change(VenueDetail v, String name, String lat, String lon, int version) {
		return new VenueChange(name, v.streetAddress(), v.postalCode(), v.locality(), v.area(), lat, lon, v.stepFree(),
				v.accessibleToilet(), v.parkingNearby(), v.description(), List.of(), version);
	}

	/**
	 * A small published festival of its own: "Testhallen" with one event (with English
	 * text) and "Testdubbletten" at the same address with one (Swedish only).
	 */
	private TestProgramme programme() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String slug = "testnatten-" + suffix;
		String name = "Testnatten " + suffix;
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into ev_programme (id, slug, kind, name_sv, starts_at, ends_at, published_at)
				values (:id, :slug, 'FESTIVAL', :name, :starts, :ends, :published)
				""")
			.param("id", id)
			.param("slug", slug)
			.param("name", name)
			.param("starts", OffsetDateTime.parse("2027-01-30T10:00+01:00"))
			.param("ends", OffsetDateTime.parse("2027-01-31T00:00+01:00"))
			.param("published", OffsetDateTime.now().minusDays(2))
			.update();
		UUID hall = venue("Testhallen " + suffix, "Testhallen");
		UUID duplicate = venue("Testdubbletten " + suffix, "Testdubbletten");
		event(id, 1, hall, "Hallkväll", "Evening at the hall", "En kväll för alla.", "An evening for everyone.", 18);
		event(id, 2, duplicate, "Dubblettkväll", null, "Samma hus, annat namn.", null, 19);
		return new TestProgramme(id, slug, name, hall, duplicate);
	}

	private UUID venue(String key, String name) {
		UUID id = UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
		jdbc.sql("""
				insert into ev_venue (id, name, street_address, postal_code, locality, area)
				values (:id, :name, 'Testgatan 1', '352 30', 'Sjövik', 'Testområdet')
				""").param("id", id).param("name", name).update();
		return id;
	}

	private void event(UUID programme, int number, UUID venue, String titleSv, String titleEn, String descriptionSv,
			String descriptionEn, int hour) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into ev_event (id, programme_id, number, venue_id, title_sv, title_en, description_sv,
				description_en, status, published_at, created_at, updated_at)
				values (:id, :programme, :number, :venue, :titleSv, :titleEn, :descSv, :descEn, 'PUBLISHED',
				current_timestamp, current_timestamp, current_timestamp)
				""")
			.param("id", id)
			.param("programme", programme)
			.param("number", number)
			.param("venue", venue)
			.param("titleSv", titleSv)
			.param("titleEn", titleEn)
			.param("descSv", descriptionSv)
			.param("descEn", descriptionEn)
			.update();
		jdbc.sql("""
				insert into ev_occurrence (id, event_id, position, starts_at, ends_at)
				values (:id, :event, 1, :start, :end)
				""")
			.param("id", UUID.randomUUID())
			.param("event", id)
			.param("start", OffsetDateTime.parse("2027-01-30T%02d:00+01:00".formatted(hour)))
			.param("end", OffsetDateTime.parse("2027-01-30T%02d:45+01:00".formatted(hour)))
			.update();
	}

	private record TestProgramme(UUID id, String slug, String name, UUID hall, UUID duplicate) {
	}

}
