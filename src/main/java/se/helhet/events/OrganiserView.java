package se.helhet.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An organiser: an association, museum, shop or person who submits events without a
 * municipal account.
 *
 * @param verifiedAt when the e-mail address was confirmed; null until then
 */
public record OrganiserView(UUID id, String email, String name, String organisationName, String phone,
		OffsetDateTime verifiedAt) {

	/** The name shown with the organiser's events: the organisation, else the person. */
	public String displayName() {
		return organisationName == null || organisationName.isBlank() ? name : organisationName;
	}

}
