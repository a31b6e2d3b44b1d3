package se.helhet.organisation;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A member of a central function's staff.
 *
 * @param id id
 * @param functionId the central function
 * @param firstName first name
 * @param lastName last name
 * @param email e-mail
 * @param phone phone, may be null
 * @param professionId profession
 * @param profession profession's name, e.g. "HR-konsult"
 * @param specialist specialist (true) or generalist (false)
 * @param weeklyCapacityHours hours a week available for requests
 * @param username login name, may be null
 * @param lead whether this person leads the function
 * @param competences competences with levels 1–3
 * @param version for optimistic locking
 */
public record StaffView(UUID id, UUID functionId, String firstName, String lastName, String email, String phone,
		UUID professionId, String profession, boolean specialist, BigDecimal weeklyCapacityHours, String username,
		boolean lead, List<CompetenceLevel> competences, int version) {

	public StaffView {
		competences = List.copyOf(competences);
	}

	public String fullName() {
		return firstName + " " + lastName;
	}

	/** The person's level in a competence, 0 when they do not have it. */
	public int level(UUID competenceId) {
		// a loop, not a stream: intake asks this of every person in the function
		for (CompetenceLevel competence : competences) {
			if (competence.competenceId().equals(competenceId)) {
				return competence.level();
			}
		}
		return 0;
	}

	/**
	 * A competence and a person's level in it: 1 basic, 2 experienced, 3 expert.
	 */
	public record CompetenceLevel(UUID competenceId, String name, int level) {
	}

}
