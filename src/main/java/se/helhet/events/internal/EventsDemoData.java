package se.helhet.events.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.helhet.events.Accessibility;
import se.helhet.events.AgeGroup;
import se.helhet.events.Category;
import se.helhet.events.EventView;
import se.helhet.platform.CurrentUser;
import se.helhet.platform.DemoDataContributor;
import se.helhet.platform.Role;

/**
 * The demo events programme: Kulturnatten 2027 in Sjövik, published, with a few events
 * cancelled and one moved after publication (so the change log, the feeds and the pages
 * show them), and the all-year calendar with a handful of events.
 */
@Component
class EventsDemoData implements DemoDataContributor {

	private static final CurrentUser EDITOR = new CurrentUser(null, "redaktor", "Redaktionen, Kommunikation", null,
			Set.of(Role.EDITOR), null, null);

	private final JdbcClient jdbc;

	private final EventsService events;

	private final Clock clock;

	/**
	 * How many Kulturnatten events; the benchmark asks for 400, the night's full size.
	 */
	private final int eventCount;

	EventsDemoData(JdbcClient jdbc, EventsService events, Clock clock,
			@org.springframework.beans.factory.annotation.Value("${helhet.events.demo-events:300}") int eventCount) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.eventCount = eventCount;
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	public boolean isLoaded() {
		return jdbc.sql("select count(*) from ev_programme").query(Long.class).single() > 0;
	}

