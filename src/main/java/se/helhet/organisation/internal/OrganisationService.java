package se.helhet.organisation.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import se.helhet.organisation.AbsenceCover;
import se.helhet.organisation.AbsenceRegistration;
import se.helhet.organisation.AbsenceView;
import se.helhet.organisation.ContactView;
import se.helhet.organisation.NamedItem;
import se.helhet.organisation.Organisation;
import se.helhet.organisation.StaffView;
import se.helhet.organisation.StaffView.CompetenceLevel;
import se.helhet.organisation.UnitKind;
import se.helhet.organisation.UnitView;
import se.helhet.platform.ConflictException;
import se.helhet.platform.CurrentUser;
import se.helhet.platform.NotFoundException;
import se.helhet.platform.ReferenceData;
import se.helhet.platform.ValidationException;

@Service
@Transactional
public class OrganisationService implements Organisation {

	private static final String STAFF_SELECT = """
			select s.id, s.function_id, s.first_name, s.last_name, s.email, s.phone, s.profession_id, p.name profession,
			 s.specialist, s.weekly_capacity_hours, s.username, s.lead, s.version
			from org_staff s join org_profession p on p.id = s.profession_id
			""";

	private static final java.text.Collator SWEDISH = java.text.Collator.getInstance(java.util.Locale.of("sv"));

	private final JdbcClient jdbc;

	/**
	 * Units, contacts and the group, read on every request and intake, changed rarely.
	 */
	private final ReferenceData<Snapshot> snapshot;

	private final AbsenceService absences;

	private final ObjectProvider<AbsenceCover> cover;

	private static final Logger log = LoggerFactory.getLogger(OrganisationService.class);

	OrganisationService(JdbcClient jdbc, AbsenceService absences, ObjectProvider<AbsenceCover> cover,
			PlatformTransactionManager transactions) {
		TransactionTemplate readOnly = new TransactionTemplate(transactions);
		readOnly.setReadOnly(true);
		// its reads in one transaction, whoever asks: the getters below join none of
		// their own
		this.snapshot = new ReferenceData<>(Duration.ofSeconds(10), () -> readOnly.execute(status -> loadSnapshot()));
		this.cover = cover;
		this.jdbc = jdbc;
		this.absences = absences;
	}

	private record Snapshot(GroupView group, List<UnitView> units, Map<UUID, UnitView> unitsById,
			Map<UUID, StaffView> staff, Map<UUID, List<ContactView>> contacts,
			Map<UUID, List<StaffView>> staffByFunction) {
	}

	private Snapshot loadSnapshot() {
		GroupView group = jdbc.sql("select id, name, municipality_name, org_number, version from org_group")
			.query((rs, n) -> new GroupView(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("municipality_name"), rs.getString("org_number"), rs.getInt("version")))
			.optional()
			.orElse(new GroupView(null, "Koncernen", "Kommunen", null, 0));
		List<UnitView> units = jdbc.sql("select * from org_unit order by kind, name")
			.query(OrganisationService::unit)
			.list();
		Map<UUID, UnitView> byId = new HashMap<>();
		units.forEach(u -> byId.put(u.id(), u));
		Map<UUID, StaffView> staff = new HashMap<>();
		allStaff().forEach(s -> staff.put(s.id(), s));
		Map<UUID, List<ContactView>> contacts = new HashMap<>();
		jdbc.sql("""
				select c.forvaltning_id, c.function_id, c.staff_id, f.name function_name from org_contact c
				join org_unit f on f.id = c.function_id order by f.name""").query((rs, n) -> {
			UUID forvaltning = rs.getObject("forvaltning_id", UUID.class);
			StaffView member = staff.get(rs.getObject("staff_id", UUID.class));
			if (member != null) {
				contacts.computeIfAbsent(forvaltning, k -> new ArrayList<>())
					.add(new ContactView(forvaltning, rs.getObject("function_id", UUID.class),
							rs.getString("function_name"), member));
			}
			return null;
		}).list();
		contacts.replaceAll((k, v) -> List.copyOf(v));
		// sorted once per snapshot: intake asks for a function's staff on every request,
		// and comparing names with the Swedish collator is not cheap
		Map<UUID, List<StaffView>> byFunction = new HashMap<>();
		staff.values()
			.stream()
			.filter(member -> member.functionId() != null)
			.sorted(java.util.Comparator.comparing(StaffView::lead)
				.reversed()
				.thenComparing(StaffView::lastName, SWEDISH)
				.thenComparing(StaffView::firstName, SWEDISH))
			.forEach(member -> byFunction.computeIfAbsent(member.functionId(), k -> new ArrayList<>()).add(member));
		byFunction.replaceAll((k, v) -> List.copyOf(v));
		return new Snapshot(group, List.copyOf(units), Map.copyOf(byId), Map.copyOf(staff), Map.copyOf(contacts),
				Map.copyOf(byFunction));
	}

