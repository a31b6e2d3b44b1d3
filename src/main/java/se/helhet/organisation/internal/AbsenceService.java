package se.helhet.organisation.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.helhet.organisation.AbsenceImportException;
import se.helhet.organisation.AbsenceImportException.RowError;
import se.helhet.organisation.AbsenceKind;
import se.helhet.organisation.AbsenceRegistered;
import se.helhet.organisation.AbsenceView;
import se.helhet.organisation.Organisation.AbsenceQuery;
import se.helhet.organisation.Organisation.SaveAbsence;
import se.helhet.platform.ConflictException;
import se.helhet.platform.CurrentUser;
import se.helhet.platform.NotFoundException;
import se.helhet.platform.Role;
import se.helhet.platform.ValidationException;
import se.helhet.platform.SwedishWorkingDays;

/**
 * Absences, read from their table on every call (they change often and are not part of
 * the organisation's cached reference data).
 */
@Service
@Transactional
public class AbsenceService {

	/** A CSV file from the HR system is for one function and a period, not a history. */
	static final int MAX_IMPORT_ROWS = 5000;

	private static final String SELECT = """
			select a.id, a.staff_id, s.function_id, s.first_name, s.last_name, a.kind, a.from_date, a.to_date,
			 a.part_day_percent, a.note, a.registered_by, a.registered_at, a.version
			from org_absence a join org_staff s on s.id = a.staff_id
			""";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AbsenceService(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = Clock.systemDefaultZone();
	}

	/** The few staff fields absences need. */
	record Person(UUID id, UUID functionId, String name, BigDecimal weeklyCapacityHours) {
	}

	@Transactional(readOnly = true)
	public List<AbsenceView> absences(AbsenceQuery query) {
		StringBuilder sql = new StringBuilder(SELECT).append(" where 1 = 1");
		List<Object> params = new ArrayList<>();
		if (query.staffId() != null) {
			sql.append(" and a.staff_id = ?");
			params.add(query.staffId());
		}
		if (query.functionId() != null) {
			sql.append(" and s.function_id = ?");
			params.add(query.functionId());
		}
		if (query.from() != null) {
			sql.append(" and a.to_date >= ?");
			params.add(query.from());
		}
		if (query.to() != null) {
			sql.append(" and a.from_date <= ?");
			params.add(query.to());
		}
		sql.append(" order by a.from_date, s.last_name, s.first_name");
		return jdbc.sql(sql.toString()).params(params).query(AbsenceService::absence).list();
	}

	@Transactional(readOnly = true)
	public Optional<AbsenceView> absence(UUID id) {
		return id == null ? Optional.empty()
				: jdbc.sql(SELECT + " where a.id = ?").param(id).query(AbsenceService::absence).optional();
	}

	@Transactional(readOnly = true)
	public boolean isAbsent(UUID staffId, LocalDate date) {
		return absences(new AbsenceQuery(staffId, null, date, date)).stream()
			.anyMatch(a -> a.wholeDays() && a.covers(date));
	}

	@Transactional(readOnly = true)
	public BigDecimal availableHours(UUID staffId, LocalDate dayInWeek) {
		Person person = person(staffId).orElseThrow(() -> new NotFoundException("Medarbetaren finns inte."));
		LocalDate monday = SwedishWorkingDays.weekStart(dayInWeek);
		return AbsenceRules.availableHours(person.weeklyCapacityHours(), monday,
				absences(new AbsenceQuery(staffId, null, monday, monday.plusDays(6))));
	}

	public UUID register(SaveAbsence command, CurrentUser by) {
		Person person = personToChange(command.staffId(), by);
		lock(person.id());
		check(null, command);
		UUID id = UUID.randomUUID();
		insert(id, command, by);
		events.publishEvent(new AbsenceRegistered(id, person.id(), person.functionId(), command.kind(), command.from(),
				command.to(), command.partDayPercent()));
		return id;
	}

	public void update(UUID id, SaveAbsence command, CurrentUser by) {
		AbsenceView existing = absence(id).orElseThrow(() -> new NotFoundException("Frånvaron finns inte."));
		requireMayChange(existing.staffId(), existing.functionId(), by);
		UUID staffId = command.staffId() == null ? existing.staffId() : command.staffId();
		Person person = personToChange(staffId, by);
		lock(person.id());
		SaveAbsence changed = new SaveAbsence(staffId, command.kind(), command.from(), command.to(),
				command.partDayPercent(), command.note(), command.version());
		check(id, changed);
		int updated = jdbc
			.sql("""
					update org_absence set staff_id = ?, kind = ?, from_date = ?, to_date = ?, part_day_percent = ?, note = ?,
					 version = version + 1 where id = ? and version = ?""")
			.params(staffId, changed.kind().name(), changed.from(), changed.to(), changed.partDayPercent(),
					blankToNull(changed.note()), id, command.version() == null ? existing.version() : command.version())
			.update();
		if (updated == 0) {
			throw stale(existing);
		}
	}

