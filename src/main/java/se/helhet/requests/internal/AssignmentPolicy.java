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
 * function's queue). A confidential request goes to the contact only when the contact may
 * see it (has the service's competence, or leads the function), the same condition as for
 * assigning it by hand; otherwise the assignment alone would let someone see it.
 */
@Component
class AssignmentPolicy {

	private final Organisation organisation;

	AssignmentPolicy(Organisation organisation) {
		this.organisation = organisation;
	}

	Optional<Assignment> assigneeFor(UUID forvaltningId, UUID functionId, boolean confidential, UUID competenceId) {
		return organisation.contactsOf(forvaltningId)
			.stream()
			.filter(c -> c.functionId().equals(functionId))
			.map(ContactView::staff)
			.findFirst()
			.filter(staff -> !confidential || competenceId == null || staff.lead() || staff.level(competenceId) > 0)
			.map(staff -> new Assignment(staff, "Förvaltningens namngivna kontakt i funktionen"));
	}

	/** A chosen handler and why. */
	record Assignment(StaffView staff, String reason) {
	}

}