	@Override
	@Transactional
	public void load(DemoSeed seed) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		DemoProgramme demo = new DemoProgramme(seed.seed(), eventCount * Math.max(1, seed.scale()));
		UUID programmeId = UUID
			.nameUUIDFromBytes("events:kulturnatten-2027".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		ZonedDateTime night = DemoProgramme.NIGHT.atStartOfDay(EventsService.STOCKHOLM);
		insertProgramme(programmeId, DemoProgramme.SLUG, "FESTIVAL", "Kulturnatten 2027", "Kulturnatten 2027",
				"Lördagen den 30 januari 2027 fylls Sjövik av kultur från förmiddag till midnatt: konserter, "
						+ "visningar, verkstäder, sagostunder och lyktvandringar på ett femtiotal platser i hela staden. "
						+ "Allt är gratis om inget annat står.",
				"On Saturday 30 January 2027 Sjövik fills with culture from morning to midnight: concerts, tours, "
						+ "workshops, story times and lantern walks at some fifty venues across the city. "
						+ "Everything is free unless stated.",
				night.plusHours(10).toOffsetDateTime(), night.plusHours(24).toOffsetDateTime(),
				night.minusDays(42).withHour(23).withMinute(59).toOffsetDateTime(), PRINT_FREEZE.apply(now),
				now.minusDays(7));
		List<DemoProgramme.Venue> venues = demo.venues();
		Map<String, UUID> venueIds = new HashMap<>();
		for (DemoProgramme.Venue v : venues) {
			UUID id = UUID
				.nameUUIDFromBytes(("events:venue:" + v.name()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
			venueIds.put(v.name(), id);
			jdbc.sql("""
					insert into ev_venue (id, name, street_address, postal_code, locality, area, latitude, longitude,
					step_free, accessible_toilet, parking_nearby) values (:id, :name, :street, :postal, 'Sjövik', :area,
					:lat, :lon, :stepFree, :toilet, :parking)
					""")
				.param("id", id)
				.param("name", v.name())
				.param("street", v.street())
				.param("postal", v.postalCode())
				.param("area", v.area())
				.param("lat", v.latitude())
				.param("lon", v.longitude())
				.param("stepFree", v.stepFree())
				.param("toilet", v.accessibleToilet())
				.param("parking", v.parkingNearby())
				.update();
			jdbc.sql("insert into ev_venue_hours (programme_id, venue_id, opens_at, closes_at) values (:p, :v, :o, :c)")
				.param("p", programmeId)
				.param("v", id)
				.param("o", night.with(v.opens()).toOffsetDateTime())
				.param("c",
						v.closes() == LocalTime.MAX ? night.plusDays(1).toOffsetDateTime()
								: night.with(v.closes()).toOffsetDateTime())
				.update();
		}
		OffsetDateTime submitted = now.minusDays(30);
		for (DemoProgramme.Event e : demo.events(venues)) {
			insertEvent(programmeId,
					UUID.nameUUIDFromBytes(
							("events:event:" + e.number()).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
					e.number(), venueIds.get(e.venue().name()), e.titleSv(), e.titleEn(), e.descriptionSv(),
					e.descriptionEn(), e.organiser(), e.language(), e.priceSek(), e.priceNote(), e.slots(),
					e.categories(), e.ages(), e.links(), submitted, now.minusDays(7));
		}
		addDuplicateLibrary(programmeId, venueIds.get("Stadsbiblioteket"));
		events.invalidate(programmeId);
		// After publication: a few cancellations and one event moved, as on a real night
		List<EventView> published = events.publicEvents(programmeId);
		String[] reasons = { "Artisten är sjuk.", "Lokalen är vattenskadad efter ett rörbrott.",
				"För få anmälda till verkstaden.", "Föreningen har inte kunnat ordna ledare till kvällen." };
		for (int i = 0; i < reasons.length; i++) {
			EventView event = published.get(17 + i * 61);
			events.cancel(event.id(), reasons[i], event.version(), EDITOR);
		}
		EventView toMove = published.stream()
			.filter(e -> e.occurrences().size() == 1
					&& e.startsAt().atZoneSameInstant(EventsService.STOCKHOLM).getHour() < 20
					&& e.startsAt().atZoneSameInstant(EventsService.STOCKHOLM).getHour() >= 14)
			.skip(5)
			.findFirst()
			.orElseThrow();
		events.move(toMove.id(), toMove.startsAt().plusHours(2), "Krockade med konserten på Stortorget.",
				toMove.version(), EDITOR);
		// the first two cancellations came before the programme went to print, the rest
		// after:
		// the change log shows both kinds
		OffsetDateTime beforePrint = PRINT_FREEZE.apply(now).minusDays(2);
		for (int i = 0; i < 2; i++) {
			jdbc.sql("update ev_change set changed_at = :at, after_print_freeze = false where event_id = :id")
				.param("at", beforePrint.plusHours(i * 5L))
				.param("id", published.get(17 + i * 61).id())
				.update();
		}
		loadCalendar(venueIds, now);
	}

	/**
	 * The printed programme went to the printer yesterday (early, for the tourist
	 * office's winter brochure): cancellations from today on are "ändrat efter tryck".
	 */
	static final java.util.function.UnaryOperator<OffsetDateTime> PRINT_FREEZE = now -> now.minusDays(1);

	/**
	 * An organiser proposed "Sjöviks stadsbibliotek" for two of the library's events: the
	 * same house as Stadsbiblioteket, a duplicate for the editors to merge. The events
	 * move, so the programme keeps its 300 events.
	 */
	private void addDuplicateLibrary(UUID programmeId, UUID library) {
		UUID duplicate = UUID
			.nameUUIDFromBytes("events:venue:Sjöviks stadsbibliotek".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		jdbc.sql(
				"""
						insert into ev_venue (id, name, street_address, postal_code, locality, area, latitude, longitude,
						step_free, accessible_toilet, parking_nearby, description)
						select :id, 'Sjöviks stadsbibliotek', street_address, postal_code, locality, area, latitude + 0.0002,
						longitude - 0.0003, step_free, false, false, 'Ingång från Västra Esplanaden.' from ev_venue where id = :library
						""")
			.param("id", duplicate)
			.param("library", library)
			.update();
		List<UUID> moved = jdbc.sql("""
				select id from ev_event where programme_id = :programme and venue_id = :library order by number desc
				""").param("programme", programmeId).param("library", library).query(UUID.class).list();
		if (moved.isEmpty()) {
			return;
		}
		jdbc.sql("update ev_event set venue_id = :duplicate where id in (:ids)")
			.param("duplicate", duplicate)
			.param("ids", moved.subList(0, Math.min(2, moved.size())))
			.update();
	}

	/** The all-year calendar: a handful of the city's big days in 2027. */
	private void loadCalendar(Map<String, UUID> venueIds, OffsetDateTime now) {
		UUID calendarId = UUID.nameUUIDFromBytes("events:calendar".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		insertProgramme(calendarId, DemoProgramme.CALENDAR_SLUG, "CALENDAR", "Evenemangskalendern", "Events calendar",
				"Stora och små evenemang i Sjövik under hela året.", "Events large and small in Sjövik all year round.",
				null, null, null, null, now.minusDays(60));
		Object[][] calendar = {
				{ "Valborgsfirande i Stadsparken", "Walpurgis Night in the City Park",
						"Vårtal, körsång och majbrasa vid sjön. Korvförsäljning till förmån för scoutkåren.",
						"Stadsparken", LocalDate.of(2027, 4, 30), 19, 22, Category.MUSIK, AgeGroup.ALLA },
				{ "Nationaldagsfirande på Stortorget", "National Day celebration",
						"Nya svenska medborgare välkomnas, musikkåren spelar och kommunstyrelsens ordförande talar.",
						"Stortorget", LocalDate.of(2027, 6, 6), 13, 15, Category.MUSIK, AgeGroup.ALLA },
				{ "Sommarteater i Residensparken", null,
						"Sjöviks teaterförening spelar en folklustspel i det fria. Ta med filt och picknick.",
						"Residenset", LocalDate.of(2027, 7, 10), 18, 20, Category.TEATER, AgeGroup.ALLA },
				{ "Skördefest i Saluhallen", "Harvest festival at the Market Hall",
						"Lokala odlare säljer höstens skörd, och barnen kan pressa egen äppelmust.", "Saluhallen",
						LocalDate.of(2027, 9, 25), 10, 15, Category.MAT, AgeGroup.ALLA },
				{ "Julmarknad i Gamla staden", "Christmas market in the Old Town",
						"Hantverk, glögg och lucia­tåg bland husen i Gamla staden.", "Biskopsgården",
						LocalDate.of(2027, 12, 11), 11, 17, Category.MAT, AgeGroup.ALLA },
				{ "Bokens dag på Stadsbiblioteket", "World Book Day at the City Library",
						"Boksläpp, bokbyte och frågesport för alla åldrar.", "Stadsbiblioteket",
						LocalDate.of(2027, 4, 23), 12, 18, Category.LITTERATUR, AgeGroup.ALLA } };
		int number = 1;
		for (Object[] c : calendar) {
			ZonedDateTime day = ((LocalDate) c[4]).atStartOfDay(EventsService.STOCKHOLM);
			insertEvent(calendarId,
					UUID.nameUUIDFromBytes(
							("events:calendar:" + number).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
					number, venueIds.get((String) c[3]), (String) c[0], (String) c[1], (String) c[2], null,
					"Kultur- och fritidsförvaltningen", "svenska", null, "",
					List.of(new DemoProgramme.Slot(day.plusHours((int) c[5]).toOffsetDateTime(),
							day.plusHours((int) c[6]).toOffsetDateTime(), Set.of(Accessibility.HEARING_LOOP))),
					Set.of((Category) c[7]), Set.of((AgeGroup) c[8]), List.of(), now.minusDays(70), now.minusDays(60));
			number++;
		}
	}

	void insertProgramme(UUID id, String slug, String kind, String nameSv, String nameEn, String descriptionSv,
			String descriptionEn, OffsetDateTime startsAt, OffsetDateTime endsAt, OffsetDateTime deadline,
			OffsetDateTime printFreeze, OffsetDateTime publishedAt) {
		jdbc.sql(
				"""
						insert into ev_programme (id, slug, kind, name_sv, name_en, description_sv, description_en, starts_at,
						ends_at, submission_deadline, print_freeze, published_at)
						values (:id, :slug, :kind, :nameSv, :nameEn, :descSv, :descEn, :starts, :ends, :deadline, :freeze, :published)
						""")
			.param("id", id)
			.param("slug", slug)
			.param("kind", kind)
			.param("nameSv", nameSv)
			.param("nameEn", nameEn)
			.param("descSv", descriptionSv)
			.param("descEn", descriptionEn)
			.param("starts", startsAt)
			.param("ends", endsAt)
			.param("deadline", deadline)
			.param("freeze", printFreeze)
			.param("published", publishedAt)
			.update();
	}

	void insertEvent(UUID programmeId, UUID id, int number, UUID venueId, String titleSv, String titleEn,
			String descriptionSv, String descriptionEn, String organiser, String language, Integer price,
			String priceNote, List<DemoProgramme.Slot> slots, Set<Category> categories, Set<AgeGroup> ages,
			List<String[]> links, OffsetDateTime submitted, OffsetDateTime published) {
		jdbc.sql("""
				insert into ev_event (id, programme_id, number, organiser_name, venue_id, title_sv, title_en,
				description_sv, description_en, language, price_sek, price_note, status, submitted_at, approved_at,
				published_at, created_at, updated_at)
				values (:id, :programme, :number, :organiser, :venue, :titleSv, :titleEn, :descSv, :descEn, :language,
				:price, :priceNote, 'PUBLISHED', :submitted, :published, :published, :submitted, :published)
				""")
			.param("id", id)
			.param("programme", programmeId)
			.param("number", number)
			.param("organiser", organiser)
			.param("venue", venueId)
			.param("titleSv", titleSv)
			.param("titleEn", titleEn)
			.param("descSv", descriptionSv)
			.param("descEn", descriptionEn)
			.param("language", language)
			.param("price", price)
			.param("priceNote", priceNote)
			.param("submitted", submitted)
			.param("published", published)
			.update();
		int position = 1;
		for (DemoProgramme.Slot slot : slots) {
			jdbc.sql("""
					insert into ev_occurrence (id, event_id, position, starts_at, ends_at, sign_language, hearing_loop,
					captions, low_stimulus) values (:id, :event, :position, :start, :end, :sign, :loop, :captions, :low)
					""")
				.param("id",
						UUID.nameUUIDFromBytes((id + ":" + position).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
				.param("event", id)
				.param("position", position++)
				.param("start", slot.start())
				.param("end", slot.end())
				.param("sign", slot.accessibility().contains(Accessibility.SIGN_LANGUAGE))
				.param("loop", slot.accessibility().contains(Accessibility.HEARING_LOOP))
				.param("captions", slot.accessibility().contains(Accessibility.CAPTIONS))
				.param("low", slot.accessibility().contains(Accessibility.LOW_STIMULUS))
				.update();
		}
		for (Category category : categories) {
			jdbc.sql("insert into ev_event_category (event_id, category) values (:e, :c)")
				.param("e", id)
				.param("c", category.name())
				.update();
		}
		for (AgeGroup age : ages) {
			jdbc.sql("insert into ev_event_age_group (event_id, age_group) values (:e, :a)")
				.param("e", id)
				.param("a", age.name())
				.update();
		}
		List<String[]> ordered = new ArrayList<>(links);
		for (int i = 0; i < ordered.size(); i++) {
			jdbc.sql("insert into ev_event_link (event_id, position, url, label) values (:e, :p, :u, :l)")
				.param("e", id)
				.param("p", i + 1)
				.param("u", ordered.get(i)[0])
				.param("l", ordered.get(i)[1])
				.update();
		}
	}

}
