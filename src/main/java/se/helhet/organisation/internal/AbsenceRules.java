package se.helhet.organisation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import se.helhet.organisation.AbsenceView;
import se.helhet.organisation.Organisation.SaveAbsence;
import se.helhet.platform.SwedishWorkingDays;

/**
 * The rules an absence must keep and what an absence does to a person's capacity, without
 * Spring. Each broken rule maps the field to a Swedish message that says what to do.
 */
public final class AbsenceRules {

	/** An absence longer than this is registered in parts (a longer leave is rare). */
	static final int MAX_YEARS = 2;

	static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

	static final int MAX_NOTE = 500;

	private AbsenceRules() {
	}

	/**
	 * The broken rules of an absence, given the person's other absences (the absence
	 * itself among them is ignored).
	 */
	public static Map<String, String> check(UUID id, SaveAbsence absence, List<AbsenceView> othersOfPerson) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (absence.staffId() == null) {
			errors.put("staffId", "Välj vem frånvaron gäller.");
		}
		if (absence.kind() == null) {
			errors.put("kind",
					"Välj typ av frånvaro: semester, sjukdom, VAB, tjänstledighet, utbildning eller föräldraledighet.");
		}
		LocalDate from = absence.from();
		LocalDate to = absence.to();
		if (from == null) {
			errors.put("from", "Skriv första dagen av frånvaron som ÅÅÅÅ-MM-DD, t.ex. 2026-07-06.");
		}
		else if (from.isBefore(EARLIEST) || from.isAfter(LATEST)) {
			errors.put("from", "Första dagen ser inte rätt ut. Skriv ett datum mellan år 2000 och 2099.");
		}
		if (to == null) {
			errors.put("to", "Skriv sista dagen av frånvaron som ÅÅÅÅ-MM-DD, t.ex. 2026-07-24.");
		}
		else if (to.isBefore(EARLIEST) || to.isAfter(LATEST)) {
			errors.put("to", "Sista dagen ser inte rätt ut. Skriv ett datum mellan år 2000 och 2099.");
		}
		if (!errors.containsKey("from") && !errors.containsKey("to")) {
			if (to.isBefore(from)) {
				errors.put("to",
						"Sista dagen är före första dagen. Skriv en sista dag samma dag som den första eller senare.");
			}
			else if (to.isAfter(from.plusYears(MAX_YEARS).minusDays(1))) {
				errors.put("to", "Frånvaron är längre än " + MAX_YEARS
						+ " år. Registrera en längre ledighet i flera delar, högst två år i taget.");
			}
		}
		Integer percent = absence.partDayPercent();
		if (percent != null && (percent < 1 || percent > 99)) {
			errors.put("partDayPercent",
					"Andelen av dagen ska vara mellan 1 och 99 procent, t.ex. 50 för halva dagar. Lämna den tom för hela dagar.");
		}
		if (absence.note() != null && absence.note().strip().length() > MAX_NOTE) {
			errors.put("note", "Anteckningen får vara högst " + MAX_NOTE + " tecken.");
		}
		if (errors.isEmpty()) {
			overlapping(id, from, to, othersOfPerson).ifPresent(other -> errors.put("from",
					other.staffName() + " har redan " + other.kind().swedish() + " " + other.from() + "–" + other.to()
							+ ", som överlappar. Välj andra datum, eller ändra eller ta bort den frånvaron först."));
		}
		return errors;
	}

	/** The first other absence of the person that shares a day with from–to. */
	static Optional<AbsenceView> overlapping(UUID id, LocalDate from, LocalDate to, List<AbsenceView> others) {
		return others.stream()
			.filter(other -> id == null || !other.id().equals(id))
			.filter(other -> !other.from().isAfter(to) && !other.to().isBefore(from))
			.findFirst();
	}

	/** The share of the day the person is away: 0 when present, 1 when away all day. */
	public static BigDecimal absentShare(LocalDate date, List<AbsenceView> absences) {
		BigDecimal share = BigDecimal.ZERO;
		for (AbsenceView absence : absences) {
			if (absence.covers(date)) {
				share = share.add(absence.dayShare());
			}
		}
		return share.min(BigDecimal.ONE);
	}

	/**
	 * The hours a person is available in the week that holds the day: weekly capacity ×
	 * working days present / working days in the week, where a part-day absence takes its
	 * share of a day. One decimal.
	 */
	public static BigDecimal availableHours(BigDecimal weeklyCapacity, LocalDate dayInWeek,
			List<AbsenceView> absences) {
		LocalDate monday = SwedishWorkingDays.weekStart(dayInWeek);
		int workingDays = 0;
		BigDecimal present = BigDecimal.ZERO;
		for (int i = 0; i < 7; i++) {
			LocalDate day = monday.plusDays(i);
			if (SwedishWorkingDays.isWorkingDay(day)) {
				workingDays++;
				present = present.add(BigDecimal.ONE.subtract(absentShare(day, absences)));
			}
		}
		if (workingDays == 0) {
			return BigDecimal.ZERO.setScale(1);
		}
		return weeklyCapacity.multiply(present).divide(BigDecimal.valueOf(workingDays), 1, RoundingMode.HALF_UP);
	}

}
