package se.helhet.routing.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.helhet.catalogue.Catalogue;
import se.helhet.catalogue.ServiceView;
import se.helhet.organisation.Organisation;
import se.helhet.organisation.Organisation.AbsenceQuery;
import se.helhet.platform.SwedishWorkingDays;
import se.helhet.platform.Text;
import se.helhet.routing.internal.CoverageForecast.Competence;
import se.helhet.routing.internal.CoverageForecast.Forecast;
import se.helhet.routing.internal.CoverageForecast.ServiceNeed;

/**
 * A function's coverage forecast for its lead: gathers staff, competences, the services
 * that can be ordered and the absences of the period through the organisation's and the
 * catalogue's facades, and lets {@link CoverageForecast} count.
 */
@Component
public class Coverage {

	/** The weeks shown when nobody asks for another number. */
	public static final int DEFAULT_WEEKS = 12;

	/** The most weeks a forecast covers: half a year. */
	public static final int MAX_WEEKS = 26;

	/** The week "Visa sommaren" starts from: the week before the holiday weeks 27–32. */
	static final int SUMMER_WEEK = 26;

	private final Organisation organisation;

	private final Catalogue catalogue;

	private final Clock clock;

	Coverage(Organisation organisation, Catalogue catalogue, Clock clock) {
		this.organisation = organisation;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	/**
	 * The forecast of the function from the week that holds the day (null: this week).
	 */
	public Forecast of(UUID functionId, LocalDate from, int weeks) {
		LocalDate monday = SwedishWorkingDays.weekStart(from == null ? today() : from);
		LocalDate end = monday.plusWeeks(weeks).minusDays(1);
		return CoverageForecast.forecast(organisation.staff(functionId),
				organisation.competences(functionId).stream().map(c -> new Competence(c.id(), c.name())).toList(),
				catalogue.servicesOf(functionId)
					.stream()
					.filter(ServiceView::active)
					.map(s -> new ServiceNeed(s.id(), new Text(s.nameSv(), s.nameEn()), s.competenceId()))
					.toList(),
				organisation.absences(new AbsenceQuery(null, functionId, monday, end)), monday, weeks);
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/**
	 * The Monday of week 26 of the coming summer: this year's while its holiday weeks are
	 * still ahead, else next year's.
	 */
	public LocalDate comingSummer() {
		LocalDate today = today();
		LocalDate thisYear = summerWeek(today.getYear());
		return today.isAfter(thisYear.plusWeeks(6)) ? summerWeek(today.getYear() + 1) : thisYear;
	}

	private static LocalDate summerWeek(int year) {
		return SwedishWorkingDays
			.weekStart(LocalDate.of(year, 6, 15).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, SUMMER_WEEK));
	}

}
