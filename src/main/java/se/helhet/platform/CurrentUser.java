package se.helhet.platform;

import java.util.Set;
import java.util.UUID;

/**
 * The logged-in person as the other modules see them.
 *
 * @param accountId the platform account
 * @param username login name, also the API token's owner
 * @param displayName full name shown in the header
 * @param title job title, e.g. "Rektor"
 * @param roles what the person may do
 * @param unitId the organisation unit the person belongs to (a förvaltning, a unit within
 * one, or a central function); null for accounts outside the organisation
 * @param staffId the central staff member behind the account, when the person works in a
 * central function
 */
public record CurrentUser(UUID accountId, String username, String displayName, String title, Set<Role> roles,
		UUID unitId, UUID staffId) {

	public CurrentUser {
		roles = Set.copyOf(roles);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	/** The role that decides what the start page shows first. */
	public Role primaryRole() {
		for (Role role : new Role[] { Role.ADMIN, Role.GROUP_LEAD, Role.FUNCTION_LEAD, Role.ADMINISTRATION_LEAD,
				Role.EDITOR, Role.UNION_REP, Role.HANDLER, Role.REQUESTER }) {
			if (roles.contains(role)) {
				return role;
			}
		}
		return Role.REQUESTER;
	}

}
