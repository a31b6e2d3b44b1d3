package se.helhet.requests.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import se.helhet.platform.Role;

/**
 * Who may see a request (DESIGN.md §4). A confidential request (rehabilitering,
 * personalärenden under OSL 39 kap.) is visible only to its requester, the function's
 * lead, its handler, and the function's handlers who have the service's competence;
 * everywhere else it does not exist. An ordinary request is also visible to the staff of
 * every central function (so no one works twice on the same question), to the group lead,
 * to the head of the förvaltning it came from and to its followers. The same rule is
 * written twice, as a check and as SQL for lists; a test holds them together.
 */
final class RequestVisibility {

	private RequestVisibility() {
	}

	/** The facts of a request the rule looks at. */
	record Facts(String requesterUsername, UUID functionId, boolean confidential, UUID assigneeStaffId,
			UUID competenceId, UUID forvaltningId, boolean viewerFollows) {
	}

	static boolean canSee(Facts r, Viewer v) {
		if (r.requesterUsername().equals(v.username())) {
			return true;
		}
		if (v.isStaffOf(r.functionId())) {
			return !r.confidential() || confidentialAccess(r, v);
		}
		if (r.confidential()) {
			return false;
		}
		return r.viewerFollows() || v.has(Role.HANDLER) || v.has(Role.FUNCTION_LEAD) || v.has(Role.GROUP_LEAD)
				|| (v.has(Role.ADMINISTRATION_LEAD) && r.forvaltningId().equals(v.forvaltningId()));
	}

	/** Handles the request: may change it, log time, write internal notes. */
	static boolean canHandle(Facts r, Viewer v) {
		return v.isStaffOf(r.functionId()) && canSee(r, v);
	}

	private static boolean confidentialAccess(Facts r, Viewer v) {
		return v.isLeadOf(r.functionId()) || (r.assigneeStaffId() != null && r.assigneeStaffId().equals(v.staffId()))
				|| r.competenceId() == null || v.competences().contains(r.competenceId());
	}

	/**
	 * The same rule as an SQL condition on req_request r, with its parameters. For staff
	 * who see every ordinary request the condition starts with "not confidential", so
	 * that a list sorted by due time can walk an index and stop after one page.
	 */
	static Condition sql(Viewer v) {
		List<Object> params = new ArrayList<>();
		boolean seesAllOrdinary = v.has(Role.HANDLER) || v.has(Role.FUNCTION_LEAD) || v.has(Role.GROUP_LEAD);
		StringBuilder sql = new StringBuilder("(");
		if (seesAllOrdinary) {
			sql.append("r.confidential = false or ");
		}
		sql.append("r.requester_username = ?");
		params.add(v.username());
		if (v.functionId() != null && (v.has(Role.HANDLER) || v.has(Role.FUNCTION_LEAD))) {
			sql.append(" or (r.function_id = ? and (r.confidential = false");
			params.add(v.functionId());
			if (v.has(Role.FUNCTION_LEAD)) {
				sql.append(" or true");
			}
			if (v.staffId() != null) {
				sql.append(" or r.assignee_staff_id = ?");
				params.add(v.staffId());
			}
			sql.append(" or r.competence_id is null");
			if (!v.competences().isEmpty()) {
				sql.append(" or r.competence_id in (")
					.append(String.join(", ", v.competences().stream().map(c -> "?").toList()))
					.append(")");
				params.addAll(v.competences());
			}
			sql.append("))");
		}
		if (!seesAllOrdinary) {
			sql.append(" or (r.confidential = false and (");
			// "= any(array(...))" rather than "exists": both databases can then combine
			// the requester and follower arms through their indexes
			sql.append("r.id = any(array(select f.request_id from req_follower f where f.username = ?))");
			params.add(v.username());
			if (v.has(Role.ADMINISTRATION_LEAD) && v.forvaltningId() != null) {
				sql.append(" or r.forvaltning_id = ?");
				params.add(v.forvaltningId());
			}
			sql.append("))");
		}
		sql.append(")");
		return new Condition(sql.toString(), params);
	}

	/** An SQL condition and its positional parameters. */
	record Condition(String sql, List<Object> params) {
	}

}
