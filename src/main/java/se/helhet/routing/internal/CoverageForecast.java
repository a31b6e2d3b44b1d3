package se.helhet.routing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import se.helhet.organisation.AbsenceView;
import se.helhet.organisation.StaffView;
import se.helhet.platform.SwedishWorkingDays;
import se.helhet.platform.Text;

/**
 * The forecast of a function's competence coverage week by week, and its single-person
 * dependencies (personberoende). Plain Java: the caller gathers staff, competences,
 * services and absences, these rules count.
 *
 * <p>
 * <b>Who counts.</b> The function's staff except its lead: routing gives a lead requests
 * only as a förvaltning's named contact, so the lead is not counted on to cover.
 *
 * <p>
 * <b>Qualified.</b> For a competence: has it at any level (1–3). For a service: has the
 * service's competence at any level — the catalogue states no minimum level, as at
 * routing; a service without a competence is covered by everyone who counts.
 *
 * <p>
 * <b>Available in a week.</b> Present at least half of the week's Swedish working days
 * (Monday–Friday without public holidays and the days treated as such, from
 * {@link SwedishWorkingDays}): a week with midsommar has four working days, and two of
 * them are enough. A part-day absence takes its share of each day it covers (a 20 %
 * parental leave on five days leaves four days present). A week without any working day
 * has nobody available.
 *
 * <p>
 * <b>Vulnerable.</b> Fewer than {@value #VULNERABLE_BELOW} available. Exactly one
 * available is a single-person week.
 *
 * <p>
 * <b>Personberoende.</b> A competence that only one person who counts has at all, and the
 * services that need it; softer: a competence that only one person has at expert level
 * (3). Each comes with a suggestion of whom to train: see {@link #suggestions}.
 */
public final class CoverageForecast {

	/** Fewer available than this in a week is vulnerable. */
	public static final int VULNERABLE_BELOW = 2;

	/** At most this many suggestions of whom to train. */
	static final int SUGGESTIONS = 2;

	private static final BigDecimal HALF = new BigDecimal("0.5");

	private CoverageForecast() {
	}

	/** A competence of the function. */
	public record Competence(UUID id, String name) {
	}

	/** A service of the function and the competence it needs (null: anyone covers it). */
	public record ServiceNeed(UUID id, Text name, UUID competenceId) {
	}

	/**
	 * One ISO week.
	 *
	 * @param monday first day
	 * @param workingDays Swedish working days in the week
	 */
	public record Week(LocalDate monday, int workingDays) {

		public LocalDate sunday() {
			return monday.plusDays(6);
		}

		public int number() {
			return monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
		}

		public int weekYear() {
			return monday.get(IsoFields.WEEK_BASED_YEAR);
		}

		/** ISO 8601 week, e.g. "2027-W27". */
		public String iso() {
			return "%d-W%02d".formatted(weekYear(), number());
		}

		/** A week with a public holiday (or a day treated as one) on a weekday. */
		public boolean holidayWeek() {
			return workingDays < 5;
		}

	}

	/**
	 * One week of a row: how many qualified are available, and of them at expert level.
	 */
	public record Cell(int available, int experts) {

		public boolean vulnerable() {
			return available < VULNERABLE_BELOW;
		}

		public boolean singlePerson() {
			return available == 1;
		}

		public boolean gap() {
			return available == 0;
		}

	}

	/**
	 * A competence or service over the weeks.
	 *
	 * @param id the competence's or service's id
	 * @param name its name
	 * @param competenceId the competence needed; for a competence row its own id, for a
	 * service without one null
	 * @param qualified how many who count are qualified at all
	 * @param cells one per week
	 */
	public record Row(UUID id, Text name, UUID competenceId, int qualified, List<Cell> cells) {

		public Row {
			cells = List.copyOf(cells);
		}

		/** The indexes of the vulnerable weeks. */
		public List<Integer> vulnerableWeeks() {
			List<Integer> weeks = new ArrayList<>();
			for (int i = 0; i < cells.size(); i++) {
				if (cells.get(i).vulnerable()) {
					weeks.add(i);
				}
			}
			return weeks;
		}

		public boolean anyVulnerable() {
			return cells.stream().anyMatch(Cell::vulnerable);
		}

	}

	/** Whether a single-person dependency is a competence or a service. */
	public enum Kind {

		COMPETENCE, SERVICE

	}

	/**
	 * Someone who could be trained, with their level now in the competence and the
	 * competences they share with the only person (why they are suggested).
	 */
	public record Suggestion(StaffView staff, int level, List<String> shared) {

		public Suggestion {
			shared = List.copyOf(shared);
		}

	}

