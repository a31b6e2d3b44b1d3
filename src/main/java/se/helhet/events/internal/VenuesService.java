package se.helhet.events.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.helhet.events.ChangeView;
import se.helhet.events.EventStatus;
import se.helhet.events.EventTexts;
import se.helhet.events.EventView;
import se.helhet.events.ProgrammeSettings;
import se.helhet.events.ProgrammeView;
import se.helhet.events.VenueChange;
import se.helhet.events.VenueDetail;
import se.helhet.events.Venues;
import se.helhet.platform.ConflictException;
import se.helhet.platform.CurrentUser;
import se.helhet.platform.NotFoundException;
import se.helhet.platform.Text;
import se.helhet.platform.ValidationException;

/**
 * Venues, programme dates and event texts for the editors, on the same tables as
 * {@link EventsService}; every change empties that service's cache of public events so
 * the programme, feeds and API show it at once.
 */
@Service
class VenuesService implements Venues {

	private static final EnumSet<EventStatus> PUBLIC = EnumSet.of(EventStatus.PUBLISHED, EventStatus.MOVED,
			EventStatus.CANCELLED);

	private final JdbcClient jdbc;

	private final EventsService events;

	private final java.time.Clock clock;

	VenuesService(JdbcClient jdbc, EventsService events, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public List<VenueDetail> all(CurrentUser by) {
		requireEditor(by);
		Map<UUID, Integer> counts = counts();
		return jdbc.sql("""
				select v.*, m.name as merged_name from ev_venue v left join ev_venue m on m.id = v.merged_into
				order by case when v.status = 'MERGED' then 1 else 0 end, v.name
				""").query((rs, n) -> venue(rs, counts, List.of())).list();
	}

	@Override
	public Optional<VenueDetail> venue(UUID id, CurrentUser by) {
		requireEditor(by);
		return find(id, true);
	}

	private Optional<VenueDetail> find(UUID id, boolean withHours) {
		if (id == null) {
			return Optional.empty();
		}
		List<VenueDetail.Hours> hours = withHours ? hours(id) : List.of();
		Map<UUID, Integer> counts = counts();
		return jdbc.sql("""
				select v.*, m.name as merged_name from ev_venue v left join ev_venue m on m.id = v.merged_into
				where v.id = :id
				""").param("id", id).query((rs, n) -> venue(rs, counts, hours)).optional();
	}

	@Override
	public Optional<UUID> current(UUID id) {
		UUID at = id;
		// a chain is flattened on merge, so this follows at most one step; the bound only
		// guards against a loop someone made by hand in the database
		for (int i = 0; i < 10 && at != null; i++) {
			var row = jdbc.sql("select status, merged_into from ev_venue where id = :id")
				.param("id", at)
				.query((rs, n) -> new Object[] { rs.getString(1), rs.getObject(2, UUID.class) })
				.optional();
			if (row.isEmpty()) {
				return Optional.empty();
			}
			if (!"MERGED".equals(row.get()[0]) || row.get()[1] == null) {
				return Optional.of(at);
			}
			at = (UUID) row.get()[1];
		}
		return Optional.empty();
	}

	@Override
	@Transactional
	public VenueDetail save(UUID id, VenueChange change, CurrentUser by) {
		requireEditor(by);
		VenueDetail venue = find(id, true).orElseThrow(() -> new NotFoundException("Platsen finns inte."));
		if (venue.merged()) {
			throw new ConflictException("Platsen är sammanfogad med " + venue.mergedIntoName()
					+ " och kan inte ändras. Ändra den platsen i stället.");
		}
		Map<String, Text> errors = new LinkedHashMap<>();
		String name = EventsService.clean(change.name(), 200);
		String street = EventsService.clean(change.streetAddress(), 200);
		String postal = EventsService.clean(change.postalCode(), 10);
		String locality = EventsService.clean(change.locality(), 100);
		String area = EventsService.clean(change.area(), 100);
		if (name.isEmpty()) {
			errors.put("name", new Text("Skriv platsens namn.", "Give the venue's name."));
		}
		if (street.isEmpty()) {
			errors.put("streetAddress",
					new Text("Skriv gatuadressen, t.ex. Storgatan 1.", "Give the street address, e.g. Storgatan 1."));
		}
		if (!postal.isEmpty() && !postal.matches("\\d{3} ?\\d{2}")) {
			errors.put("postalCode", new Text("Postnumret ska vara fem siffror, t.ex. 352 30.",
					"The postal code has five digits, e.g. 352 30."));
		}
		if (locality.isEmpty()) {
			errors.put("locality", new Text("Skriv orten, t.ex. Sjövik.", "Give the locality, e.g. Sjövik."));
		}
		if (area.isEmpty()) {
			errors.put("area", new Text("Skriv vilket område i staden platsen ligger i, t.ex. Centrum.",
					"Give the area of the city, e.g. Centrum."));
		}
		VenueRules.latitudeProblem(change.latitude(), change.longitude()).ifPresent(t -> errors.put("latitude", t));
		VenueRules.longitudeProblem(change.latitude(), change.longitude()).ifPresent(t -> errors.put("longitude", t));
		Map<UUID, LocalDate> days = new HashMap<>();
		venue.hours().forEach(h -> days.put(h.programmeId(), h.day()));
		Map<UUID, VenueRules.Hours> hours = new LinkedHashMap<>();
		for (VenueChange.HoursChange h : change.hours()) {
			LocalDate day = days.get(h.programmeId());
			if (day == null) {
				continue;
			}
			VenueRules.Hours read = VenueRules.hours(day, EventsService.STOCKHOLM, h.opens(), h.closes());
			if (read.problem() != null) {
				errors.put(VenueRules.key(h.programmeId()), read.problem());
			}
			hours.put(h.programmeId(), read);
		}
		if (!errors.isEmpty()) {
			throw ValidationException.of(errors);
		}
		if (change.version() == null || change.version() != venue.version()) {
			throw stale();
		}
		VersionedUpdate.run(venue.version(), VenuesService::stale,
				jdbc.sql("""
						update ev_venue set name = :name, street_address = :street, postal_code = :postal,
						locality = :locality, area = :area, latitude = :lat, longitude = :lon, step_free = :stepFree,
						accessible_toilet = :toilet, parking_nearby = :parking, description = :description,
						version = version + 1 where id = :id and version = :version
						""")
					.param("name", name)
					.param("street", street)
					.param("postal", postal)
					.param("locality", locality)
					.param("area", area)
					.param("lat", VenueRules.decimal(change.latitude()).orElse(null), java.sql.Types.DECIMAL)
					.param("lon", VenueRules.decimal(change.longitude()).orElse(null), java.sql.Types.DECIMAL)
					.param("stepFree", change.stepFree())
					.param("toilet", change.accessibleToilet())
					.param("parking", change.parkingNearby())
					.param("description", EventsService.clean(change.description(), 4000))
					.param("id", id));
		hours.forEach((programmeId, h) -> {
			jdbc.sql("delete from ev_venue_hours where programme_id = :p and venue_id = :v")
				.param("p", programmeId)
				.param("v", id)
				.update();
			if (!h.none()) {
				jdbc.sql(
						"insert into ev_venue_hours (programme_id, venue_id, opens_at, closes_at) values (:p, :v, :o, :c)")
					.param("p", programmeId)
					.param("v", id)
					.param("o", h.opensAt())
					.param("c", h.closesAt())
					.update();
			}
		});
		invalidateAll();
		return find(id, true).orElseThrow();
	}

	@Override
	@Transactional
	public VenueDetail merge(UUID duplicateId, UUID keepId, CurrentUser by) {
		requireEditor(by);
		VenueDetail duplicate = find(duplicateId, false).orElse(null);
		VenueDetail keep = find(keepId, false).orElse(null);
		Optional<Text> problem = VenueRules.mergeProblem(duplicate, keep);
		if (problem.isPresent()) {
			throw ValidationException.of(Map.of("duplicate", problem.get()));
		}
		VersionedUpdate.run(duplicate.version(), VenuesService::staleMerge, jdbc.sql("""
				update ev_venue set status = 'MERGED', merged_into = :keep, version = version + 1
				where id = :duplicate and status <> 'MERGED' and version = :version
				""").param("keep", keepId).param("duplicate", duplicateId));
		// the events' location text changes in the feeds: a raised SEQUENCE makes
		// subscribed calendars take it; a raised version makes an open editor form stale
		jdbc.sql("""
				update ev_event set venue_id = :keep, sequence = sequence + 1, version = version + 1
				where venue_id = :duplicate
				""").param("keep", keepId).param("duplicate", duplicateId).update();
		// the duplicate's hours count where the kept venue has none for that programme
		jdbc.sql("""
				update ev_venue_hours set venue_id = :keep where venue_id = :duplicate and programme_id not in
				(select programme_id from ev_venue_hours where venue_id = :keep)
				""").param("keep", keepId).param("duplicate", duplicateId).update();
		jdbc.sql("delete from ev_venue_hours where venue_id = :duplicate").param("duplicate", duplicateId).update();
		// venues merged into the duplicate earlier now lead straight to the kept one
		jdbc.sql("update ev_venue set merged_into = :keep where merged_into = :duplicate")
			.param("keep", keepId)
			.param("duplicate", duplicateId)
			.update();
		invalidateAll();
		return find(keepId, true).orElseThrow();
	}

	@Override
	public Optional<ProgrammeSettings> settings(String slug, CurrentUser by) {
		requireEditor(by);
		if (slug == null || slug.length() > 80) {
			return Optional.empty();
		}
		return jdbc.sql("select * from ev_programme where slug = :slug")
			.param("slug", slug)
			.query((rs, n) -> new Object[] { EventsService.programme(rs, n), rs.getInt("version") })
			.optional()
			.map(row -> {
				ProgrammeView programme = (ProgrammeView) row[0];
				List<ChangeView> changes = events.changes(programme.id());
				return new ProgrammeSettings(programme, (Integer) row[1],
						changes.stream().filter(ChangeView::afterPrintFreeze).toList(), changes.size());
			});
	}

	@Override
	@Transactional
	public ProgrammeSettings saveSettings(String slug, OffsetDateTime printFreeze, OffsetDateTime submissionDeadline,
			Integer version, CurrentUser by) {
		ProgrammeSettings settings = settings(slug, by)
			.orElseThrow(() -> new NotFoundException("Programmet finns inte."));
		ProgrammeView programme = settings.programme();
		Map<String, Text> errors = new LinkedHashMap<>();
		if (programme.endsAt() != null && printFreeze != null && printFreeze.isAfter(programme.endsAt())) {
			errors.put("printFreeze", new Text("Tryckstoppet måste vara före programmets slut.",
					"The print freeze must be before the programme ends."));
		}
		if (programme.endsAt() != null && submissionDeadline != null
				&& submissionDeadline.isAfter(programme.endsAt())) {
			errors.put("submissionDeadline", new Text("Sista dag för anmälan måste vara före programmets slut.",
					"The submission deadline must be before the programme ends."));
		}
		if (!errors.isEmpty()) {
			throw ValidationException.of(errors);
		}
		if (version == null || version != settings.version()) {
			throw staleDates();
		}
		VersionedUpdate.run(settings.version(), VenuesService::staleDates, jdbc.sql("""
				update ev_programme set print_freeze = :freeze, submission_deadline = :deadline, version = version + 1
				where id = :id and version = :version
				""").param("freeze", printFreeze).param("deadline", submissionDeadline).param("id", programme.id()));
		// "ändrat efter tryck" says when a change came relative to the print freeze, so
		// it
		// follows the freeze when the editors move it
		if (printFreeze == null) {
			jdbc.sql("update ev_change set after_print_freeze = false where programme_id = :id")
				.param("id", programme.id())
				.update();
		}
		else {
			jdbc.sql("""
					update ev_change set after_print_freeze = case when changed_at >= :freeze then true else false end
					where programme_id = :id
					""").param("freeze", printFreeze).param("id", programme.id()).update();
		}
		events.invalidate(programme.id());
		return settings(slug, by).orElseThrow();
	}

	@Override
	@Transactional
	public EventView saveTexts(UUID eventId, EventTexts texts, CurrentUser by) {
		requireEditor(by);
		UUID programmeId = jdbc.sql("select programme_id from ev_event where id = :id")
			.param("id", eventId)
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("Evenemanget finns inte."));
		EventView event = events.load(programmeId, PUBLIC)
			.stream()
			.filter(e -> e.id().equals(eventId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Evenemanget finns inte."));
		String titleSv = EventsService.clean(texts.titleSv(), 200);
		String titleEn = EventsService.clean(texts.titleEn(), 200);
		String descriptionSv = EventsService.clean(texts.descriptionSv(), 4000);
		String descriptionEn = EventsService.clean(texts.descriptionEn(), 4000);
		Map<String, Text> errors = new LinkedHashMap<>();
		if (titleSv.isEmpty()) {
			errors.put("titleSv", new Text("Skriv en titel på svenska.", "Give a Swedish title."));
		}
		if (descriptionSv.isEmpty()) {
			errors.put("descriptionSv", new Text("Skriv en beskrivning på svenska.", "Give a Swedish description."));
		}
		if (titleEn.isEmpty() && !descriptionEn.isEmpty()) {
			errors.put("titleEn", new Text("Skriv en engelsk titel till den engelska beskrivningen, eller töm båda.",
					"Give an English title for the English description, or leave both empty."));
		}
		if (!errors.isEmpty()) {
			throw ValidationException.of(errors);
		}
		if (texts.version() == null || texts.version() != event.version()) {
			throw stale();
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		VersionedUpdate.run(event.version(), VenuesService::stale,
				jdbc.sql("""
						update ev_event set title_sv = :titleSv, title_en = :titleEn, description_sv = :descSv,
						description_en = :descEn, sequence = sequence + 1, version = version + 1, updated_at = :now
						where id = :id and version = :version
						""")
					.param("titleSv", titleSv)
					.param("titleEn", titleEn.isEmpty() ? null : titleEn)
					.param("descSv", descriptionSv)
					.param("descEn", descriptionEn.isEmpty() ? null : descriptionEn)
					.param("now", now)
					.param("id", eventId));
		events.review(eventId, by.displayName(), "EDITED", "", now);
		if (!titleSv.equals(event.titleSv()) || !descriptionSv.equals(event.descriptionSv())) {
			events.logChange(event, ChangeView.Kind.CHANGED, "Texten är ändrad.", "The text has been changed.", now);
		}
		events.invalidate(programmeId);
		return events.load(programmeId, PUBLIC).stream().filter(e -> e.id().equals(eventId)).findFirst().orElseThrow();
	}

	private void requireEditor(CurrentUser by) {
		if (!events.mayEdit(by)) {
			throw new AccessDeniedException("Bara redaktörer och kommunikationschefen ändrar platser och program.");
		}
	}

	private static ConflictException stale() {
		return new ConflictException(
				"Någon annan har ändrat samtidigt medan du arbetade. Läs in sidan igen och gör om ändringen.");
	}

	private static ConflictException staleMerge() {
		return new ConflictException(
				"Någon annan har ändrat platsen medan du arbetade. Läs in sidan igen och gör om sammanfogningen.");
	}

	private static ConflictException staleDates() {
		return new ConflictException(
				"Någon annan har ändrat programmets datum medan du arbetade. Läs in sidan igen och gör om ändringen.");
	}

	/** Public events are cached per programme; a venue may serve several programmes. */
	private void invalidateAll() {
		jdbc.sql("select id from ev_programme").query(UUID.class).list().forEach(events::invalidate);
	}

	private Map<UUID, Integer> counts() {
		Map<UUID, Integer> counts = new HashMap<>();
		jdbc.sql("select venue_id, count(*) from ev_event group by venue_id").query((ResultSet rs) -> {
			counts.put(rs.getObject(1, UUID.class), rs.getInt(2));
		});
		return counts;
	}

	/** One line per festival programme, with the venue's hours there if given. */
	private List<VenueDetail.Hours> hours(UUID venueId) {
		List<VenueDetail.Hours> hours = new ArrayList<>();
		jdbc.sql("""
				select p.id, p.name_sv, p.starts_at, h.opens_at, h.closes_at from ev_programme p
				left join ev_venue_hours h on h.programme_id = p.id and h.venue_id = :venue
				where p.kind = 'FESTIVAL' and p.starts_at is not null order by p.starts_at desc
				""").param("venue", venueId).query((ResultSet rs) -> {
			hours.add(new VenueDetail.Hours(rs.getObject(1, UUID.class), rs.getString(2),
					EventsService.local(rs.getObject(3, OffsetDateTime.class))
						.atZoneSameInstant(EventsService.STOCKHOLM)
						.toLocalDate(),
					EventsService.local(rs.getObject(4, OffsetDateTime.class)),
					EventsService.local(rs.getObject(5, OffsetDateTime.class))));
		});
		return hours;
	}

	private static VenueDetail venue(ResultSet rs, Map<UUID, Integer> counts, List<VenueDetail.Hours> hours)
			throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		BigDecimal lat = rs.getBigDecimal("latitude");
		BigDecimal lon = rs.getBigDecimal("longitude");
		return new VenueDetail(id, rs.getString("name"), rs.getString("street_address"), rs.getString("postal_code"),
				rs.getString("locality"), rs.getString("area"), lat, lon, rs.getBoolean("step_free"),
				rs.getBoolean("accessible_toilet"), rs.getBoolean("parking_nearby"), rs.getString("description"),
				VenueDetail.Status.valueOf(rs.getString("status")), rs.getObject("merged_into", UUID.class),
				rs.getString("merged_name"), counts.getOrDefault(id, 0), rs.getInt("version"), hours);
	}

}
