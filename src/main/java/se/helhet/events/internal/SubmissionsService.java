package se.helhet.events.internal;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.helhet.events.Accessibility;
import se.helhet.events.AgeGroup;
import se.helhet.events.Category;
import se.helhet.events.ChangeView;
import se.helhet.events.EventStatus;
import se.helhet.events.EventView;
import se.helhet.events.FieldChange;
import se.helhet.events.ImageUpload;
import se.helhet.events.OrganiserView;
import se.helhet.events.ProgrammeView;
import se.helhet.events.Submission;
import se.helhet.events.SubmissionView;
import se.helhet.events.Submissions;
import se.helhet.events.TooManyAttempts;
import se.helhet.events.VenueView;
import se.helhet.platform.ConflictException;
import se.helhet.platform.CurrentUser;
import se.helhet.platform.Mail;
import se.helhet.platform.Mailer;
import se.helhet.platform.NotFoundException;
import se.helhet.platform.Text;
import se.helhet.platform.ValidationException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Organisers' submissions and the editors' decisions on JdbcClient.
 * <p>
 * The organiser's latest version is kept whole as JSON ({@code submission}). Until the
 * first approval the event's columns are written from it as well; they are not public.
 * After it, the columns are what visitors see, and a change waits only in the JSON with
 * its own review state ({@code pending_status}) until an editor approves it and it is
 * copied into the columns; refused, the public version simply stays.
 */
@Service
class SubmissionsService implements Submissions {

	private static final Set<EventStatus> PUBLIC = EnumSet.of(EventStatus.PUBLISHED, EventStatus.MOVED,
			EventStatus.CANCELLED);

	/**
	 * Submissions per organiser: a busy association sends a few a day, not dozens an
	 * hour.
	 */
	static final RateLimit PER_ORGANISER = new RateLimit(20, Duration.ofHours(1));

	private final JdbcClient jdbc;

	private final Clock clock;

	private final EventsService events;

	private final EventImages images;

	private final RateLimits limits;

	private final Mailer mailer;

	private final JsonMapper json;

	private final String baseUrl;

	private final RateLimit perNetwork;

