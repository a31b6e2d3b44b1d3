package se.helhet.routing.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import se.helhet.platform.Text;
import se.helhet.platform.ValidationException;
import se.helhet.routing.internal.Coverage;

/**
 * What the coverage page and API read from a request besides the function (see
 * {@link LeadFunction}): the number of weeks and the first week.
 */
final class CoverageRequest {

	private CoverageRequest() {
	}

	/** The number of weeks, 1–26; none gives 12. */
	static int weeks(String field, String text) {
		if (text == null || text.isBlank()) {
			return Coverage.DEFAULT_WEEKS;
		}
		try {
			int weeks = Integer.parseInt(text.strip());
			if (weeks >= 1 && weeks <= Coverage.MAX_WEEKS) {
				return weeks;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		throw ValidationException.of(Map.of(field,
				new Text(field + " ska vara ett antal veckor från 1 till " + Coverage.MAX_WEEKS + ", t.ex. 12.",
						field + " must be a number of weeks from 1 to " + Coverage.MAX_WEEKS + ", e.g. 12.")));
	}

	/** A day of the first week; none gives this week. */
	static LocalDate from(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw ValidationException
				.of(Map.of(field, new Text(field + " ska vara ett datum ÅÅÅÅ-MM-DD, t.ex. 2027-06-28.",
						field + " must be a date YYYY-MM-DD, e.g. 2027-06-28.")));
		}
	}

}
