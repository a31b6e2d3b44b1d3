package se.helhet.routing.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import se.helhet.routing.internal.RoutingRules.Weights;

/**
 * A generated function for the solver tests and the benchmark: staff with two to four of
 * ten competences, a few away today or later, one lead, named contacts for eight
 * förvaltningar, and open requests dealt out unevenly (a third of the staff holds most of
 * them, some sit with someone away or unqualified, some wait in the queue).
 */
final class RebalanceScenario {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

	private RebalanceScenario() {
	}

	static RebalanceProblem generate(int staffCount, int requestCount, double hoursPerRequest, long seed) {
		Random random = new Random(seed);
		RebalanceSettings settings = RebalanceSettings.of(Weights.DEFAULTS, hoursPerRequest);
		List<UUID> competences = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			competences.add(new UUID(1, i));
		}
		List<RebalanceStaff> staff = new ArrayList<>();
		for (int i = 0; i < staffCount; i++) {
			Map<UUID, Integer> levels = new HashMap<>();
			int count = 2 + random.nextInt(3);
			while (levels.size() < count) {
				levels.put(competences.get(random.nextInt(competences.size())), 1 + random.nextInt(3));
			}
			TreeSet<LocalDate> away = new TreeSet<>();
			int kind = random.nextInt(100);
			if (kind < 6) {
				away.add(TODAY);
				away.add(TODAY.plusDays(1));
			}
			else if (kind < 16) {
				LocalDate from = TODAY.plusDays(1 + random.nextInt(10));
				for (int d = 0; d < 1 + random.nextInt(5); d++) {
					away.add(from.plusDays(d));
				}
			}
			double capacity = random.nextInt(10) < 8 ? 40 : 30;
			staff.add(
					new RebalanceStaff(new UUID(2, i), "Person " + i, capacity, levels, i == 0, away, TODAY, settings));
		}
		Map<Integer, UUID> contacts = new HashMap<>();
		for (int f = 0; f < 8; f++) {
			contacts.put(f, staff.get(1 + random.nextInt(staffCount - 1)).getId());
		}
		List<RebalanceAssignment> assignments = new ArrayList<>();
		for (int r = 0; r < requestCount; r++) {
			UUID competence = random.nextInt(10) == 0 ? null : competences.get(random.nextInt(competences.size()));
			int forvaltning = random.nextInt(8);
			LocalDate due = TODAY.plusDays(random.nextInt(21) - 2);
			RebalanceStaff current = current(staff, competence, random);
			Set<UUID> requesterHandlers = new HashSet<>();
			if (current != null && random.nextBoolean()) {
				requesterHandlers.add(current.getId());
			}
			Set<UUID> forvaltningHandlers = new HashSet<>(
					List.of(contacts.get(forvaltning), staff.get(random.nextInt(staffCount)).getId()));
			assignments.add(new RebalanceAssignment(new UUID(3, r), "HR 2026/%05d".formatted(r + 1), competence,
					random.nextInt(20) == 0, new UUID(4, forvaltning),
					due.atTime(16, 0).atOffset(ZoneOffset.ofHours(1)), due, !due.isAfter(TODAY.plusDays(1)),
					current == null ? null : current.getId(), contacts.get(forvaltning), requesterHandlers,
					forvaltningHandlers, settings, current));
		}
		return new RebalanceProblem(new UUID(5, 0), TODAY, staff, assignments);
	}

	/**
	 * Who has it now: 8 % the queue, 7 % anyone (perhaps away or unqualified), otherwise
	 * a qualified person, two thirds of the time among the first third of the staff.
	 */
	private static RebalanceStaff current(List<RebalanceStaff> staff, UUID competence, Random random) {
		int kind = random.nextInt(100);
		if (kind < 8) {
			return null;
		}
		if (kind < 15) {
			return staff.get(random.nextInt(staff.size()));
		}
		for (int attempt = 0; attempt < 50; attempt++) {
			int bound = random.nextInt(3) < 2 ? Math.max(1, staff.size() / 3) : staff.size();
			RebalanceStaff candidate = staff.get(random.nextInt(bound));
			if (competence == null || candidate.level(competence) >= 1) {
				return candidate;
			}
		}
		return null;
	}

}
