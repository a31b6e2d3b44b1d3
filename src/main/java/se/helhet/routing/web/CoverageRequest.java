package se.helhet.routing.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;

import se.helhet.organisation.Organisation;
import se.helhet.organisation.UnitView;
import se.helhet.platform.CurrentUser;
import se.helhet.platform.NotFoundException;
import se.helhet.platform.Role;
import se.helhet.platform.Text;
import se.helhet.platform.ValidationException;
import se.helhet.routing.internal.Coverage;

/**
 * What the coverage page and API read from a request: the function (a lead's own, the
 * administrator's choice), the number of weeks and the first week.
 */
final class CoverageRequest {

	private CoverageRequest() {
	}

	/**
	 * The function asked for: a lead's own (another function is refused), or for the
	 * administrator any, the first by default. An unknown function is not found.
	 */
	static UnitView function(Organisation organisation, UUID asked, CurrentUser user) {
		UUID wanted = asked;
		if (!user.has(Role.ADMIN)) {
			if (asked != null && !asked.equals(user.unitId())) {
				throw new AccessDeniedException("Bara den egna funktionens täckning.");
			}
			wanted = user.unitId();
		}
		List<UnitView> functions = organisation.functions();
		UUID chosen = wanted;
		return functions.stream()
			.filter(f -> chosen == null || f.id().equals(chosen))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Funktionen finns inte."));
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

	static UUID uuid(String text) {
		try {
			return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