	public void delete(UUID id, Integer version, CurrentUser by) {
		AbsenceView existing = absence(id).orElseThrow(() -> new NotFoundException("Frånvaron finns inte."));
		requireMayChange(existing.staffId(), existing.functionId(), by);
		int deleted = jdbc.sql("delete from org_absence where id = ? and version = ?")
			.params(id, version == null ? existing.version() : version)
			.update();
		if (deleted == 0) {
			throw stale(existing);
		}
	}

	/**
	 * Imports the HR system's CSV: every row is checked (format, person, rights, rules,
	 * overlaps with saved absences and with the file's other rows) before anything is
	 * saved; one error refuses the whole file.
	 */
	public List<UUID> importCsv(String csv, CurrentUser by) {
		if (!by.has(Role.ADMIN) && !by.has(Role.FUNCTION_LEAD)) {
			throw new AccessDeniedException("Bara funktionens chef eller administratören importerar frånvaro.");
		}
		List<AbsenceCsv.Row> rows = AbsenceCsv.read(csv);
		List<RowError> errors = new ArrayList<>();
		if (rows.size() > MAX_IMPORT_ROWS) {
			throw new AbsenceImportException(List.of(new RowError(0, null, "Filen har " + rows.size() + " rader; högst "
					+ MAX_IMPORT_ROWS + " tas emot åt gången. Dela upp filen.")));
		}
		Map<UUID, List<AbsenceView>> planned = new HashMap<>();
		List<SaveAbsence> commands = new ArrayList<>();
		Map<String, Optional<Person>> people = new HashMap<>();
		for (AbsenceCsv.Row row : rows) {
			List<RowError> rowErrors = new ArrayList<>();
			Person person = null;
			if (row.person() != null) {
				person = people.computeIfAbsent(row.person().toLowerCase(Locale.ROOT), this::personByLogin)
					.orElse(null);
				if (person == null) {
					rowErrors.add(new RowError(row.number(), AbsenceCsv.PERSON, "Ingen medarbetare har användarnamnet "
							+ "eller e-postadressen " + row.person()
							+ ". Skriv användarnamnet (t.ex. karin.ek) eller e-postadressen som den står i Helhet."));
				}
				else if (!mayChange(person.id(), person.functionId(), by)) {
					rowErrors.add(new RowError(row.number(), AbsenceCsv.PERSON, person.name()
							+ " arbetar i en annan funktion. Ta bort raden; den funktionens chef importerar den."));
					person = null;
				}
			}
			rowErrors.addAll(row.errors());
			if (person == null || !rowErrors.isEmpty()) {
				errors.addAll(rowErrors);
				continue;
			}
			SaveAbsence command = new SaveAbsence(person.id(), row.kind(), row.from(), row.to(), row.partDayPercent(),
					row.note(), null);
			List<AbsenceView> others = planned.computeIfAbsent(person.id(),
					staffId -> new ArrayList<>(absences(new AbsenceQuery(staffId, null, null, null))));
			Map<String, String> broken = AbsenceRules.check(null, command, others);
			if (!broken.isEmpty()) {
				broken.forEach(
						(field, message) -> errors.add(new RowError(row.number(), AbsenceCsv.column(field), message)));
				continue;
			}
			others.add(new AbsenceView(UUID.randomUUID(), person.id(), person.functionId(),
					person.name() + " (rad " + row.number() + " i filen)", row.kind(), row.from(), row.to(),
					row.partDayPercent(), null, by.username(), null, 0));
			commands.add(command);
		}
		if (rows.isEmpty() && errors.isEmpty()) {
			errors.add(new RowError(0, null,
					"Filen har inga rader med frånvaro under rubrikraden. Lägg till en rad per frånvaro."));
		}
		if (!errors.isEmpty()) {
			throw new AbsenceImportException(errors);
		}
		List<UUID> ids = new ArrayList<>();
		for (SaveAbsence command : commands) {
			lock(command.staffId());
			UUID id = UUID.randomUUID();
			insert(id, command, by);
			Person person = person(command.staffId()).orElseThrow();
			events.publishEvent(new AbsenceRegistered(id, person.id(), person.functionId(), command.kind(),
					command.from(), command.to(), command.partDayPercent()));
			ids.add(id);
		}
		return ids;
	}