	/** The organisation was written outside this service (the demo loader). */
	void referenceDataChanged() {
		snapshot.changed();
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public GroupView group() {
		return snapshot.get().group();
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<UnitView> units() {
		return snapshot.get().units();
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Optional<UnitView> unit(UUID id) {
		return id == null ? Optional.empty() : Optional.ofNullable(snapshot.get().unitsById().get(id));
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Optional<UnitView> topUnitOf(UUID unitId) {
		Optional<UnitView> current = unitId == null ? Optional.empty() : unit(unitId);
		for (int depth = 0; current.isPresent() && depth < 50; depth++) {
			UnitView unit = current.get();
			if (unit.parentId() == null || unit.kind() == UnitKind.FORVALTNING || unit.kind() == UnitKind.BOLAG) {
				return current;
			}
			current = unit(unit.parentId());
		}
		return current;
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<UnitView> functions() {
		return snapshot.get().units().stream().filter(u -> u.kind() == UnitKind.FUNCTION).toList();
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<StaffView> staff(UUID functionId) {
		// the function's staff as the database would order them: lead first, then by name
		return functionId == null ? List.of() : snapshot.get().staffByFunction().getOrDefault(functionId, List.of());
	}

	@Transactional(readOnly = true)
	public List<StaffView> allStaff() {
		return withCompetences(jdbc.sql(STAFF_SELECT + " order by s.last_name, s.first_name")
			.query(OrganisationService::staffRow)
			.list());
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Optional<StaffView> staffMember(UUID staffId) {
		return staffId == null ? Optional.empty() : Optional.ofNullable(snapshot.get().staff().get(staffId));
	}

	@Override
	@Transactional(readOnly = true)
	public List<NamedItem> competences(UUID functionId) {
		return jdbc.sql("select id, function_id, name from org_competence where function_id = ? order by name")
			.param(functionId)
			.query((rs, n) -> new NamedItem(rs.getObject("id", UUID.class), rs.getObject("function_id", UUID.class),
					rs.getString("name")))
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public List<NamedItem> professions(UUID functionId) {
		return jdbc.sql("select id, function_id, name from org_profession where function_id = ? order by name")
			.param(functionId)
			.query((rs, n) -> new NamedItem(rs.getObject("id", UUID.class), rs.getObject("function_id", UUID.class),
					rs.getString("name")))
			.list();
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<ContactView> contactsOf(UUID forvaltningId) {
		return snapshot.get().contacts().getOrDefault(forvaltningId, List.of());
	}

	/** Every förvaltning's contacts: forvaltningId → functionId → staffId. */
	@Transactional(readOnly = true)
	public Map<UUID, Map<UUID, UUID>> contactMatrix() {
		Map<UUID, Map<UUID, UUID>> matrix = new HashMap<>();
		jdbc.sql("select forvaltning_id, function_id, staff_id from org_contact").query((rs, n) -> {
			matrix.computeIfAbsent(rs.getObject("forvaltning_id", UUID.class), k -> new HashMap<>())
				.put(rs.getObject("function_id", UUID.class), rs.getObject("staff_id", UUID.class));
			return null;
		}).list();
		return matrix;
	}

	@Override
	@Transactional(readOnly = true)
	public List<UnitView> contactFor(UUID staffId) {
		return jdbc.sql("""
				select u.* from org_contact c join org_unit u on u.id = c.forvaltning_id
				where c.staff_id = ? order by u.name""").param(staffId).query(OrganisationService::unit).list();
	}

	@Override
	public UUID saveUnit(SaveUnit command) {
		snapshot.changed();
		Map<String, String> errors = OrganisationRules.checkUnit(command, this::unit);
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		boolean orders = command.ordersCentralServices() != null ? command.ordersCentralServices()
				: OrganisationRules.ordersCentralServicesByDefault(command.kind());
		String shortName = blankToNull(command.shortName());
		String description = blankToNull(command.description());
		if (command.id() == null) {
			UUID id = UUID.randomUUID();
			jdbc.sql(
					"""
							insert into org_unit (id, kind, name, short_name, parent_id, orders_central_services, description, version)
							values (?, ?, ?, ?, ?, ?, ?, 0)""")
				.params(id, command.kind().name(), command.name().strip(), shortName, command.parentId(), orders,
						description)
				.update();
			return id;
		}
		UnitView existing = unit(command.id()).orElseThrow(() -> new NotFoundException("Enheten finns inte."));
		int updated = jdbc.sql("""
				update org_unit set kind = ?, name = ?, short_name = ?, parent_id = ?, orders_central_services = ?,
				 description = ?, version = version + 1 where id = ? and version = ?""")
			.params(command.kind().name(), command.name().strip(), shortName, command.parentId(), orders, description,
					existing.id(), command.version() == null ? existing.version() : command.version())
			.update();
		if (updated == 0) {
			throw new ConflictException("Någon annan har ändrat " + existing.name()
					+ " sedan du öppnade formuläret. Ladda om sidan för att se ändringen och gör om din ändring.");
		}
		return existing.id();
	}

	@Override
	public UUID saveStaff(SaveStaff command) {
		snapshot.changed();
		Map<String, String> errors = new LinkedHashMap<>(OrganisationRules.checkStaff(command));
		if (command.professionId() != null && command.functionId() != null
				&& professions(command.functionId()).stream().noneMatch(p -> p.id().equals(command.professionId()))) {
			errors.put("professionId", "Yrket hör inte till den valda funktionen. Välj ett yrke i listan.");
		}
		if (command.competences() != null && command.functionId() != null) {
			var known = competences(command.functionId()).stream().map(NamedItem::id).toList();
			if (!known.containsAll(command.competences().keySet())) {
				errors.put("competences", "En av kompetenserna hör inte till den valda funktionen.");
			}
		}
		String email = command.email() == null ? null : command.email().strip().toLowerCase();
		if (email != null && !errors.containsKey("email")
				&& jdbc.sql("select count(*) from org_staff where email = ? and id <> ?")
					.params(email, command.id() == null ? new UUID(0, 0) : command.id())
					.query(Long.class)
					.single() > 0) {
			errors.put("email", "E-postadressen används redan av en annan medarbetare.");
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		BigDecimal capacity = OrganisationRules.parseHours(command.weeklyCapacityHours());
		UUID id;
		if (command.id() == null) {
			id = UUID.randomUUID();
			jdbc.sql(
					"""
							insert into org_staff (id, function_id, first_name, last_name, email, phone, profession_id, specialist,
							 weekly_capacity_hours, lead, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, false, 0)""")
				.params(id, command.functionId(), command.firstName().strip(), command.lastName().strip(), email,
						blankToNull(command.phone()), command.professionId(), command.specialist(), capacity)
				.update();
		}
		else {
			StaffView existing = staffMember(command.id())
				.orElseThrow(() -> new NotFoundException("Medarbetaren finns inte."));
			int updated = jdbc.sql("""
					update org_staff set function_id = ?, first_name = ?, last_name = ?, email = ?, phone = ?,
					 profession_id = ?, specialist = ?, weekly_capacity_hours = ?, version = version + 1
					where id = ? and version = ?""")
				.params(command.functionId(), command.firstName().strip(), command.lastName().strip(), email,
						blankToNull(command.phone()), command.professionId(), command.specialist(), capacity,
						existing.id(), command.version() == null ? existing.version() : command.version())
				.update();
			if (updated == 0) {
				throw new ConflictException("Någon annan har ändrat " + existing.fullName()
						+ " sedan du öppnade formuläret. Ladda om sidan för att se ändringen och gör om din ändring.");
			}
			id = existing.id();
			jdbc.sql("delete from org_staff_competence where staff_id = ?").param(id).update();
		}
		if (command.competences() != null) {
			command.competences()
				.forEach((competence, level) -> jdbc
					.sql("insert into org_staff_competence (staff_id, competence_id, level) values (?, ?, ?)")
					.params(id, competence, level)
					.update());
		}
		return id;
	}

	@Override
	public void saveGroup(SaveGroup command) {
		snapshot.changed();
		Map<String, String> errors = OrganisationRules.checkGroup(command);
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		GroupView existing = group();
		if (existing.id() == null) {
			jdbc.sql("insert into org_group (id, name, municipality_name, org_number, version) values (?, ?, ?, ?, 0)")
				.params(UUID.randomUUID(), command.name().strip(), command.municipalityName().strip(),
						blankToNull(command.orgNumber()))
				.update();
			return;
		}
		int updated = jdbc.sql("""
				update org_group set name = ?, municipality_name = ?, org_number = ?, version = version + 1
				where id = ? and version = ?""")
			.params(command.name().strip(), command.municipalityName().strip(), blankToNull(command.orgNumber()),
					existing.id(), command.version() == null ? existing.version() : command.version())
			.update();
		if (updated == 0) {
			throw new ConflictException(
					"Någon annan har ändrat koncernens uppgifter sedan du öppnade formuläret. Ladda om sidan och gör om din ändring.");
		}
	}

	@Override
	public void saveContact(UUID forvaltningId, UUID functionId, UUID staffId) {
		snapshot.changed();
		UnitView forvaltning = unit(forvaltningId)
			.orElseThrow(() -> new NotFoundException("Förvaltningen finns inte."));
		if (forvaltning.kind() != UnitKind.FORVALTNING && forvaltning.kind() != UnitKind.BOLAG) {
			throw new ValidationException(Map.of("forvaltningId", "Kontakter utses för förvaltningar och bolag."));
		}
		jdbc.sql("delete from org_contact where forvaltning_id = ? and function_id = ?")
			.params(forvaltningId, functionId)
			.update();
		if (staffId == null) {
			return;
		}
		StaffView staff = staffMember(staffId).orElseThrow(() -> new NotFoundException("Medarbetaren finns inte."));
		if (!staff.functionId().equals(functionId)) {
			throw new ValidationException(Map.of("staffId", staff.fullName()
					+ " arbetar inte i den funktionen. Välj en kontakt bland funktionens medarbetare."));
		}
		jdbc.sql("insert into org_contact (forvaltning_id, function_id, staff_id) values (?, ?, ?)")
			.params(forvaltningId, functionId, staffId)
			.update();
	}

	@Override
	public UUID addCompetence(UUID functionId, String name) {
		snapshot.changed();
		return addNamed("org_competence", functionId, name, "kompetens");
	}

	@Override
	public UUID addProfession(UUID functionId, String name) {
		snapshot.changed();
		return addNamed("org_profession", functionId, name, "yrke");
	}

	private UUID addNamed(String table, UUID functionId, String name, String what) {
		if (OrganisationRules.isBlank(name) || name.strip().length() > 200) {
			throw new ValidationException(Map.of("name", "Skriv namnet på " + what + "en (högst 200 tecken)."));
		}
		if (unit(functionId).filter(u -> u.kind() == UnitKind.FUNCTION).isEmpty()) {
			throw new ValidationException(Map.of("functionId", "Välj en central funktion."));
		}
		UUID id = UUID.randomUUID();
		try {
			jdbc.sql("insert into " + table + " (id, function_id, name) values (?, ?, ?)")
				.params(id, functionId, name.strip())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new ValidationException(Map.of("name", "Funktionen har redan " + what + "en " + name.strip() + "."));
		}
		return id;
	}

	@Override
	@Transactional(readOnly = true)
	public List<AbsenceView> absences(AbsenceQuery query) {
		return absences.absences(query);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<AbsenceView> absence(UUID id) {
		return absences.absence(id);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean isAbsent(UUID staffId, LocalDate date) {
		return absences.isAbsent(staffId, date);
	}

	@Override
	@Transactional(readOnly = true)
	public BigDecimal availableHours(UUID staffId, LocalDate dayInWeek) {
		return absences.availableHours(staffId, dayInWeek);
	}

	/**
	 * Not one transaction: the absence is saved first, so that a sick report is never
	 * lost because handing over its requests failed; covering runs after, on its own.
	 */
	@Override
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public AbsenceRegistration registerAbsence(SaveAbsence command, CurrentUser by) {
		return cover(absences.register(command, by));
	}

	@Override
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public AbsenceRegistration updateAbsence(UUID id, SaveAbsence command, CurrentUser by) {
		absences.update(id, command, by);
		return cover(id);
	}

	@Override
	public void deleteAbsence(UUID id, Integer version, CurrentUser by) {
		absences.delete(id, version, by);
	}

	@Override
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public List<AbsenceRegistration> importAbsences(String csv, CurrentUser by) {
		return absences.importCsv(csv, by).stream().map(this::cover).toList();
	}

	private AbsenceRegistration cover(UUID absenceId) {
		AbsenceCover cover = this.cover.getIfAvailable();
		AbsenceView absence = absences.absence(absenceId).orElseThrow();
		if (cover == null) {
			return new AbsenceRegistration(absenceId, List.of(), false);
		}
		try {
			return new AbsenceRegistration(absenceId, cover.cover(absence), false);
		}
		catch (RuntimeException ex) {
			log.warn("Could not hand over the requests of absence {} now; the next sweep tries again", absenceId, ex);
			return new AbsenceRegistration(absenceId, List.of(), true);
		}
	}

	/**
	 * Used by the demo loader: sets login and lead flags that the admin forms do not
	 * edit.
	 */
	void linkLogin(UUID staffId, String username, boolean lead) {
		jdbc.sql("update org_staff set username = ?, lead = ? where id = ?").params(username, lead, staffId).update();
	}

	private List<StaffView> withCompetences(List<StaffView> staff) {
		if (staff.isEmpty()) {
			return staff;
		}
		Map<UUID, List<CompetenceLevel>> levels = new HashMap<>();
		String sql = """
				select sc.staff_id, sc.competence_id, c.name, sc.level from org_staff_competence sc
				join org_competence c on c.id = sc.competence_id
				""" + (staff.size() == 1 ? " where sc.staff_id = ?" : "") + " order by sc.level desc, c.name";
		var spec = jdbc.sql(sql);
		if (staff.size() == 1) {
			spec = spec.param(staff.getFirst().id());
		}
		spec.query((rs, n) -> {
			levels.computeIfAbsent(rs.getObject("staff_id", UUID.class), k -> new ArrayList<>())
				.add(new CompetenceLevel(rs.getObject("competence_id", UUID.class), rs.getString("name"),
						rs.getInt("level")));
			return null;
		}).list();
		return staff.stream()
			.map(s -> new StaffView(s.id(), s.functionId(), s.firstName(), s.lastName(), s.email(), s.phone(),
					s.professionId(), s.profession(), s.specialist(), s.weeklyCapacityHours(), s.username(), s.lead(),
					levels.getOrDefault(s.id(), List.of()), s.version()))
			.toList();
	}

	private static StaffView staffRow(ResultSet rs, int n) throws SQLException {
		return new StaffView(rs.getObject("id", UUID.class), rs.getObject("function_id", UUID.class),
				rs.getString("first_name"), rs.getString("last_name"), rs.getString("email"), rs.getString("phone"),
				rs.getObject("profession_id", UUID.class), rs.getString("profession"), rs.getBoolean("specialist"),
				rs.getBigDecimal("weekly_capacity_hours"), rs.getString("username"), rs.getBoolean("lead"), List.of(),
				rs.getInt("version"));
	}

	static UnitView unit(ResultSet rs, int n) throws SQLException {
		return new UnitView(rs.getObject("id", UUID.class), UnitKind.valueOf(rs.getString("kind")),
				rs.getString("name"), rs.getString("short_name"), rs.getObject("parent_id", UUID.class),
				rs.getBoolean("orders_central_services"), rs.getString("description"), rs.getInt("version"));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
