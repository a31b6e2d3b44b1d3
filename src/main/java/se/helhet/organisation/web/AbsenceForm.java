package se.helhet.organisation.web;

import java.util.UUID;

/**
 * What the absence form holds, as typed, so a refused form comes back as it was.
 *
 * @param staffId who is away (a lead chooses; staff register their own)
 * @param kind an AbsenceKind name
 * @param from first day, ÅÅÅÅ-MM-DD
 * @param to last day, ÅÅÅÅ-MM-DD
 * @param partDayPercent empty for whole days
 * @param note free text
 */
public record AbsenceForm(String staffId, String kind, String from, String to, String partDayPercent, String note) {

	static AbsenceForm empty(UUID staffId) {
		return new AbsenceForm(staffId == null ? "" : staffId.toString(), "", "", "", "", "");
	}

}
