package se.helhet.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One line of a programme's public change log.
 *
 * @param afterPrintFreeze the change came after the printed programme went to print:
 * "ändrat efter tryck"
 */
public record ChangeView(UUID eventId, int eventNumber, String eventTitle, OffsetDateTime at, Kind kind,
		String summarySv, String summaryEn, boolean afterPrintFreeze) {

	public String summary(boolean english) {
		return english ? summaryEn : summarySv;
	}

	public enum Kind {

		ADDED, CHANGED, MOVED, CANCELLED;

		public String labelKey() {
			return "events.change." + name();
		}

	}

}
