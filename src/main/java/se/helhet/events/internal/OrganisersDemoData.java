package se.helhet.events.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.helhet.events.Accessibility;
import se.helhet.events.AgeGroup;
import se.helhet.events.Category;
import se.helhet.events.EventStatus;
import se.helhet.events.EventView;
import se.helhet.events.Submission;
import se.helhet.platform.CurrentUser;
import se.helhet.platform.DemoDataContributor;
import se.helhet.platform.Role;

/**
 * Organisers in the demo, so that the review queue is not empty: the folk music society
 * with two new events and a change to a published one waiting, the photo club asked to
 * change its exhibition, and a party branch whose rally was refused. The 300 published
 * events stay as they are.
 */
@Component
class OrganisersDemoData implements DemoDataContributor {

	private static final Logger log = LoggerFactory.getLogger(OrganisersDemoData.class);

	private static final CurrentUser EDITOR = new CurrentUser(null, "redaktor", "Redaktionen, Kommunikation", null,
			Set.of(Role.EDITOR), null, null);

	private final JdbcClient jdbc;

	private final SubmissionsService submissions;

	private final EventsService events;

	private final Clock clock;

	OrganisersDemoData(JdbcClient jdbc, SubmissionsService submissions, EventsService events, Clock clock) {
		this.jdbc = jdbc;
		this.submissions = submissions;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 61;
	}

	@Override
	public boolean isLoaded() {
		return jdbc.sql("select count(*) from ev_organiser").query(Long.class).single() > 0;
	}