	/**
	 * Only one person can handle it.
	 *
	 * @param kind competence or service
	 * @param id the competence's or service's id
	 * @param name its name
	 * @param competence the competence it hangs on
	 * @param onlyPerson the one person
	 * @param level the one person's level in the competence
	 * @param suggestions whom to train, the closest first
	 */
	public record Dependency(Kind kind, UUID id, Text name, Competence competence, StaffView onlyPerson, int level,
			List<Suggestion> suggestions) {

		public Dependency {
			suggestions = List.copyOf(suggestions);
		}

	}

	/**
	 * The forecast.
	 *
	 * @param weeks the weeks, the first the start week
	 * @param competences one row per competence
	 * @param services one row per service
	 * @param dependencies competences and services that only one person can handle
	 * @param singleExperts competences that only one person has at expert level (3),
	 * while others have it at a lower level: a softer warning
	 */
	public record Forecast(List<Week> weeks, List<Row> competences, List<Row> services, List<Dependency> dependencies,
			List<Dependency> singleExperts) {

		public Forecast {
			weeks = List.copyOf(weeks);
			competences = List.copyOf(competences);
			services = List.copyOf(services);
			dependencies = List.copyOf(dependencies);
			singleExperts = List.copyOf(singleExperts);
		}

		public LocalDate from() {
			return weeks.getFirst().monday();
		}

		public LocalDate to() {
			return weeks.getLast().sunday();
		}

		/** The name of one of the function's competences, or "" for another. */
		public String competenceName(UUID competenceId) {
			return competences.stream()
				.filter(r -> r.id().equals(competenceId))
				.map(r -> r.name().sv())
				.findFirst()
				.orElse("");
		}

		/** Competence rows with at least one vulnerable week. */
		public List<Row> vulnerableCompetences() {
			return competences.stream().filter(Row::anyVulnerable).toList();
		}

	}

	/**
	 * The forecast of a function for the weeks from the week that holds {@code start}.
	 * @param staff the function's staff, the lead among them
	 * @param competences the function's competences
	 * @param services the function's services that can be ordered
	 * @param absences the staff's absences that overlap the weeks
	 * @param start a day of the first week
	 * @param weeks how many weeks, at least 1
	 */
	public static Forecast forecast(List<StaffView> staff, List<Competence> competences, List<ServiceNeed> services,
			List<AbsenceView> absences, LocalDate start, int weeks) {
		if (weeks < 1) {
			throw new IllegalArgumentException("weeks must be at least 1");
		}
		List<StaffView> counted = staff.stream().filter(s -> !s.lead()).toList();
		Map<UUID, List<AbsenceView>> byStaff = absences.stream().collect(Collectors.groupingBy(AbsenceView::staffId));
		List<Week> weekList = new ArrayList<>();
		List<List<StaffView>> availableByWeek = new ArrayList<>();
		LocalDate monday = SwedishWorkingDays.weekStart(start);
		for (int i = 0; i < weeks; i++) {
			LocalDate week = monday.plusWeeks(i);
			weekList.add(new Week(week, workingDays(week)));
			availableByWeek
				.add(counted.stream().filter(s -> available(week, byStaff.getOrDefault(s.id(), List.of()))).toList());
		}
		List<Row> competenceRows = competences.stream()
			.map(c -> row(c.id(), new Text(c.name(), c.name()), c.id(), counted, availableByWeek))
			.toList();
		List<Row> serviceRows = services.stream()
			.map(s -> row(s.id(), s.name(), s.competenceId(), counted, availableByWeek))
			.toList();
		List<Dependency> dependencies = new ArrayList<>();
		List<Dependency> singleExperts = new ArrayList<>();
		for (Competence competence : competences) {
			List<StaffView> holders = counted.stream().filter(s -> s.level(competence.id()) >= 1).toList();
			if (holders.size() == 1) {
				StaffView only = holders.getFirst();
				List<Suggestion> suggestions = suggestions(competence.id(), only, counted);
				Text name = new Text(competence.name(), competence.name());
				dependencies.add(new Dependency(Kind.COMPETENCE, competence.id(), name, competence, only,
						only.level(competence.id()), suggestions));
				services.stream()
					.filter(s -> competence.id().equals(s.competenceId()))
					.forEach(s -> dependencies.add(new Dependency(Kind.SERVICE, s.id(), s.name(), competence, only,
							only.level(competence.id()), suggestions)));
			}
			List<StaffView> experts = holders.stream().filter(s -> s.level(competence.id()) == 3).toList();
			if (holders.size() > 1 && experts.size() == 1) {
				StaffView only = experts.getFirst();
				// the next expert is best grown from those who have the competence
				// already
				singleExperts.add(
						new Dependency(Kind.COMPETENCE, competence.id(), new Text(competence.name(), competence.name()),
								competence, only, 3, suggestions(competence.id(), only, holders)));
			}
		}
		if (counted.size() == 1) {
			// a service without a competence hangs on the one person who counts
			StaffView only = counted.getFirst();
			services.stream()
				.filter(s -> s.competenceId() == null)
				.forEach(s -> dependencies
					.add(new Dependency(Kind.SERVICE, s.id(), s.name(), null, only, 0, List.of())));
		}
		return new Forecast(weekList, competenceRows, serviceRows, dependencies, singleExperts);
	}

