package se.helhet.routing.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import se.helhet.organisation.AbsenceView;
import se.helhet.organisation.StaffView;
import se.helhet.requests.IntakeAssignment.Choice;
import se.helhet.requests.Requests.Handover;
import se.helhet.requests.Requests.OpenRequest;
import se.helhet.requests.Requests.RecentHandlersOfFunction;
import se.helhet.requests.WorkingCalendar;
import se.helhet.routing.internal.RoutingRules.Candidate;
import se.helhet.routing.internal.RoutingRules.Request;
import se.helhet.routing.internal.RoutingRules.Weights;

/**
 * Who takes over an absent person's requests. Plain Java: the caller gathers the facts,
 * this decides, by the same rules as intake (competence, the förvaltning's contact, load,
 * continuity), one request after the other in due order so that each handover counts in
 * the next one's load.
 *
 * <p>
 * Which requests: an absence of whole days that is not over takes the person's open
 * requests due on one of its days; once it has begun, also those already overdue, since
 * nobody is working on them. Part-day absences move nothing: the person is at work.
 *
 * <p>
 * Who may take one: not the absent person, and nobody else who is away a whole day from
 * today (or the absence's first day) until the request is due, within the absence — so a
 * request never lands on a colleague who is away too, whichever absence was registered
 * first. Nobody qualified means the function's queue, and the lead is told.
 */
final class CoverPlan {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM", Locale.of("sv"));

	private CoverPlan() {
	}

	/** The facts about the function the plan needs. */
	record Facts(List<StaffView> staff, Map<UUID, UUID> contactByForvaltning, List<AbsenceView> absences,
			Map<UUID, Integer> openByHandler, RecentHandlersOfFunction recent, Weights weights, double hoursPerRequest,
			String functionShortName) {
	}

	/** Whether the absence takes work off the person at all. */
	static boolean takesWork(AbsenceView absence, LocalDate today) {
		return absence.wholeDays() && !absence.to().isBefore(today);
	}

	/** Whether a request due on dueDay is at risk while the person is away. */
	static boolean atRisk(LocalDate dueDay, AbsenceView absence, LocalDate today) {
		if (dueDay.isAfter(absence.to())) {
			return false;
		}
		boolean dueDuringAbsence = !dueDay.isBefore(absence.from());
		boolean alreadyAway = !absence.from().isAfter(today);
		return dueDuringAbsence || alreadyAway;
	}

	static List<Handover> plan(AbsenceView absence, List<OpenRequest> requests, Facts facts, LocalDate today) {
		if (!takesWork(absence, today)) {
			return List.of();
		}
		StaffView absent = facts.staff()
			.stream()
			.filter(s -> s.id().equals(absence.staffId()))
			.findFirst()
			.orElse(null);
		String absentName = absent == null ? absence.staffName() : absent.fullName();
		Map<UUID, Integer> open = new HashMap<>(facts.openByHandler());
		Map<UUID, List<AbsenceView>> awayDays = new HashMap<>();
		facts.absences()
			.stream()
			.filter(AbsenceView::wholeDays)
			.forEach(a -> awayDays.computeIfAbsent(a.staffId(), k -> new ArrayList<>()).add(a));
		List<Handover> handovers = new ArrayList<>();
		for (OpenRequest request : requests) {
			LocalDate dueDay = dueDay(request);
			if (!absence.staffId().equals(request.assigneeStaffId()) || !atRisk(dueDay, absence, today)) {
				continue;
			}
			LocalDate from = absence.from().isAfter(today) ? absence.from() : today;
			LocalDate to = dueDay.isBefore(from) ? from : dueDay.isAfter(absence.to()) ? absence.to() : dueDay;
			UUID contact = facts.contactByForvaltning().get(request.forvaltningId());
			var recent = facts.recent().of(request.requesterUsername(), request.forvaltningId());
			List<Candidate> candidates = facts.staff()
				.stream()
				.filter(s -> !s.id().equals(absence.staffId()))
				.filter(s -> !awayAnyDay(awayDays.get(s.id()), from, to))
				.map(s -> new Candidate(s, s.id().equals(contact), open.getOrDefault(s.id(), 0), false,
						awayAnyDay(awayDays.get(s.id()), to.plusDays(1), dueDay), recent.ofRequester().contains(s.id()),
						recent.ofForvaltning().contains(s.id())))
				.toList();
			Optional<Choice> choice = RoutingRules.choose(candidates,
					new Request(request.competenceId(), facts.functionShortName(), facts.hoursPerRequest()),
					facts.weights());
			String away = absentName + " (borta t.o.m. " + DAY.format(absence.to()) + ")";
			if (choice.isPresent()) {
				StaffView to2 = choice.get().staff();
				open.merge(to2.id(), 1, Integer::sum);
				handovers.add(new Handover(request.id(), absence.staffId(), to2.id(),
						"Täcker för " + away + ": " + choice.get().reason(),
						handlerNote(absentName, absence, request, choice.get(), today),
						requesterMessage(absentName, to2.fullName())));
			}
			else {
				handovers.add(new Handover(request.id(), absence.staffId(), null,
						"Täckning för " + away + ": ingen kvalificerad kollega är tillgänglig", null, null));
			}
		}
		return handovers;
	}

	/**
	 * For the new handler: who had it, until when they are away (never why: a colleague
	 * may not learn about someone's health or family), when it is due, and why them.
	 */
	static String handlerNote(String absentName, AbsenceView absence, OpenRequest request, Choice choice,
			LocalDate today) {
		String kind = absence.kind() == null || absence.kind().privateReason() ? "frånvarande"
				: absence.kind().swedish();
		return "Överlämnat från " + absentName + " (" + kind + " " + period(absence.from(), absence.to()) + "). "
				+ (dueDay(request).isBefore(today) ? "Försenat: förföll " : "Förfaller ") + DAY.format(dueDay(request))
				+ ". Du fick ärendet för att: " + choice.reason()
				+ ". Läs tråden och hör av dig till beställaren om något är oklart.";
	}

	/**
	 * For the requester: who helps them now, without saying why the other one is away.
	 */
	static String requesterMessage(String absentName, String coverName) {
		return absentName + " är inte i tjänst just nu. " + coverName
				+ " hjälper dig med ärendet från och med nu och har tillgång till allt som skrivits hittills.";
	}

	/** "7 december", "7–11 december" or "30 november–4 december". */
	static String period(LocalDate from, LocalDate to) {
		if (from.equals(to)) {
			return DAY.format(from);
		}
		if (from.getYear() == to.getYear() && from.getMonth() == to.getMonth()) {
			return from.getDayOfMonth() + "–" + DAY.format(to);
		}
		return DAY.format(from) + "–" + DAY.format(to);
	}

	static LocalDate dueDay(OpenRequest request) {
		return request.dueAt().atZoneSameInstant(WorkingCalendar.STOCKHOLM).toLocalDate();
	}

	/** Whether any of a person's whole-day absences (null: none) touches the days. */
	private static boolean awayAnyDay(List<AbsenceView> wholeDayAbsences, LocalDate from, LocalDate to) {
		if (wholeDayAbsences == null || to.isBefore(from)) {
			return false;
		}
		for (AbsenceView a : wholeDayAbsences) {
			if (!a.from().isAfter(to) && !a.to().isBefore(from)) {
				return true;
			}
		}
		return false;
	}

}