	@Override
	@Transactional
	public void load(DemoSeed seed) {
		UUID kulturnatten = id("events:kulturnatten-2027");
		UUID calendar = id("events:calendar");
		if (jdbc.sql("select count(*) from ev_programme where id in (:a, :b)")
			.param("a", kulturnatten)
			.param("b", calendar)
			.query(Long.class)
			.single() < 2) {
			return;
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		UUID spelmanslag = organiser("anna.lund@spelmanslaget.example", "Anna Lund", "Sjöviks spelmanslag",
				"0470-123 45", now.minusDays(20));
		UUID fotoklubb = organiser("bo.ek@blandaren.example", "Bo Ek", "Fotoklubben Bländaren", "", now.minusDays(15));
		UUID parti = organiser("info@partiforeningen.example", "Cecilia Ström", "Partiföreningen i Sjövik", "",
				now.minusDays(12));
		// sent well before the deadline, whenever the demo is loaded
		java.time.Instant sent = java.time.LocalDate.of(2026, 11, 1).atStartOfDay(EventsService.STOCKHOLM).toInstant();
		UUID library = id("events:venue:Stadsbiblioteket");
		UUID museum = id("events:venue:Sjöviks museum");
		LocalDateTime night = DemoProgramme.NIGHT.atStartOfDay();
		try {
			submissions.save(spelmanslag, null, new Submission(kulturnatten, "Folkmusik i trapphuset",
					"Folk music on the stairs",
					"Sjöviks spelmanslag spelar polskor och valser i bibliotekets stora trapphus. Ta med dansskorna eller sätt dig på en trappa och lyssna.",
					"", library, null,
					List.of(slot(night.plusHours(18), 45, Accessibility.HEARING_LOOP), slot(night.plusHours(20), 45)),
					Set.of(Category.MUSIK), Set.of(AgeGroup.ALLA), "svenska", null, "", null, null,
					List.of(new se.helhet.events.EventView.Link("https://spelmanslaget.example", "Spelmanslaget")),
					true), null, false, true, null, null, sent);
			submissions.save(spelmanslag, null, new Submission(kulturnatten, "Polskakurs för nybörjare", "",
					"Lär dig grundstegen i polska på en timme. Ingen förkunskap behövs och du behöver ingen partner. Spelmanslaget spelar levande musik.",
					"", null, new Submission.NewVenue("Spelmansgården", "Lindvägen 4", "352 45", "Norrängen"),
					List.of(slot(night.plusHours(16), 60, Accessibility.LOW_STIMULUS)),
					Set.of(Category.DANS, Category.VERKSTAD), Set.of(AgeGroup.VUXNA, AgeGroup.UNGA), "svenska", null,
					"", null, null, List.of(), true), null, false, true, null, null, sent);
			submissions.save(spelmanslag, null, new Submission(calendar, "Midsommarspel i Stadsparken", "",
					"Spelmanslaget spelar till dans kring midsommarstången. Fri entré, kaffe och saft säljs till förmån för ungdomsgruppen.",
					"", id("events:venue:Stadsparken"), null, List.of(slot(LocalDateTime.of(2027, 6, 25, 13, 0), 120)),
					Set.of(Category.MUSIK, Category.DANS), Set.of(AgeGroup.ALLA), "svenska", null, "", null, null,
					List.of(), true), null, false, true, null, null, sent);
			UUID photos = submissions.save(fotoklubb, null, new Submission(kulturnatten, "Sjövik i snö", "",
					"Fotoklubben visar vinterbilder från Sjövik tagna av medlemmarna under hundra år.", "", museum,
					null, List.of(slot(night.plusHours(12), 600)), Set.of(Category.KONST, Category.HISTORIA),
					Set.of(AgeGroup.ALLA), "svenska", null, "", null, null, List.of(), true), null, false, true, null,
					null, sent);
			submissions.requestChanges(photos,
					"Tack för anmälan! Skriv gärna några rader mer om utställningen, till exempel vilka fotografer som visas och om det finns en visning vid en viss tid.",
					version(photos), EDITOR);
			UUID rally = submissions.save(parti, null,
					new Submission(kulturnatten, "Torgmöte med partiledningen", "",
							"Partiets företrädare berättar om sina förslag för kulturen i Sjövik och svarar på frågor.",
							"", id("events:venue:Stortorget"), null, List.of(slot(night.plusHours(14), 60)),
							Set.of(Category.FOREDRAG), Set.of(AgeGroup.VUXNA), "svenska", null, "", null, null,
							List.of(), true),
					null, false, true, null, null, sent);
			submissions.reject(rally, "Partipolitiska evenemang tas inte med i kalendern (se kalenderns regler).",
					version(rally), EDITOR);
			changeToPublished(kulturnatten, spelmanslag, sent);
		}
		catch (RuntimeException ex) {
			// the demo's programme is fixed in time; once it is over, the queue stays
			// empty
			log.warn("Demo submissions not loaded: {}", ex.getMessage());
		}
	}

	/**
	 * The society also owns a published event and sends a change to it: the queue shows
	 * what changed while visitors keep seeing the published version.
	 */
	private void changeToPublished(UUID programmeId, UUID organiserId, java.time.Instant sent) {
		EventView published = events.load(programmeId, EnumSet.of(EventStatus.PUBLISHED))
			.stream()
			.filter(e -> e.occurrences().size() == 1 && e.categories().contains(Category.MUSIK)
					&& e.startsAt().atZoneSameInstant(EventsService.STOCKHOLM).getHour() >= 12
					&& e.endsAt().atZoneSameInstant(EventsService.STOCKHOLM).getHour() <= 21)
			.findFirst()
			.orElse(null);
		if (published == null) {
			return;
		}
		jdbc.sql("update ev_event set organiser_id = :o where id = :id")
			.param("o", organiserId)
			.param("id", published.id())
			.update();
		Submission current = submissions.mine(organiserId, published.id()).orElseThrow().submission();
		Submission.Slot slot = current.slots().getFirst();
		Submission changed = new Submission(current.programmeId(), current.titleSv() + " – med gästartist",
				current.titleEn(), current.descriptionSv() + " I år gästas vi av nyckelharpisten Maja Berg.",
				current.descriptionEn(), current.venueId(), null,
				List.of(new Submission.Slot(slot.start().plusMinutes(30), slot.end().plusMinutes(30),
						EnumSet.of(Accessibility.HEARING_LOOP))),
				current.categories(), current.ageGroups(), current.language(), current.priceSek(), current.priceNote(),
				current.imageRef(), current.imageAlt(), current.links(), true);
		submissions.save(organiserId, published.id(), changed, null, false, true, version(published.id()), null, sent);
	}

	private UUID organiser(String email, String name, String organisation, String phone, OffsetDateTime at) {
		UUID id = id("events:organiser:" + email);
		jdbc.sql("""
				insert into ev_organiser (id, email, name, organisation_name, phone, verified_at, created_at)
				values (:id, :email, :name, :org, :phone, :at, :at)
				""")
			.param("id", id)
			.param("email", email)
			.param("name", name)
			.param("org", organisation)
			.param("phone", phone)
			.param("at", at)
			.update();
		return id;
	}

	private int version(UUID eventId) {
		return jdbc.sql("select version from ev_event where id = :id")
			.param("id", eventId)
			.query(Integer.class)
			.single();
	}

	private static Submission.Slot slot(LocalDateTime start, int minutes, Accessibility... access) {
		return new Submission.Slot(start, start.plus(Duration.ofMinutes(minutes)),
				access.length == 0 ? Set.of() : EnumSet.of(access[0], access));
	}

	private static UUID id(String name) {
		return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
	}

}