	/**
	 * Present at least half of the week's working days; a part-day absence takes its
	 * share of each day it covers.
	 */
	static boolean available(LocalDate monday, List<AbsenceView> absences) {
		int workingDays = 0;
		BigDecimal present = BigDecimal.ZERO;
		for (int i = 0; i < 7; i++) {
			LocalDate day = monday.plusDays(i);
			if (SwedishWorkingDays.isWorkingDay(day)) {
				workingDays++;
				present = present.add(BigDecimal.ONE.subtract(absentShare(day, absences)));
			}
		}
		return workingDays > 0 && present.compareTo(HALF.multiply(BigDecimal.valueOf(workingDays))) >= 0;
	}

	/** The share of the day the person is away: 0 when present, 1 when away all day. */
	private static BigDecimal absentShare(LocalDate day, List<AbsenceView> absences) {
		BigDecimal share = BigDecimal.ZERO;
		for (AbsenceView absence : absences) {
			if (absence.covers(day)) {
				share = share.add(absence.dayShare());
			}
		}
		return share.min(BigDecimal.ONE);
	}

	/**
	 * Whom to train in a competence that hangs on one person, the closest first, among
	 * the others who count:
	 * <ol>
	 * <li>the highest level they already have in the competence (the closest competence
	 * level; for a competence nobody else has, everyone is at 0),</li>
	 * <li>then the most competence they share with the one person in the person's other
	 * competences (the sum of the lower of the two levels): they work next to it,</li>
	 * <li>then the same profession as the one person,</li>
	 * <li>then by name, so that the suggestion is stable.</li>
	 * </ol>
	 * At most {@value #SUGGESTIONS}.
	 */
	static List<Suggestion> suggestions(UUID competenceId, StaffView only, List<StaffView> counted) {
		Predicate<StaffView> other = s -> !s.id().equals(only.id());
		Comparator<StaffView> closest = Comparator.<StaffView>comparingInt(s -> s.level(competenceId))
			.reversed()
			.thenComparing(Comparator.<StaffView>comparingInt(s -> sharedLevels(s, only, competenceId)).reversed())
			.thenComparing(s -> !s.professionId().equals(only.professionId()))
			.thenComparing(StaffView::lastName)
			.thenComparing(StaffView::firstName);
		return counted.stream()
			.filter(other)
			.filter(s -> s.level(competenceId) < only.level(competenceId))
			.sorted(closest)
			.limit(SUGGESTIONS)
			.map(s -> new Suggestion(s, s.level(competenceId), shared(s, only, competenceId)))
			.toList();
	}

	private static int sharedLevels(StaffView candidate, StaffView only, UUID competenceId) {
		return only.competences()
			.stream()
			.filter(c -> !c.competenceId().equals(competenceId))
			.mapToInt(c -> Math.min(c.level(), candidate.level(c.competenceId())))
			.sum();
	}

	private static List<String> shared(StaffView candidate, StaffView only, UUID competenceId) {
		return only.competences()
			.stream()
			.filter(c -> !c.competenceId().equals(competenceId))
			.filter(c -> candidate.level(c.competenceId()) >= 1)
			.map(StaffView.CompetenceLevel::name)
			.toList();
	}

	private static Row row(UUID id, Text name, UUID competenceId, List<StaffView> counted,
			List<List<StaffView>> availableByWeek) {
		Predicate<StaffView> qualified = s -> competenceId == null || s.level(competenceId) >= 1;
		Predicate<StaffView> expert = s -> competenceId == null || s.level(competenceId) == 3;
		List<Cell> cells = availableByWeek.stream()
			.map(available -> new Cell((int) available.stream().filter(qualified).count(),
					competenceId == null ? 0 : (int) available.stream().filter(expert).count()))
			.toList();
		return new Row(id, name, competenceId, (int) counted.stream().filter(qualified).count(), cells);
	}

	private static int workingDays(LocalDate monday) {
		int days = 0;
		for (int i = 0; i < 7; i++) {
			if (SwedishWorkingDays.isWorkingDay(monday.plusDays(i))) {
				days++;
			}
		}
		return days;
	}

}