	SubmissionsService(JdbcClient jdbc, Clock clock, EventsService events, EventImages images, RateLimits limits,
			Mailer mailer, JsonMapper json, @Value("${helhet.base-url:http://localhost:8080}") String baseUrl,
			@Value("${helhet.events.submissions-per-network-per-hour:60}") int perNetwork) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
		this.images = images;
		this.limits = limits;
		this.mailer = mailer;
		this.json = json;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
		this.perNetwork = new RateLimit(perNetwork, Duration.ofHours(1));
	}

	@Override
	public List<ProgrammeView> programmesForSubmission() {
		OffsetDateTime now = OffsetDateTime.now(clock);
		return jdbc.sql("select * from ev_programme order by kind desc, starts_at")
			.query(EventsService::programme)
			.list()
			.stream()
			.filter(p -> p.endsAt() == null || p.endsAt().isAfter(now))
			.toList();
	}

	@Override
	public List<VenueView> venues() {
		return jdbc.sql("select * from ev_venue where status = 'APPROVED' order by name")
			.query((rs, n) -> new VenueView(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("street_address"), rs.getString("postal_code"), rs.getString("locality"),
					rs.getString("area"), rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude"),
					rs.getBoolean("step_free"), rs.getBoolean("accessible_toilet"), rs.getBoolean("parking_nearby"),
					null, null))
			.list();
	}

	@Override
	public List<String> areas() {
		return jdbc.sql("select distinct area from ev_venue where status = 'APPROVED' order by area")
			.query(String.class)
			.list();
	}

	@Override
	public List<SubmissionView> mine(UUID organiserId) {
		List<UUID> ids = jdbc.sql("select id from ev_event where organiser_id = :o order by created_at desc, id")
			.param("o", organiserId)
			.query(UUID.class)
			.list();
		return ids.stream().map(id -> view(id, false)).flatMap(Optional::stream).toList();
	}

	@Override
	public Optional<SubmissionView> mine(UUID organiserId, UUID eventId) {
		if (organiserId == null || eventId == null) {
			return Optional.empty();
		}
		boolean theirs = jdbc.sql("select count(*) from ev_event where id = :id and organiser_id = :o")
			.param("id", eventId)
			.param("o", organiserId)
			.query(Long.class)
			.single() > 0;
		return theirs ? view(eventId, true) : Optional.empty();
	}

	@Override
	@Transactional
	public UUID save(UUID organiserId, UUID eventId, Submission submitted, ImageUpload image, boolean removeImage,
			boolean send, Integer version, String from) {
		return save(organiserId, eventId, submitted, image, removeImage, send, version, from, clock.instant());
	}

	/**
	 * Saves as if at the moment given: the demo's submissions were sent before the
	 * programme's deadline, whenever the demo is loaded.
	 */
	UUID save(UUID organiserId, UUID eventId, Submission submitted, ImageUpload image, boolean removeImage,
			boolean send, Integer version, String from, java.time.Instant at) {
		OrganiserView organiser = jdbc
			.sql("select * from ev_organiser where id = :id and verified_at is not null and blocked = false")
			.param("id", organiserId)
			.query(OrganisersService::view)
			.optional()
			.orElseThrow(() -> new AccessDeniedException("Logga in som arrangör."));
		Row existing = eventId == null ? null : row(eventId).filter(r -> organiserId.equals(r.organiserId()))
			.orElseThrow(() -> new NotFoundException("Evenemanget finns inte."));
		if (existing != null) {
			if (version == null || version != existing.version()) {
				throw stale();
			}
			if (existing.status() == EventStatus.REJECTED || existing.status() == EventStatus.CANCELLED) {
				throw new ConflictException(existing.status() == EventStatus.REJECTED
						? "Evenemanget är avslaget och kan inte ändras. Anmäl det som ett nytt evenemang om du har ändrat det som redaktionen skrev."
						: "Evenemanget är inställt och kan inte ändras.");
			}
		}
		boolean approvedBefore = existing != null && existing.approvedAt() != null;
		UUID programmeId = existing != null ? existing.programmeId() : submitted.programmeId();
		Map<String, Text> errors = new LinkedHashMap<>();
		ProgrammeView programme = programmeId == null ? null
				: programmesForSubmission().stream().filter(p -> p.id().equals(programmeId)).findFirst().orElse(null);
		if (programme == null) {
			throw ValidationException.of(Map.of("programme", new Text("Välj vilket program evenemanget hör till.",
					"Choose which programme the event belongs to.")));
		}
		Submission previous = existing == null ? null : latest(existing);
		Submission s = new Submission(programmeId, submitted.titleSv().strip(), submitted.titleEn().strip(),
				submitted.descriptionSv().strip(), submitted.descriptionEn().strip(), submitted.venueId(),
				submitted.newVenue(), submitted.slots(), submitted.categories(), submitted.ageGroups(),
				submitted.language().strip(), submitted.priceSek(), submitted.priceNote().strip(),
				removeImage || previous == null ? null : previous.imageRef(), submitted.imageAlt(), submitted.links(),
				submitted.rulesConfirmed());
		if (image != null) {
			// checked now, stored only once everything else is right
			images.check(image).ifPresent(problem -> errors.put("image", problem));
			s = s.withImage(EventImages.PUBLIC_PATH + "pending", s.imageAlt());
		}
		if (s.newVenue() == null && s.venueId() != null && !approvedVenue(s.venueId())) {
			errors.put("venueId", new Text("Välj en plats i listan, eller föreslå en ny plats längre ner.",
					"Choose a venue from the list, or propose a new one further down."));
		}
		errors.putAll(SubmissionRules.check(s, programme, at, !approvedBefore, send || approvedBefore));
		if (!errors.isEmpty()) {
			throw ValidationException.of(errors);
		}
		if (!limits.attempt(RateLimits.key("submit", organiserId), PER_ORGANISER)
				|| (from != null && !limits.attempt("submit-from:" + from, perNetwork))) {
			throw new TooManyAttempts(new Text(
					"Du har skickat många evenemang på kort tid. Vänta en stund och försök igen; det du skrivit finns kvar.",
					"You have sent many events in a short time. Wait a while and try again; what you wrote is kept."));
		}
		if (image != null) {
			s = s.withImage(images.store(image), s.imageAlt());
		}
		UUID id = existing != null ? existing.id() : UUID.randomUUID();
		s = withProposedVenue(s, previous, organiserId);
		OffsetDateTime now = OffsetDateTime.now(clock);
		String body = json.writeValueAsString(s);
		if (existing == null) {
			jdbc.sql("""
					insert into ev_event (id, programme_id, organiser_id, organiser_name, venue_id, title_sv,
					description_sv, status, submission, submitted_at, created_at, updated_at)
					values (:id, :programme, :organiser, :organiserName, :venue, :title, :description, :status,
					:submission, :submitted, :now, :now)
					""")
				.param("id", id)
				.param("programme", programmeId)
				.param("organiser", organiserId)
				.param("organiserName", organiser.displayName())
				.param("venue", s.venueId())
				.param("title", s.titleSv())
				.param("description", s.descriptionSv())
				.param("status", send ? "SUBMITTED" : "DRAFT")
				.param("submission", body)
				.param("submitted", send ? now : null)
				.param("now", now)
				.update();
			writeColumns(id, s);
			if (send) {
				events.review(id, organiser.displayName(), "SUBMITTED", "", now);
			}
			return id;
		}
		if (!approvedBefore) {
			VersionedUpdate.run(existing.version(), SubmissionsService::stale, jdbc.sql("""
					update ev_event set status = :status, submission = :submission, status_reason = case when :send
					then status_reason else null end, submitted_at = case when :send then :now else submitted_at end,
					updated_at = :now, version = version + 1 where id = :id and version = :version
					""")
				.param("status", send ? "SUBMITTED" : "DRAFT")
				.param("submission", body)
				.param("send", send)
				.param("now", now)
				.param("id", id));
			writeColumns(id, s);
			if (send) {
				events.review(id, organiser.displayName(),
						existing.status() == EventStatus.CHANGES_REQUESTED ? "RESUBMITTED" : "SUBMITTED", "", now);
			}
			return id;
		}
		// Approved before: the change waits; visitors keep seeing the columns
		VersionedUpdate.run(existing.version(), SubmissionsService::stale, jdbc.sql("""
				update ev_event set submission = :submission, pending_status = 'SUBMITTED', pending_reason = null,
				pending_since = :now, updated_at = :now, version = version + 1 where id = :id and version = :version
				""").param("submission", body).param("now", now).param("id", id));
		events.review(id, organiser.displayName(), "CHANGE_SUBMITTED", "", now);
		return id;
	}

	@Override
	public List<SubmissionView> queue(CurrentUser editor) {
		requireEditor(editor);
		List<UUID> ids = jdbc.sql("""
				select id from ev_event where status = 'SUBMITTED' or pending_status = 'SUBMITTED'
				order by coalesce(pending_since, submitted_at), id
				""").query(UUID.class).list();
		return ids.stream().map(id -> view(id, false)).flatMap(Optional::stream).toList();
	}

	@Override
	public Optional<SubmissionView> forReview(UUID eventId, CurrentUser editor) {
		requireEditor(editor);
		return eventId == null ? Optional.empty() : view(eventId, true);
	}

	@Override
	@Transactional
	public void approve(UUID eventId, UUID venueInstead, Integer version, CurrentUser editor) {
		requireEditor(editor);
		Row row = decidable(eventId, version);
		Submission s = parse(row.submission());
		boolean wasPublic = PUBLIC.contains(row.status());
		Submission before = wasPublic ? fromColumns(row) : null;
		if (venueInstead != null) {
			if (!approvedVenue(venueInstead)) {
				throw ValidationException.of(Map.of("venueInstead",
						new Text("Välj en godkänd plats i listan.", "Choose an approved venue from the list.")));
			}
			if (s.newVenue() != null && s.venueId() != null) {
				jdbc.sql("update ev_venue set status = 'MERGED', merged_into = :into, version = version + 1 "
						+ "where id = :id and status = 'PROPOSED'")
					.param("into", venueInstead)
					.param("id", s.venueId())
					.update();
			}
			s = s.withVenue(venueInstead, null);
		}
		else if (s.newVenue() != null) {
			jdbc.sql("update ev_venue set status = 'APPROVED', version = version + 1 where id = :id")
				.param("id", s.venueId())
				.update();
			s = s.withVenue(s.venueId(), null);
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		Integer number = row.number();
		if (number == null) {
			// numbers are handed out one at a time per programme
			jdbc.sql("select id from ev_programme where id = :id for update")
				.param("id", row.programmeId())
				.query(UUID.class)
				.single();
			number = jdbc.sql("select coalesce(max(number), 0) + 1 from ev_event where programme_id = :id")
				.param("id", row.programmeId())
				.query(Integer.class)
				.single();
		}
		String body = json.writeValueAsString(s);
		VersionedUpdate.run(row.version(), SubmissionsService::stale,
				jdbc.sql("""
						update ev_event set status = :status, number = :number, approved_at = :now,
						published_at = coalesce(published_at, :now), approved_snapshot = :body, submission = :body,
						pending_status = null, pending_reason = null, pending_since = null,
						status_reason = case when :wasPublic then status_reason else null end,
						sequence = sequence + case when :wasPublic then 1 else 0 end,
						updated_at = :now, version = version + 1 where id = :id and version = :version
						""")
					.param("status", wasPublic ? row.status().name() : "PUBLISHED")
					.param("number", number)
					.param("now", now)
					.param("body", body)
					.param("wasPublic", wasPublic)
					.param("id", eventId));
		writeColumns(eventId, s);
		events.review(eventId, editor.displayName(), wasPublic ? "CHANGE_APPROVED" : "APPROVED", "", now);
		events.invalidate(row.programmeId());
		EventView published = events.load(row.programmeId(), PUBLIC)
			.stream()
			.filter(e -> e.id().equals(eventId))
			.findFirst()
			.orElseThrow();
		if (wasPublic) {
			List<FieldChange> changes = SubmissionDiff.between(before, s, this::venueName);
			if (!changes.isEmpty()) {
				events.logChange(published, ChangeView.Kind.CHANGED, "Ändrat: " + fields(changes, false),
						"Changed: " + fields(changes, true), now);
			}
		}
		else {
			events.logChange(published, ChangeView.Kind.ADDED, "Nytt i programmet.", "New in the programme.", now);
		}
		ProgrammeView programme = programme(row.programmeId());
		mail(row, (wasPublic ? "Din ändring är godkänd: " : "Ditt evenemang är publicerat: ") + s.titleSv(),
				(wasPublic ? "Redaktionen har godkänt din ändring av \"" + s.titleSv() + "\". Besökarna ser den nu."
						: "Redaktionen har godkänt \"" + s.titleSv() + "\". Det finns nu i " + programme.nameSv() + ".")
						+ "\n\n" + baseUrl + "/evenemang/" + programme.slug() + "/" + number);
	}

	@Override
	@Transactional
	public void requestChanges(UUID eventId, String message, Integer version, CurrentUser editor) {
		Decision d = decide(eventId, version, editor, "CHANGES_REQUESTED", message, "message",
				"Skriv vad arrangören behöver ändra.", "Write what the organiser needs to change.");
		Row row = d.row();
		String text = d.reason();
		events.review(eventId, editor.displayName(), "CHANGES_REQUESTED", text, d.at());
		Submission s = parse(row.submission());
		mail(row, "Redaktionen ber dig ändra: " + s.titleSv(),
				"Redaktionen har läst \"" + s.titleSv() + "\" och ber dig ändra något innan det kan publiceras:\n\n"
						+ text + "\n\nÄndra och skicka igen här "
						+ "(logga in med din e-postadress om du inte är inloggad):\n" + baseUrl + "/evenemang/arrangor/"
						+ eventId);
	}

	@Override
	@Transactional
	public void reject(UUID eventId, String reason, Integer version, CurrentUser editor) {
		Decision d = decide(eventId, version, editor, "REJECTED", reason, "reason", "Skriv varför evenemanget avslås.",
				"Write why the event is refused.");
		Row row = d.row();
		String text = d.reason();
		boolean change = row.approvedAt() != null;
		events.review(eventId, editor.displayName(), change ? "CHANGE_REJECTED" : "REJECTED", text, d.at());
		Submission s = parse(row.submission());
		mail(row, (change ? "Din ändring avslogs: " : "Ditt evenemang avslogs: ") + s.titleSv(),
				(change ? "Redaktionen har inte godkänt din ändring av \"" + s.titleSv()
						+ "\". Den tidigare godkända versionen finns kvar i programmet."
						: "Redaktionen har inte godkänt \"" + s.titleSv() + "\" för programmet.") + "\n\nSkäl: " + text
						+ "\n\n" + baseUrl + "/evenemang/arrangor/" + eventId);
	}

	@Override
	@Transactional
	public void editTexts(UUID eventId, String titleSv, String titleEn, String descriptionSv, String descriptionEn,
			Integer version, CurrentUser editor) {
		requireEditor(editor);
		Row row = decidable(eventId, version);
		Submission s = parse(row.submission()).withTexts(EventsService.clean(titleSv, 10_000),
				EventsService.clean(titleEn, 10_000), EventsService.clean(descriptionSv, 100_000),
				EventsService.clean(descriptionEn, 100_000));
		ProgrammeView programme = programme(row.programmeId());
		Map<String, Text> errors = new LinkedHashMap<>();
		SubmissionRules.check(s, programme, clock.instant(), false, false).forEach((field, text) -> {
			if (field.startsWith("title") || field.startsWith("description")) {
				errors.put(field, text);
			}
		});
		if (!errors.isEmpty()) {
			throw ValidationException.of(errors);
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		VersionedUpdate.run(row.version(), SubmissionsService::stale,
				jdbc.sql("update ev_event set submission = :s, updated_at = :now, version = version + 1 "
						+ "where id = :id and version = :version")
					.param("s", json.writeValueAsString(s))
					.param("now", now)
					.param("id", eventId));
		if (row.approvedAt() == null) {
			writeColumns(eventId, s);
		}
		events.review(eventId, editor.displayName(), "EDITED", "", now);
	}

	@Override
	public Optional<Path> image(String file, UUID organiserId, CurrentUser user) {
		Optional<Path> path = images.file(file);
		if (path.isEmpty()) {
			return Optional.empty();
		}
		String ref = EventImages.PUBLIC_PATH + file;
		boolean visible = jdbc.sql(
				"select count(*) from ev_event where image_ref = :ref and status in ('PUBLISHED', 'MOVED', 'CANCELLED')")
			.param("ref", ref)
			.query(Long.class)
			.single() > 0;
		if (!visible && events.mayEdit(user)) {
			visible = true;
		}
		if (!visible && organiserId != null) {
			visible = jdbc.sql(
					"select count(*) from ev_event where organiser_id = :o and (image_ref = :ref or submission like :like)")
				.param("o", organiserId)
				.param("ref", ref)
				.param("like", "%" + file + "%")
				.query(Long.class)
				.single() > 0;
		}
		return visible ? path : Optional.empty();
	}

	// --- the rows and their versions

	/** The event as organiser and editors see it. */
	Optional<SubmissionView> view(UUID id, boolean withHistory) {
		Optional<Row> found = row(id);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Row row = found.get();
		ProgrammeView programme = programme(row.programmeId());
		Submission approved = row.approvedAt() != null || PUBLIC.contains(row.status()) ? fromColumns(row) : null;
		Submission latest = latest(row);
		List<FieldChange> changes = approved == null || row.pendingStatus() == null ? List.of()
				: SubmissionDiff.between(approved, latest, this::venueName);
		OrganiserView organiser = row.organiserId() == null ? null
				: jdbc.sql("select * from ev_organiser where id = :id")
					.param("id", row.organiserId())
					.query(OrganisersService::view)
					.optional()
					.orElse(null);
		List<SubmissionView.Review> reviews = withHistory ? jdbc
			.sql("select at, by_name, action, reason from ev_review where event_id = :id order by at desc")
			.param("id", id)
			.query((rs, n) -> new SubmissionView.Review(EventsService.local(rs.getObject("at", OffsetDateTime.class)),
					rs.getString("by_name"), rs.getString("action"), rs.getString("reason")))
			.list() : List.of();
		String message = row.pendingStatus() != null ? row.pendingReason() : row.statusReason();
		OffsetDateTime waiting = row.pendingStatus() == EventStatus.SUBMITTED ? row.pendingSince()
				: row.status() == EventStatus.SUBMITTED ? row.submittedAt() : null;
		return Optional.of(new SubmissionView(id, programme, row.number(), row.status(), row.pendingStatus(),
				message == null || message.isBlank() ? null : message, latest, approved, changes,
				latest.newVenue() != null ? latest.newVenue().name() : venueName(latest.venueId()),
				latest.newVenue() != null, organiser, waiting, row.version(), reviews));
	}

	/**
	 * The organiser's latest version: the waiting change, or else the public version (an
	 * editor may have moved the event since the last approval).
	 */
	private Submission latest(Row row) {
		boolean changeWaiting = row.pendingStatus() == EventStatus.SUBMITTED
				|| row.pendingStatus() == EventStatus.CHANGES_REQUESTED;
		if (row.submission() != null && (row.approvedAt() == null || changeWaiting)) {
			return parse(row.submission());
		}
		return fromColumns(row);
	}

	private Optional<Row> row(UUID id) {
		return jdbc.sql("select * from ev_event where id = :id")
			.param("id", id)
			.query(SubmissionsService::row)
			.optional();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		String pending = rs.getString("pending_status");
		return new Row(rs.getObject("id", UUID.class), rs.getObject("programme_id", UUID.class),
				rs.getObject("number") == null ? null : rs.getInt("number"), rs.getObject("organiser_id", UUID.class),
				EventStatus.valueOf(rs.getString("status")), pending == null ? null : EventStatus.valueOf(pending),
				rs.getString("status_reason"), rs.getString("pending_reason"), rs.getString("submission"),
				EventsService.local(rs.getObject("approved_at", OffsetDateTime.class)),
				EventsService.local(rs.getObject("submitted_at", OffsetDateTime.class)),
				EventsService.local(rs.getObject("pending_since", OffsetDateTime.class)),
				rs.getObject("venue_id", UUID.class), rs.getInt("version"));
	}

	/** The version in the event's columns: what visitors see once it is approved. */
	Submission fromColumns(Row row) {
		UUID id = row.id();
		List<Submission.Slot> slots = jdbc.sql("select * from ev_occurrence where event_id = :id order by position")
			.param("id", id)
			.query((rs, n) -> {
				Set<Accessibility> access = EventsService.accessibility(rs);
				return new Submission.Slot(localTime(rs.getObject("starts_at", OffsetDateTime.class)),
						localTime(rs.getObject("ends_at", OffsetDateTime.class)), access);
			})
			.list();
		Set<Category> categories = jdbc.sql("select category from ev_event_category where event_id = :id")
			.param("id", id)
			.query((rs, n) -> Category.valueOf(rs.getString(1)))
			.set();
		Set<AgeGroup> ages = jdbc.sql("select age_group from ev_event_age_group where event_id = :id")
			.param("id", id)
			.query((rs, n) -> AgeGroup.valueOf(rs.getString(1)))
			.set();
		List<EventView.Link> links = jdbc
			.sql("select url, label from ev_event_link where event_id = :id order by position")
			.param("id", id)
			.query((rs, n) -> new EventView.Link(rs.getString(1), rs.getString(2)))
			.list();
		return jdbc.sql("select * from ev_event where id = :id")
			.param("id", id)
			.query((rs, n) -> new Submission(rs.getObject("programme_id", UUID.class), rs.getString("title_sv"),
					rs.getString("title_en"), rs.getString("description_sv"), rs.getString("description_en"),
					rs.getObject("venue_id", UUID.class), null, slots, categories, ages, rs.getString("language"),
					rs.getObject("price_sek") == null ? null : rs.getInt("price_sek"), rs.getString("price_note"),
					rs.getString("image_ref"), rs.getString("image_alt"), links, true))
			.single();
	}

	/**
	 * Writes a version into the event's columns and its slots, categories, age groups and
	 * links. Slots are updated in place by position, so that a moved slot keeps its
	 * earlier start.
	 */
	void writeColumns(UUID id, Submission s) {
		jdbc.sql("""
				update ev_event set venue_id = :venue, title_sv = :titleSv, title_en = :titleEn,
				description_sv = :descSv, description_en = :descEn, language = :language, price_sek = :price,
				price_note = :priceNote, image_ref = :image, image_alt = :alt where id = :id
				""")
			.param("venue", s.venueId())
			.param("titleSv", s.titleSv())
			.param("titleEn", blankToNull(s.titleEn()))
			.param("descSv", s.descriptionSv())
			.param("descEn", blankToNull(s.descriptionEn()))
			.param("language", s.language())
			.param("price", s.free() ? null : s.priceSek())
			.param("priceNote", s.priceNote())
			.param("image", s.imageRef())
			.param("alt", s.imageRef() == null ? null : s.imageAlt())
			.param("id", id)
			.update();
		List<UUID> slotIds = jdbc.sql("select id from ev_occurrence where event_id = :id order by position")
			.param("id", id)
			.query(UUID.class)
			.list();
		for (int i = 0; i < s.slots().size(); i++) {
			Submission.Slot slot = s.slots().get(i);
			var params = new LinkedHashMap<String, Object>();
			params.put("start", slot.start().atZone(EventsService.STOCKHOLM).toOffsetDateTime());
			params.put("end", slot.end().atZone(EventsService.STOCKHOLM).toOffsetDateTime());
			params.put("sign", slot.has(Accessibility.SIGN_LANGUAGE));
			params.put("loop", slot.has(Accessibility.HEARING_LOOP));
			params.put("captions", slot.has(Accessibility.CAPTIONS));
			params.put("low", slot.has(Accessibility.LOW_STIMULUS));
			params.put("position", i + 1);
			params.put("event", id);
			if (i < slotIds.size()) {
				params.put("id", slotIds.get(i));
				jdbc.sql("""
						update ev_occurrence set position = :position, starts_at = :start, ends_at = :end,
						sign_language = :sign, hearing_loop = :loop, captions = :captions, low_stimulus = :low
						where id = :id and event_id = :event
						""").params(params).update();
			}
			else {
				params.put("id", UUID.randomUUID());
				jdbc.sql("""
						insert into ev_occurrence (id, event_id, position, starts_at, ends_at, sign_language,
						hearing_loop, captions, low_stimulus) values (:id, :event, :position, :start, :end, :sign,
						:loop, :captions, :low)
						""").params(params).update();
			}
		}
		for (int i = s.slots().size(); i < slotIds.size(); i++) {
			jdbc.sql("delete from ev_occurrence where id = :id").param("id", slotIds.get(i)).update();
		}
		jdbc.sql("delete from ev_event_category where event_id = :id").param("id", id).update();
		for (Category category : s.sortedCategories()) {
			jdbc.sql("insert into ev_event_category (event_id, category) values (:e, :c)")
				.param("e", id)
				.param("c", category.name())
				.update();
		}
		jdbc.sql("delete from ev_event_age_group where event_id = :id").param("id", id).update();
		for (AgeGroup age : s.sortedAgeGroups()) {
			jdbc.sql("insert into ev_event_age_group (event_id, age_group) values (:e, :a)")
				.param("e", id)
				.param("a", age.name())
				.update();
		}
		jdbc.sql("delete from ev_event_link where event_id = :id").param("id", id).update();
		for (int i = 0; i < s.links().size(); i++) {
			jdbc.sql("insert into ev_event_link (event_id, position, url, label) values (:e, :p, :u, :l)")
				.param("e", id)
				.param("p", i + 1)
				.param("u", s.links().get(i).url().strip())
				.param("l", s.links().get(i).label() == null ? "" : s.links().get(i).label().strip())
				.update();
		}
	}

	/**
	 * A proposed venue is a PROPOSED row owned by the organiser; a later version of the
	 * same event updates that row rather than proposing another.
	 */
	private Submission withProposedVenue(Submission s, Submission previous, UUID organiserId) {
		if (s.newVenue() == null) {
			return s;
		}
		Submission.NewVenue v = s.newVenue();
		UUID reuse = previous != null && previous.newVenue() != null && previous.venueId() != null
				&& jdbc.sql("select count(*) from ev_venue where id = :id and status = 'PROPOSED' and proposed_by = :o")
					.param("id", previous.venueId())
					.param("o", organiserId)
					.query(Long.class)
					.single() > 0 ? previous.venueId() : null;
		UUID id = reuse != null ? reuse : UUID.randomUUID();
		var params = Map.<String, Object>of("id", id, "name", v.name().strip(), "street", v.streetAddress().strip(),
				"postal", v.postalCode().strip(), "area", v.area().strip(), "by", organiserId);
		if (reuse != null) {
			jdbc.sql("""
					update ev_venue set name = :name, street_address = :street, postal_code = :postal, area = :area,
					version = version + 1 where id = :id and proposed_by = :by
					""").params(params).update();
		}
		else {
			jdbc.sql("""
					insert into ev_venue (id, name, street_address, postal_code, locality, area, status, proposed_by)
					values (:id, :name, :street, :postal, 'Sjövik', :area, 'PROPOSED', :by)
					""").params(params).update();
		}
		return s.withVenue(id, v);
	}

	private Row decidable(UUID eventId, Integer version) {
		Row row = row(eventId).orElseThrow(() -> new NotFoundException("Evenemanget finns inte."));
		if (version == null || version != row.version()) {
			throw stale();
		}
		if (row.status() != EventStatus.SUBMITTED && row.pendingStatus() != EventStatus.SUBMITTED) {
			throw new ConflictException(
					"Evenemanget väntar inte på granskning längre: någon har redan beslutat om det.");
		}
		return row;
	}

	/**
	 * What asking for changes and refusing have in common: who, on which version, why.
	 */
	private record Decision(Row row, String reason, OffsetDateTime at) {
	}

	/**
	 * An editor's decision with a reason on the version they read; refused when they are
	 * no editor, the version is stale or the reason is missing.
	 */
	private Decision decide(UUID eventId, Integer version, CurrentUser editor, String state, String given, String field,
			String missingSv, String missingEn) {
		requireEditor(editor);
		Row row = decidable(eventId, version);
		String text = reason(given, field, missingSv, missingEn);
		OffsetDateTime now = OffsetDateTime.now(clock);
		decide(row, state, text, now);
		return new Decision(row, text, now);
	}

	private void decide(Row row, String state, String reason, OffsetDateTime now) {
		boolean change = row.pendingStatus() == EventStatus.SUBMITTED;
		VersionedUpdate.run(row.version(), SubmissionsService::stale, jdbc.sql(change ? """
				update ev_event set pending_status = :state, pending_reason = :reason, updated_at = :now,
				version = version + 1 where id = :id and version = :version
				""" : """
				update ev_event set status = :state, status_reason = :reason, updated_at = :now,
				version = version + 1 where id = :id and version = :version
				""").param("state", state).param("reason", reason).param("now", now).param("id", row.id()));
	}

	private static String reason(String text, String field, String sv, String en) {
		String clean = EventsService.clean(text, 100_000);
		if (clean.isEmpty()) {
			throw ValidationException.of(Map.of(field, new Text(sv, en)));
		}
		if (clean.length() > 2000) {
			throw ValidationException.of(Map.of(field,
					new Text("Korta texten till högst 2000 tecken.", "Shorten the text to at most 2000 characters.")));
		}
		return clean;
	}

	private void mail(Row row, String subject, String body) {
		if (row.organiserId() == null) {
			return;
		}
		jdbc.sql("select email, name from ev_organiser where id = :id")
			.param("id", row.organiserId())
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
			.optional()
			.ifPresent(to -> mailer.send(new Mail(to[0], subject,
					"Hej " + to[1] + "!\n\n" + body + "\n\nHälsningar\nRedaktionen för evenemangskalendern")));
	}

	private void requireEditor(CurrentUser user) {
		if (!events.mayEdit(user)) {
			throw new AccessDeniedException("Bara redaktörer och kommunikationschefen granskar evenemang.");
		}
	}

	private boolean approvedVenue(UUID id) {
		return jdbc.sql("select count(*) from ev_venue where id = :id and status = 'APPROVED'")
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

	String venueName(UUID id) {
		if (id == null) {
			return "";
		}
		return jdbc.sql("select name from ev_venue where id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.orElse("");
	}

	private ProgrammeView programme(UUID id) {
		return jdbc.sql("select * from ev_programme where id = :id")
			.param("id", id)
			.query(EventsService::programme)
			.single();
	}

	Submission parse(String body) {
		return json.readValue(body, Submission.class);
	}

	private static String fields(List<FieldChange> changes, boolean english) {
		return changes.stream()
			.map(c -> FIELD_NAMES.getOrDefault(c.labelKey(), new Text(c.labelKey(), c.labelKey())))
			.map(t -> english ? t.en() : t.sv())
			.distinct()
			.collect(Collectors.joining(", ")) + ".";
	}

	/** The fields' names for the public change log, which is stored in both languages. */
	private static final Map<String, Text> FIELD_NAMES = Map.ofEntries(
			Map.entry("events.field.titleSv", new Text("titel", "title")),
			Map.entry("events.field.titleEn", new Text("engelsk titel", "English title")),
			Map.entry("events.field.descriptionSv", new Text("beskrivning", "description")),
			Map.entry("events.field.descriptionEn", new Text("engelsk beskrivning", "English description")),
			Map.entry("events.field.venue", new Text("plats", "venue")),
			Map.entry("events.field.slots", new Text("tider och tillgänglighet", "times and accessibility")),
			Map.entry("events.field.categories", new Text("kategorier", "categories")),
			Map.entry("events.field.ageGroups", new Text("åldrar", "ages")),
			Map.entry("events.field.language", new Text("språk", "language")),
			Map.entry("events.field.price", new Text("pris", "price")),
			Map.entry("events.field.priceNote", new Text("prisinformation", "price note")),
			Map.entry("events.field.image", new Text("bild", "image")),
			Map.entry("events.field.links", new Text("länkar", "links")));

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}

	private static LocalDateTime localTime(OffsetDateTime moment) {
		return moment.atZoneSameInstant(EventsService.STOCKHOLM).toLocalDateTime();
	}

	private static ConflictException stale() {
		return new ConflictException(
				"Någon annan har ändrat evenemanget medan du arbetade. Läs in sidan igen och gör om ändringen.");
	}

	record Row(UUID id, UUID programmeId, Integer number, UUID organiserId, EventStatus status,
			EventStatus pendingStatus, String statusReason, String pendingReason, String submission,
			OffsetDateTime approvedAt, OffsetDateTime submittedAt, OffsetDateTime pendingSince, UUID venueId,
			int version) {
	}

}
