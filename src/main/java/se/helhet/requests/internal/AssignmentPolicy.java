package se.helhet.requests.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.helhet.organisation.ContactView;
import se.helhet.organisation.Organisation;
import se.helhet.requests.IntakeAssignment.Choice;
import se.helhet.requests.IntakeAssignment.IntakeFacts;

/**
 * Who gets a new request when no routing module is present (a module test of requests
 * alone): the förvaltning's named contact in the function, or else nobody (the function's
 * queue). A confidential request goes to the contact only when the contact may see it
 * (has the service's competence, or leads the function), the same condition as for
 * assigning it by hand; otherwise the assignment alone would let someone see it.
 */
@Component
class AssignmentPolicy {

	private final Organisation organisation;

	AssignmentPolicy(Organisation organisation) {
		this.organisation = organisation;
	}

	Optional<Choice> choose(IntakeFacts facts) {
		boolean confidential = facts.confidential();
		UUID competenceId = facts.competenceId();
		return organisation.contactsOf(facts.forvaltningId())
			.stream()
			.filter(c -> c.functionId().equals(facts.functionId()))
			.map(ContactView::staff)
			.findFirst()
			.filter(staff -> !confidential || competenceId == null || staff.lead() || staff.level(competenceId) > 0)
			.map(staff -> new Choice(staff, "Förvaltningens namngivna kontakt i funktionen"));
	}

}
