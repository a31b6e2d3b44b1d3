package se.helhet.routing.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.UUID;

import ai.timefold.solver.core.api.domain.common.PlanningId;

/**
 * A staff member of the function as rebalancing sees them: a fact that does not change
 * while the solver runs. Equal only to itself, so the solver's grouping by handler is
 * cheap.
 */
public final class RebalanceStaff {

	@PlanningId
	private UUID id;

	private String name;

	private double weeklyCapacityHours;

	private Map<UUID, Integer> levels;

	private boolean lead;

	private NavigableSet<LocalDate> absentDays;

	private LocalDate today;

	private RebalanceSettings settings;

	RebalanceStaff() {
	}

	/**
	 * @param levels competence id to level 1–3
	 * @param absentDays the days from today on when the person is away the whole day
	 */
	RebalanceStaff(UUID id, String name, double weeklyCapacityHours, Map<UUID, Integer> levels, boolean lead,
			NavigableSet<LocalDate> absentDays, LocalDate today, RebalanceSettings settings) {
		this.id = id;
		this.name = name;
		this.weeklyCapacityHours = weeklyCapacityHours;
		this.levels = Map.copyOf(levels);
		this.lead = lead;
		this.absentDays = new TreeSet<>(absentDays);
		this.today = today;
		this.settings = settings;
	}

	public UUID getId() {
		return id;
	}

	public String name() {
		return name;
	}

	double weeklyCapacityHours() {
		return weeklyCapacityHours;
	}

	boolean lead() {
		return lead;
	}

	int level(UUID competenceId) {
		return competenceId == null ? 0 : levels.getOrDefault(competenceId, 0);
	}

	boolean absentToday() {
		return absentDays.contains(today);
	}

	/**
	 * Away a whole working day (Monday–Friday) after today up to and including the day.
	 */
	boolean awayAfterTodayUntil(LocalDate day) {
		return firstAwayAfterTodayUntil(day) != null;
	}

	/** The first whole working day away after today up to the day, or null. */
	LocalDate firstAwayAfterTodayUntil(LocalDate day) {
		if (!day.isAfter(today)) {
			return null;
		}
		return absentDays.subSet(today, false, day, true)
			.stream()
			.filter(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY)
			.findFirst()
			.orElse(null);
	}

	/** How many open requests fit under the workload ceiling. */
	int ceilingRequests() {
		return (int) Math.floor(
				weeklyCapacityHours * settings.weights().ceilingPercent() / 100.0 / settings.hoursPerRequest() + 1e-9);
	}

	/** How many open requests fill the weekly capacity. */
	int capacityRequests() {
		return (int) Math.floor(weeklyCapacityHours / settings.hoursPerRequest() + 1e-9);
	}

	/** Load of this many open requests in per mille of weekly capacity. */
	long loadPermille(long requests) {
		if (weeklyCapacityHours <= 0) {
			return requests * 10_000;
		}
		return Math.round(requests * settings.hoursPerRequest() * 1000 / weeklyCapacityHours);
	}

	/** Load of this many open requests in percent of weekly capacity. */
	int loadPercent(long requests) {
		return (int) Math.round(loadPermille(requests) / 10.0);
	}

	RebalanceSettings settings() {
		return settings;
	}

	@Override
	public String toString() {
		return name;
	}

}
