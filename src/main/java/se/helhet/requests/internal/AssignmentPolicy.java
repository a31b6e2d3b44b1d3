package se.helhet.requests.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.helhet.organisation.ContactView;
import se.helhet.organisation.Organisation;
import se.helhet.organisation.StaffView;

/**
 * Who gets a new request. The interim rule until routing by competence and availability
 * arrives: the förvaltning's named contact in the function, or else nobody (the
 * function's queue).
 */
@Component
class AssignmentPolicy {

	private final Organisation organisation;

	AssignmentPolicy(Organisation organisation) {
		this.organisation = organisation;
	}

	Optional<Assignment> assigneeFor(UUID forvaltningId, UUID functionId) {
		return organisation.contactsOf(forvaltningId)
			.stream()
			.filter(c -> c.functionId().equals(functionId))
			.map(ContactView::staff)
			.findFirst()
			.map(staff -> new Assignment(staff, "Förvaltningens namngivna kontakt i funktionen"));
	}

	/** A chosen handler and why. */
	record Assignment(StaffView staff, String reason) {
	}

}
