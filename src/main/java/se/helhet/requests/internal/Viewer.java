package se.helhet.requests.internal;

import java.util.Set;
import java.util.UUID;

import se.helhet.platform.CurrentUser;
import se.helhet.platform.Role;

/**
 * Who is looking, with what the visibility rules need: the function they work in, their
 * competences and the förvaltning they belong to.
 */
record Viewer(String username, String displayName, Set<Role> roles, UUID functionId, UUID staffId,
		Set<UUID> competences, UUID forvaltningId) {

	static Viewer of(CurrentUser user, UUID functionId, Set<UUID> competences, UUID forvaltningId) {
		return new Viewer(user.username(), user.displayName(), user.roles(), functionId, user.staffId(),
				Set.copyOf(competences), forvaltningId);
	}

	boolean has(Role role) {
		return roles.contains(role);
	}

	/** Works in this central function as a handler or its lead. */
	boolean isStaffOf(UUID function) {
		return functionId != null && functionId.equals(function) && (has(Role.HANDLER) || has(Role.FUNCTION_LEAD));
	}

	boolean isLeadOf(UUID function) {
		return functionId != null && functionId.equals(function) && has(Role.FUNCTION_LEAD);
	}

}