	/** Whether the user may register or change this person's absences. */
	public static boolean mayChange(UUID staffId, UUID functionId, CurrentUser user) {
		return user.has(Role.ADMIN) || staffId.equals(user.staffId())
				|| (user.has(Role.FUNCTION_LEAD) && functionId.equals(user.unitId()));
	}

	/** Whether the user may see the absences of a function (its staff and lead). */
	public static boolean maySee(UUID functionId, CurrentUser user) {
		return user.has(Role.ADMIN) || (functionId != null && functionId.equals(user.unitId())
				&& (user.has(Role.FUNCTION_LEAD) || user.staffId() != null));
	}

	Optional<Person> person(UUID staffId) {
		if (staffId == null) {
			return Optional.empty();
		}
		return jdbc
			.sql("select id, function_id, first_name, last_name, weekly_capacity_hours from org_staff where id = ?")
			.param(staffId)
			.query(AbsenceService::person)
			.optional();
	}

	private Optional<Person> personByLogin(String login) {
		return jdbc.sql("""
				select id, function_id, first_name, last_name, weekly_capacity_hours from org_staff
				where lower(username) = ? or lower(email) = ?""")
			.params(login, login)
			.query(AbsenceService::person)
			.optional();
	}

	private Person personToChange(UUID staffId, CurrentUser by) {
		if (staffId == null) {
			throw new ValidationException(Map.of("staffId", "Välj vem frånvaron gäller."));
		}
		Person person = person(staffId).orElseThrow(() -> new ValidationException(
				Map.of("staffId", "Medarbetaren finns inte. Välj en medarbetare i listan.")));
		requireMayChange(person.id(), person.functionId(), by);
		return person;
	}

	private void requireMayChange(UUID staffId, UUID functionId, CurrentUser by) {
		if (!mayChange(staffId, functionId, by)) {
			throw new AccessDeniedException(
					"Du registrerar din egen frånvaro; funktionens chef och administratören registrerar andras.");
		}
	}

	/**
	 * Serialises changes to one person's absences, so two overlapping ones cannot both
	 * pass the check.
	 */
	private void lock(UUID staffId) {
		jdbc.sql("select id from org_staff where id = ? for update").param(staffId).query(UUID.class).optional();
	}

	private void check(UUID id, SaveAbsence command) {
		List<AbsenceView> others = command.staffId() == null ? List.of()
				: absences(new AbsenceQuery(command.staffId(), null, null, null));
		Map<String, String> errors = AbsenceRules.check(id, command, others);
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
	}

	private void insert(UUID id, SaveAbsence command, CurrentUser by) {
		jdbc.sql("""
				insert into org_absence (id, staff_id, kind, from_date, to_date, part_day_percent, note, registered_by,
				 registered_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(id, command.staffId(), command.kind().name(), command.from(), command.to(),
					command.partDayPercent(), blankToNull(command.note()), by.username(), OffsetDateTime.now(clock))
			.update();
	}

	private static ConflictException stale(AbsenceView existing) {
		return new ConflictException("Någon annan har ändrat eller tagit bort frånvaron (" + existing.kind().swedish()
				+ " " + existing.from() + "–" + existing.to()
				+ ") sedan du hämtade den. Ladda om den och gör om din ändring.");
	}

	private static AbsenceView absence(ResultSet rs, int n) throws SQLException {
		Integer percent = rs.getObject("part_day_percent", Integer.class);
		return new AbsenceView(rs.getObject("id", UUID.class), rs.getObject("staff_id", UUID.class),
				rs.getObject("function_id", UUID.class), rs.getString("first_name") + " " + rs.getString("last_name"),
				AbsenceKind.valueOf(rs.getString("kind")), rs.getObject("from_date", LocalDate.class),
				rs.getObject("to_date", LocalDate.class), percent, rs.getString("note"), rs.getString("registered_by"),
				rs.getObject("registered_at", OffsetDateTime.class), rs.getInt("version"));
	}

	private static Person person(ResultSet rs, int n) throws SQLException {
		return new Person(rs.getObject("id", UUID.class), rs.getObject("function_id", UUID.class),
				rs.getString("first_name") + " " + rs.getString("last_name"),
				rs.getBigDecimal("weekly_capacity_hours"));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
