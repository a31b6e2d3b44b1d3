package se.helhet.routing.web;

import java.util.List;
import java.util.UUID;

import se.helhet.organisation.AbsenceView;
import se.helhet.routing.internal.AbsenceCoverService.HandoverRow;

/**
 * One absence's handovers, for the lead's page.
 *
 * @param absence the absence, null when it has been removed since
 * @param personBack whether the person is at work today
 * @param pending handovers to a colleague not yet moved back
 */
public record AbsenceHandovers(UUID absenceId, String personName, AbsenceView absence, List<HandoverRow> rows,
		boolean personBack, long pending) {
}
