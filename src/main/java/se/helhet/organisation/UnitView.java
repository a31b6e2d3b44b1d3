package se.helhet.organisation;

import java.util.UUID;

/**
 * A unit of the group.
 *
 * @param id id
 * @param kind kind
 * @param name name, e.g. "Utbildningsförvaltningen"
 * @param shortName short name; for a central function the prefix of its registration
 * numbers (e.g. "HR")
 * @param parentId the unit above, or null at the top of the group
 * @param ordersCentralServices whether the unit's staff may order central services (bolag
 * may not by default)
 * @param description free text
 * @param version for optimistic locking
 */
public record UnitView(UUID id, UnitKind kind, String name, String shortName, UUID parentId,
		boolean ordersCentralServices, String description, int version) {
}
