package se.helhet.organisation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

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
