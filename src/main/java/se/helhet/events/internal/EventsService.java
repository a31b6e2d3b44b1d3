package se.helhet.events.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.helhet.events.Accessibility;
import se.helhet.events.AgeGroup;
import se.helhet.events.Category;
import se.helhet.events.ChangeView;
import se.helhet.events.EventCancelled;
import se.helhet.events.EventMoved;
import se.helhet.events.EventStatus;
import se.helhet.events.EventView;
import se.helhet.events.Events;
import se.helhet.events.Listing;
import se.helhet.events.OccurrenceView;
import se.helhet.events.ProgrammeFilter;
import se.helhet.events.ProgrammeView;
import se.helhet.events.VenueView;
import se.helhet.organisation.Organisation;
import se.helhet.organisation.UnitView;
import se.helhet.platform.ConflictException;
import se.helhet.platform.CurrentUser;
import se.helhet.platform.NotFoundException;
import se.helhet.platform.Role;
import se.helhet.platform.Text;
import se.helhet.platform.ValidationException;

/**
 * The events programme on JdbcClient. The public events of a programme are read in a few
 * queries and kept in memory until something changes: the programme page, its feeds and
 * the API all read the same few hundred events, many times a minute on the night.
 */
@Service
public class EventsService implements Events {

	static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	/**
	 * How long another node's change may stay unseen when several nodes share a database.
	 */
	static final Duration CACHE_TIME = Duration.ofSeconds(30);

	static final DateTimeFormatter SV_TIME = DateTimeFormatter.ofPattern("d MMMM 'kl.' HH.mm", Locale.of("sv"));

	static final DateTimeFormatter EN_TIME = DateTimeFormatter.ofPattern("d MMMM 'at' HH:mm", Locale.ENGLISH);

	private static final Set<EventStatus> PUBLIC = EnumSet.of(EventStatus.PUBLISHED, EventStatus.MOVED,
			EventStatus.CANCELLED);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher publisher;

	private final Organisation organisation;

	private final Map<UUID, Cached> cache = new ConcurrentHashMap<>();

