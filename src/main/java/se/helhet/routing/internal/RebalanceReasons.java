package se.helhet.routing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Why a proposal moves a request, in a line a handler can read: why it leaves its handler
 * ("Karin Ek är frånvarande i dag") and why it goes where it goes ("Per Olsson:
 * förvaltningens kontakt, kompetensnivå 3, beläggning 40 % → 45 %").
 */
final class RebalanceReasons {

	private RebalanceReasons() {
	}

	/**
	 * @param a the request as proposed
	 * @param from its handler now, null in the queue
	 * @param before open requests per person now
	 * @param after open requests per person in the proposal
	 */
	static String of(RebalanceAssignment a, RebalanceStaff from, Map<UUID, Integer> before, Map<UUID, Integer> after) {
		String leaving = leaving(a, from, before, after);
		RebalanceStaff to = a.getHandler();
		if (to == null) {
			return leaving + "; till funktionens kö: ingen kvalificerad på plats kan ta det";
		}
		List<String> parts = new ArrayList<>();
		if (to.getId().equals(a.contactStaffId())) {
			parts.add("förvaltningens kontakt");
		}
		if (a.competenceId() != null) {
			parts.add("kompetensnivå " + to.level(a.competenceId()));
		}
		if (a.handlerHandledRequester()) {
			parts.add("har haft beställarens ärenden");
		}
		else if (a.handlerHandledForvaltning()) {
			parts.add("har haft förvaltningens ärenden");
		}
		parts.add(load(to, before, after));
		return leaving + "; " + to.name() + ": " + String.join(", ", parts);
	}

	private static String leaving(RebalanceAssignment a, RebalanceStaff from, Map<UUID, Integer> before,
			Map<UUID, Integer> after) {
		if (from == null) {
			return a.currentStaffId() == null ? "Väntade i funktionens kö"
					: "Handläggaren finns inte längre i funktionen";
		}
		if (from.absentToday()) {
			return from.name() + " är frånvarande i dag";
		}
		if (a.competenceId() != null && from.level(a.competenceId()) < 1) {
			return from.name() + " saknar kompetensen som tjänsten kräver";
		}
		int now = before.getOrDefault(from.getId(), 0);
		if (now > from.ceilingRequests()) {
			return from.name() + " är över belastningstaket (" + load(from, before, after) + ")";
		}
		if (from.awayAfterTodayUntil(a.dueDay())) {
			return from.name() + " är borta från " + from.firstAwayAfterTodayUntil(a.dueDay())
					+ ", innan ärendet ska vara klart";
		}
		return "Jämnare belastning: " + from.name() + " " + load(from, before, after);
	}

	private static String load(RebalanceStaff staff, Map<UUID, Integer> before, Map<UUID, Integer> after) {
		return "beläggning " + staff.loadPercent(before.getOrDefault(staff.getId(), 0)) + " % → "
				+ staff.loadPercent(after.getOrDefault(staff.getId(), 0)) + " %";
	}

}
