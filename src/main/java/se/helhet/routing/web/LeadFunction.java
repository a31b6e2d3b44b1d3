package se.helhet.routing.web;

import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;

import se.helhet.organisation.Organisation;
import se.helhet.organisation.UnitView;
import se.helhet.platform.CurrentUser;
import se.helhet.platform.NotFoundException;
import se.helhet.platform.Role;

/**
 * The function a lead's routing page or API call is about: a lead's own (asking for
 * another is refused), or for the administrator any, the first by default. An unknown
 * function is not found.
 */
final class LeadFunction {

	private LeadFunction() {
	}

	static UnitView of(Organisation organisation, String param, CurrentUser user) {
		return of(organisation, uuid(param), user);
	}

	static UnitView of(Organisation organisation, UUID asked, CurrentUser user) {
		UUID wanted = asked;
		if (!user.has(Role.ADMIN)) {
			if (asked != null && !asked.equals(user.unitId())) {
				throw new AccessDeniedException("Du leder en annan funktion och ser bara din egen.");
			}
			wanted = user.unitId();
		}
		UUID chosen = wanted;
		return organisation.functions()
			.stream()
			.filter(f -> chosen == null || f.id().equals(chosen))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Funktionen finns inte."));
	}

	/** A UUID, or null when the text is empty or not one. */
	static UUID uuid(String text) {
		try {
			return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
