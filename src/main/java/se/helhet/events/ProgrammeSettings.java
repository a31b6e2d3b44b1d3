package se.helhet.events;

import java.util.List;

/**
 * A programme's dates the editors set, with the changes that came after the print freeze
 * (listed as "ändrat efter tryck").
 *
 * @param version the optimistic-lock version of the programme
 */
public record ProgrammeSettings(ProgrammeView programme, int version, List<ChangeView> afterPrintFreeze,
		int changeCount) {

	public ProgrammeSettings {
		afterPrintFreeze = List.copyOf(afterPrintFreeze);
	}

}