	EventsService(JdbcClient jdbc, Clock clock, ApplicationEventPublisher publisher, Organisation organisation) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.publisher = publisher;
		this.organisation = organisation;
	}

	@Override
	public List<ProgrammeView> publishedProgrammes() {
		return jdbc.sql("select * from ev_programme where published_at is not null order by kind desc, starts_at desc")
			.query(EventsService::programme)
			.list();
	}

	@Override
	public Optional<ProgrammeView> programme(String slug) {
		if (slug == null || slug.length() > 80) {
			return Optional.empty();
		}
		return jdbc.sql("select * from ev_programme where slug = :slug and published_at is not null")
			.param("slug", slug)
			.query(EventsService::programme)
			.optional();
	}

	@Override
	public List<EventView> publicEvents(UUID programmeId) {
		Instant now = clock.instant();
		Cached cached = cache.get(programmeId);
		if (cached != null && cached.until().isAfter(now)) {
			return cached.events();
		}
		List<EventView> events = load(programmeId, PUBLIC);
		cache.put(programmeId, new Cached(events, now.plus(CACHE_TIME)));
		return events;
	}

	@Override
	public List<Listing> listings(UUID programmeId, ProgrammeFilter filter, Instant now) {
		return filter.apply(publicEvents(programmeId), now);
	}

	@Override
	public Optional<EventView> publicEvent(UUID programmeId, int number) {
		return publicEvents(programmeId).stream().filter(e -> e.number() == number).findFirst();
	}

	@Override
	public List<String> areas(UUID programmeId) {
		return new TreeSet<>(publicEvents(programmeId).stream().map(e -> e.venue().area()).toList()).stream().toList();
	}

	@Override
	public List<VenueView> venues(UUID programmeId) {
		Map<UUID, VenueView> venues = new LinkedHashMap<>();
		publicEvents(programmeId).forEach(e -> venues.putIfAbsent(e.venue().id(), e.venue()));
		return venues.values().stream().sorted(Comparator.comparing(VenueView::name)).toList();
	}

	@Override
	public List<ChangeView> changes(UUID programmeId) {
		return jdbc.sql("""
				select c.*, e.number, e.title_sv from ev_change c join ev_event e on e.id = c.event_id
				where c.programme_id = :programme order by c.changed_at desc, e.number
				""")
			.param("programme", programmeId)
			.query((rs, n) -> new ChangeView(rs.getObject("event_id", UUID.class), rs.getInt("number"),
					rs.getString("title_sv"), local(rs.getObject("changed_at", OffsetDateTime.class)),
					ChangeView.Kind.valueOf(rs.getString("kind")), rs.getString("summary_sv"),
					rs.getString("summary_en"), rs.getBoolean("after_print_freeze")))
			.list();
	}

	@Override
	@Transactional
	public EventView cancel(UUID eventId, String reason, Integer version, CurrentUser by) {
		requireEditor(by);
		EventView event = editable(eventId, version);
		if (event.cancelled()) {
			throw new ConflictException("Evenemanget är redan inställt.");
		}
		String why = clean(reason, 500);
		if (why.isEmpty()) {
			throw ValidationException.of(Map.of("reason",
					new Text("Skriv varför evenemanget är inställt.", "Say why the event is cancelled.")));
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		VersionedUpdate.run(event.version(), EventsService::stale, jdbc.sql("""
				update ev_event set status = 'CANCELLED', status_reason = :reason, sequence = sequence + 1,
				version = version + 1, updated_at = :now where id = :id and version = :version
				""").param("reason", why).param("now", now).param("id", eventId));
		review(eventId, by.displayName(), "CANCELLED", why, now);
		logChange(event, ChangeView.Kind.CANCELLED, "Inställt: " + why, "Cancelled: " + why, now);
		invalidate(event.programmeId());
		publisher.publishEvent(new EventCancelled(eventId, event.programmeId(), why));
		return load(event.programmeId(), PUBLIC).stream().filter(e -> e.id().equals(eventId)).findFirst().orElseThrow();
	}

	@Override
	@Transactional
	public EventView move(UUID eventId, OffsetDateTime newStart, String reason, Integer version, CurrentUser by) {
		requireEditor(by);
		EventView event = editable(eventId, version);
		if (event.cancelled()) {
			throw new ConflictException("Ett inställt evenemang kan inte flyttas.");
		}
		if (newStart == null) {
			throw ValidationException
				.of(Map.of("start", new Text("Ange den nya starttiden.", "Give the new start time.")));
		}
		OffsetDateTime oldStart = event.startsAt();
		Duration shift = Duration.between(oldStart, newStart);
		if (shift.isZero()) {
			throw ValidationException.of(Map.of("start",
					new Text("Den nya tiden är samma som den gamla.", "The new time is the same as the old one.")));
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		VersionedUpdate.run(event.version(), EventsService::stale, jdbc.sql("""
				update ev_event set status = 'MOVED', status_reason = :reason, sequence = sequence + 1,
				version = version + 1, updated_at = :now where id = :id and version = :version
				""").param("reason", clean(reason, 500)).param("now", now).param("id", eventId));
		for (OccurrenceView o : event.occurrences()) {
			jdbc.sql("""
					update ev_occurrence set previous_starts_at = coalesce(previous_starts_at, :old),
					starts_at = :start, ends_at = :end where id = :id
					""")
				.param("old", o.startsAt())
				.param("start", o.startsAt().plus(shift))
				.param("end", o.endsAt().plus(shift))
				.param("id", o.id())
				.update();
		}
		review(eventId, by.displayName(), "MOVED", clean(reason, 500), now);
		String sv = "Flyttat från " + oldStart.atZoneSameInstant(STOCKHOLM).format(SV_TIME) + " till "
				+ newStart.atZoneSameInstant(STOCKHOLM).format(SV_TIME);
		String en = "Moved from " + oldStart.atZoneSameInstant(STOCKHOLM).format(EN_TIME) + " to "
				+ newStart.atZoneSameInstant(STOCKHOLM).format(EN_TIME);
		String why = clean(reason, 500);
		logChange(event, ChangeView.Kind.MOVED, why.isEmpty() ? sv : sv + ". " + why,
				why.isEmpty() ? en : en + ". " + why, now);
		invalidate(event.programmeId());
		publisher.publishEvent(new EventMoved(eventId, event.programmeId(), oldStart, newStart));
		return load(event.programmeId(), PUBLIC).stream().filter(e -> e.id().equals(eventId)).findFirst().orElseThrow();
	}

	@Override
	public boolean mayEdit(CurrentUser user) {
		if (user == null) {
			return false;
		}
		if (user.has(Role.EDITOR) || user.has(Role.ADMIN)) {
			return true;
		}
		return user.has(Role.FUNCTION_LEAD) && user.unitId() != null
				&& organisation.functions()
					.stream()
					.filter(f -> "KOM".equals(f.shortName()))
					.map(UnitView::id)
					.anyMatch(user.unitId()::equals);
	}

	private void requireEditor(CurrentUser by) {
		if (!mayEdit(by)) {
			throw new org.springframework.security.access.AccessDeniedException(
					"Bara redaktörer och kommunikationschefen ändrar publicerade evenemang.");
		}
	}

	private EventView editable(UUID eventId, Integer version) {
		UUID programmeId = jdbc.sql("select programme_id from ev_event where id = :id")
			.param("id", eventId)
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("Evenemanget finns inte."));
		EventView event = load(programmeId, PUBLIC).stream()
			.filter(e -> e.id().equals(eventId))
			.findFirst()
			.orElseThrow(() -> new ConflictException("Bara publicerade evenemang kan ställas in eller flyttas."));
		if (version != null && version != event.version()) {
			throw stale();
		}
		return event;
	}

	private static ConflictException stale() {
		return new ConflictException(
				"Någon annan har ändrat evenemanget medan du arbetade. Läs in sidan igen och gör om ändringen.");
	}

	void review(UUID eventId, String by, String action, String reason, OffsetDateTime at) {
		jdbc.sql(
				"insert into ev_review (id, event_id, at, by_name, action, reason) values (:id, :event, :at, :by, :action, :reason)")
			.param("id", UUID.randomUUID())
			.param("event", eventId)
			.param("at", at)
			.param("by", by)
			.param("action", action)
			.param("reason", reason)
			.update();
	}

	/** Logs a change to the public log when the programme is published. */
	void logChange(EventView event, ChangeView.Kind kind, String sv, String en, OffsetDateTime at) {
		var programme = jdbc.sql("select published_at, print_freeze from ev_programme where id = :id")
			.param("id", event.programmeId())
			.query((rs,
					n) -> new OffsetDateTime[] { local(rs.getObject("published_at", OffsetDateTime.class)),
							local(rs.getObject("print_freeze", OffsetDateTime.class)) })
			.single();
		if (programme[0] == null || at.isBefore(programme[0])) {
			return;
		}
		jdbc.sql(
				"""
						insert into ev_change (id, programme_id, event_id, changed_at, kind, summary_sv, summary_en, after_print_freeze)
						values (:id, :programme, :event, :at, :kind, :sv, :en, :frozen)
						""")
			.param("id", UUID.randomUUID())
			.param("programme", event.programmeId())
			.param("event", event.id())
			.param("at", at)
			.param("kind", kind.name())
			.param("sv", sv)
			.param("en", en)
			.param("frozen", programme[1] != null && !at.isBefore(programme[1]))
			.update();
	}

	void invalidate(UUID programmeId) {
		cache.remove(programmeId);
	}

	/**
	 * Text as typed, without control characters and cut to the length the column holds.
	 */
	static String clean(String text, int max) {
		if (text == null) {
			return "";
		}
		String stripped = text.replaceAll("[\\p{Cntrl}&&[^\n\t]]", "").strip();
		return stripped.length() > max ? stripped.substring(0, max) : stripped;
	}

	/** The accessibility of a slot, from its row in ev_occurrence. */
	static Set<Accessibility> accessibility(ResultSet rs) throws SQLException {
		Set<Accessibility> access = EnumSet.noneOf(Accessibility.class);
		if (rs.getBoolean("sign_language")) {
			access.add(Accessibility.SIGN_LANGUAGE);
		}
		if (rs.getBoolean("hearing_loop")) {
			access.add(Accessibility.HEARING_LOOP);
		}
		if (rs.getBoolean("captions")) {
			access.add(Accessibility.CAPTIONS);
		}
		if (rs.getBoolean("low_stimulus")) {
			access.add(Accessibility.LOW_STIMULUS);
		}
		return access;
	}

	/** Every event of the programme with one of the statuses, in time order. */
	List<EventView> load(UUID programmeId, Set<EventStatus> statuses) {
		List<String> names = statuses.stream().map(Enum::name).toList();
		Map<UUID, List<OccurrenceView>> occurrences = new HashMap<>();
		jdbc.sql("""
				select o.* from ev_occurrence o join ev_event e on e.id = o.event_id
				where e.programme_id = :programme and e.status in (:statuses) order by o.event_id, o.position
				""").param("programme", programmeId).param("statuses", names).query((ResultSet rs) -> {
			Set<Accessibility> access = accessibility(rs);
			occurrences.computeIfAbsent(rs.getObject("event_id", UUID.class), k -> new ArrayList<>())
				.add(new OccurrenceView(rs.getObject("id", UUID.class), rs.getInt("position"),
						local(rs.getObject("starts_at", OffsetDateTime.class)),
						local(rs.getObject("ends_at", OffsetDateTime.class)),
						local(rs.getObject("previous_starts_at", OffsetDateTime.class)), access));
		});
		Map<UUID, Set<Category>> categories = new HashMap<>();
		jdbc.sql("""
				select c.event_id, c.category from ev_event_category c join ev_event e on e.id = c.event_id
				where e.programme_id = :programme and e.status in (:statuses)
				""").param("programme", programmeId).param("statuses", names).query((ResultSet rs) -> {
			categories.computeIfAbsent(rs.getObject(1, UUID.class), k -> EnumSet.noneOf(Category.class))
				.add(Category.valueOf(rs.getString(2)));
		});
		Map<UUID, Set<AgeGroup>> ages = new HashMap<>();
		jdbc.sql("""
				select a.event_id, a.age_group from ev_event_age_group a join ev_event e on e.id = a.event_id
				where e.programme_id = :programme and e.status in (:statuses)
				""").param("programme", programmeId).param("statuses", names).query((ResultSet rs) -> {
			ages.computeIfAbsent(rs.getObject(1, UUID.class), k -> EnumSet.noneOf(AgeGroup.class))
				.add(AgeGroup.valueOf(rs.getString(2)));
		});
		Map<UUID, List<EventView.Link>> links = new HashMap<>();
		jdbc.sql("""
				select l.event_id, l.url, l.label from ev_event_link l join ev_event e on e.id = l.event_id
				where e.programme_id = :programme and e.status in (:statuses) order by l.event_id, l.position
				""").param("programme", programmeId).param("statuses", names).query((ResultSet rs) -> {
			links.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
				.add(new EventView.Link(rs.getString(2), rs.getString(3)));
		});
		return jdbc.sql("""
				select e.*, v.name as v_name, v.street_address, v.postal_code, v.locality, v.area, v.latitude,
				       v.longitude, v.step_free, v.accessible_toilet, v.parking_nearby, h.opens_at, h.closes_at
				from ev_event e join ev_venue v on v.id = e.venue_id
				left join ev_venue_hours h on h.venue_id = v.id and h.programme_id = e.programme_id
				where e.programme_id = :programme and e.status in (:statuses)
				""")
			.param("programme", programmeId)
			.param("statuses", names)
			.query((rs, n) -> event(rs, occurrences, categories, ages, links))
			.list()
			.stream()
			.filter(e -> !e.occurrences().isEmpty())
			.sorted(Comparator.comparing(EventView::startsAt).thenComparing(EventView::number))
			.toList();
	}

	private static EventView event(ResultSet rs, Map<UUID, List<OccurrenceView>> occurrences,
			Map<UUID, Set<Category>> categories, Map<UUID, Set<AgeGroup>> ages, Map<UUID, List<EventView.Link>> links)
			throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		VenueView venue = new VenueView(rs.getObject("venue_id", UUID.class), rs.getString("v_name"),
				rs.getString("street_address"), rs.getString("postal_code"), rs.getString("locality"),
				rs.getString("area"), rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude"),
				rs.getBoolean("step_free"), rs.getBoolean("accessible_toilet"), rs.getBoolean("parking_nearby"),
				local(rs.getObject("opens_at", OffsetDateTime.class)),
				local(rs.getObject("closes_at", OffsetDateTime.class)));
		Integer price = rs.getObject("price_sek") == null ? null : rs.getInt("price_sek");
		return new EventView(id, rs.getObject("programme_id", UUID.class), rs.getInt("number"),
				rs.getString("title_sv"), rs.getString("title_en"), rs.getString("description_sv"),
				rs.getString("description_en"), venue, rs.getString("organiser_name"),
				occurrences.getOrDefault(id, List.of()), categories.getOrDefault(id, Set.of()),
				ages.getOrDefault(id, Set.of()), rs.getString("language"), price, rs.getString("price_note"),
				rs.getString("image_ref"), rs.getString("image_alt"), links.getOrDefault(id, List.of()),
				EventStatus.valueOf(rs.getString("status")), rs.getString("status_reason"), rs.getInt("sequence"),
				local(rs.getObject("updated_at", OffsetDateTime.class)), rs.getInt("version"));
	}

	static ProgrammeView programme(ResultSet rs, int row) throws SQLException {
		return new ProgrammeView(rs.getObject("id", UUID.class), rs.getString("slug"),
				ProgrammeView.Kind.valueOf(rs.getString("kind")), rs.getString("name_sv"), rs.getString("name_en"),
				rs.getString("description_sv"), rs.getString("description_en"),
				local(rs.getObject("starts_at", OffsetDateTime.class)),
				local(rs.getObject("ends_at", OffsetDateTime.class)),
				local(rs.getObject("submission_deadline", OffsetDateTime.class)),
				local(rs.getObject("print_freeze", OffsetDateTime.class)),
				local(rs.getObject("published_at", OffsetDateTime.class)));
	}

	/**
	 * In Swedish time, whatever offset the database hands back (H2 answers in UTC,
	 * PostgreSQL in the session's zone), so that pages, JSON-LD and the API show
	 * "10:00+01:00" for ten in the morning.
	 */
	static OffsetDateTime local(OffsetDateTime moment) {
		return moment == null ? null : moment.atZoneSameInstant(STOCKHOLM).toOffsetDateTime();
	}

	private record Cached(List<EventView> events, Instant until) {
	}

}
