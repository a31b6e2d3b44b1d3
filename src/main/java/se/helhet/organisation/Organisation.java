package se.helhet.organisation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import se.helhet.platform.CurrentUser;

/** The organisation module's facade: what the other modules may read and change. */
public interface Organisation {

	GroupView group();

	List<UnitView> units();

	Optional<UnitView> unit(UUID id);

	/** The förvaltning or bolag a unit belongs to (the unit itself if it is one). */
	Optional<UnitView> topUnitOf(UUID unitId);

	List<UnitView> functions();

	List<StaffView> staff(UUID functionId);

	Optional<StaffView> staffMember(UUID staffId);

	List<NamedItem> competences(UUID functionId);

	List<NamedItem> professions(UUID functionId);

	/** The förvaltning's named contact in each central function that has one. */
	List<ContactView> contactsOf(UUID forvaltningId);

	/** The förvaltningar this staff member is the named contact for. */
	List<UnitView> contactFor(UUID staffId);

	UUID saveUnit(SaveUnit command);

	UUID saveStaff(SaveStaff command);

	void saveGroup(SaveGroup command);

	/**
	 * Makes a staff member the förvaltning's named contact in their function; null staff
	 * removes it.
	 */
	void saveContact(UUID forvaltningId, UUID functionId, UUID staffId);

	UUID addCompetence(UUID functionId, String name);

	UUID addProfession(UUID functionId, String name);

	/**
	 * Absences matching the query, by first day; every field of the query may be null.
	 */
	List<AbsenceView> absences(AbsenceQuery query);

	Optional<AbsenceView> absence(UUID id);

	/**
	 * Whether the person is away the whole day (a part-day absence leaves them at work).
	 */
	boolean isAbsent(UUID staffId, LocalDate date);

	/**
	 * The hours the person is available in the week that holds the day: weekly capacity ×
	 * working days present / working days in the week.
	 */
	BigDecimal availableHours(UUID staffId, LocalDate dayInWeek);

	/**
	 * Registers an absence. Staff register their own; the function's lead and the
	 * administrator anyone's in the function. Publishes {@link AbsenceRegistered}, then
	 * lets {@link AbsenceCover} hand over the requests the absence puts at risk.
	 */
	AbsenceRegistration registerAbsence(SaveAbsence command, CurrentUser by);

	/**
	 * Changes an absence (a stale version gives a ConflictException) and hands over what
	 * a longer absence now puts at risk.
	 */
	AbsenceRegistration updateAbsence(UUID id, SaveAbsence command, CurrentUser by);

	/**
	 * Removes an absence; a stale version (when given) gives a ConflictException.
	 */
	void deleteAbsence(UUID id, Integer version, CurrentUser by);

	/**
	 * Imports absences from the HR system's CSV: all rows are checked first, and either
	 * every row is saved or none (an AbsenceImportException lists the rows' errors); then
	 * each absence is covered.
	 */
	List<AbsenceRegistration> importAbsences(String csv, CurrentUser by);

	/**
	 * Which absences to list: a person, a function, and a period they overlap.
	 */
	record AbsenceQuery(UUID staffId, UUID functionId, LocalDate from, LocalDate to) {
	}

	/**
	 * Register or change an absence; partDayPercent null means whole days.
	 */
	record SaveAbsence(UUID staffId, AbsenceKind kind, LocalDate from, LocalDate to, Integer partDayPercent,
			String note, Integer version) {
	}

	/**
	 * The group (koncern).
	 */
	record GroupView(UUID id, String name, String municipalityName, String orgNumber, int version) {
	}

	/**
	 * Create (id null) or change a unit.
	 */
	record SaveUnit(UUID id, UnitKind kind, String name, String shortName, UUID parentId, Boolean ordersCentralServices,
			String description, Integer version) {
	}

	/**
	 * Create (id null) or change a staff member; competences map competence id to level
	 * 1–3.
	 */
	record SaveStaff(UUID id, UUID functionId, String firstName, String lastName, String email, String phone,
			UUID professionId, boolean specialist, String weeklyCapacityHours, java.util.Map<UUID, Integer> competences,
			Integer version) {
	}

	/**
	 * Change the group's name, the municipality's name and the organisation number.
	 */
	record SaveGroup(String name, String municipalityName, String orgNumber, Integer version) {
	}

}
