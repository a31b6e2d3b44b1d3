package se.helhet.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import se.helhet.HelhetApplication;
import se.helhet.catalogue.Catalogue;
import se.helhet.catalogue.ServiceView;
import se.helhet.organisation.AbsenceKind;
import se.helhet.organisation.AbsenceRegistration;
import se.helhet.organisation.NamedItem;
import se.helhet.organisation.Organisation;
import se.helhet.organisation.Organisation.SaveAbsence;
import se.helhet.organisation.Organisation.SaveStaff;
import se.helhet.organisation.StaffView;
import se.helhet.organisation.UnitKind;
import se.helhet.organisation.UnitView;
import se.helhet.platform.Accounts;
import se.helhet.platform.CurrentUser;
import se.helhet.requests.IntakeAssignment;
import se.helhet.requests.IntakeAssignment.IntakeFacts;
import se.helhet.requests.WorkingCalendar;
import se.helhet.routing.internal.RebalanceService;
import se.helhet.routing.internal.RebalanceService.Progress;
import se.helhet.routing.internal.RebalanceService.Proposal;

/**
 * The routing benchmark of issue 4 (run by bench/routing.sh, not a test): the demo
 * municipality's HR function grown to 150 staff with 5,000 open requests, then
 * <ol>
 * <li>the assignment decision at intake (the routing bean itself, with its reads of
 * loads, absences and recent handlers) for 2,000 new requests: p50, p99;</li>
 * <li>the time to hand over 500 requests when a person's sickness is registered;</li>
 * <li>rebalancing the function with Timefold (30 s by default) against the greedy
 * baseline computed in the same run and scored by the same rules.</li>
 * </ol>
 * Writes target/bench/routing.md.
 */
public final class RoutingBench {

	static final int STAFF = 150;

	static final int OPEN_REQUESTS = 5_000;

	static final int DECISIONS = 2_000;

	static final int HANDOVER = 500;

	private RoutingBench() {
	}

	public static void main(String[] args) throws IOException {
		String db = System.getProperty("bench.db", "jdbc:postgresql://127.0.0.1:5432/helhet_bench_routing");
		// as command-line arguments: they win over application.properties
		ConfigurableApplicationContext app = new SpringApplicationBuilder(HelhetApplication.class).run(
				"--server.port=0", "--spring.datasource.url=" + db, "--spring.datasource.username=postgres",
				"--helhet.demo.enabled=true", "--helhet.demo.request-history=0", "--helhet.routing.cover-sweep-cron=-",
				"--helhet.routing.hours-per-request=0.5", "--helhet.data-dir=target/bench/routing-data",
				"--logging.level.se.helhet=warn", "--logging.level.se.helhet.routing.internal.AbsenceCoverService=info",
				"--logging.level.org.springframework=warn");
		StringBuilder report = new StringBuilder();
		try {
			Organisation organisation = app.getBean(Organisation.class);
			Catalogue catalogue = app.getBean(Catalogue.class);
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			UnitView hr = organisation.functions()
				.stream()
				.filter(f -> "HR".equals(f.shortName()))
				.findFirst()
				.orElseThrow();
			Random random = new Random(42);
			grow(organisation, hr, random);
			List<StaffView> staff = organisation.staff(hr.id());
			List<ServiceView> services = catalogue.servicesOf(hr.id()).stream().filter(ServiceView::active).toList();
			List<UnitView> forvaltningar = organisation.units()
				.stream()
				.filter(u -> u.kind() == UnitKind.FORVALTNING && u.ordersCentralServices())
				.toList();
			long written = openRequests(jdbc, hr, staff, services, forvaltningar, random);
			// as autovacuum would have done by the time a real function has 5,000 open
			// requests
			jdbc.execute("vacuum analyze req_request");
			report.append("# Routing benchmark\n\n")
				.append("Function: ")
				.append(hr.name())
				.append(", ")
				.append(staff.size())
				.append(" staff, ")
				.append(written)
				.append(" open requests, ")
				.append(services.size())
				.append(" services.\n\n");

			IntakeAssignment routing = app.getBean(IntakeAssignment.class);
			long[] nanos = new long[DECISIONS];
			int assigned = 0;
			for (int i = 0; i < DECISIONS + 200; i++) {
				ServiceView service = services.get(random.nextInt(services.size()));
				UnitView forvaltning = forvaltningar.get(random.nextInt(forvaltningar.size()));
				ZonedDateTime now = ZonedDateTime.now(WorkingCalendar.STOCKHOLM);
				IntakeFacts facts = new IntakeFacts(hr.id(), forvaltning.id(), service.id(), service.competenceId(),
						service.confidential(), "bestallare", now.toOffsetDateTime(),
						WorkingCalendar.addWorkingHours(now, service.slaWorkingHours()).toOffsetDateTime());
				long start = System.nanoTime();
				boolean got = routing.choose(facts).isPresent();
				long took = System.nanoTime() - start;
				if (i >= 200) {
					// the first 200 warm the JIT and the caches
					nanos[i - 200] = took;
					assigned += got ? 1 : 0;
				}
			}
			Arrays.sort(nanos);
			report.append("## Assignment decision at intake\n\n")
				.append(DECISIONS)
				.append(" decisions after 200 for warm-up, one at a time: p50 ")
				.append(ms(nanos[DECISIONS / 2]))
				.append(" ms, p99 ")
				.append(ms(nanos[DECISIONS * 99 / 100]))
				.append(" ms, max ")
				.append(ms(nanos[DECISIONS - 1]))
				.append(" ms; ")
				.append(assigned)
				.append(" found a handler.\n\n");

			StaffView sick = staff.stream().filter(s -> !s.lead()).skip(7).findFirst().orElseThrow();
			LocalDate today = LocalDate.now(WorkingCalendar.STOCKHOLM);
			int moved = jdbc.update("""
					update req_request set assignee_staff_id = ?, assignee_username = ?, assignee_name = ?
					where id in (select id from req_request where function_id = ? and status in ('TILLDELAD', 'PAGAR')
					 and due_at < ? order by due_at limit ?)""", sick.id(), sick.username(), sick.fullName(), hr.id(),
					OffsetDateTime.now().plusDays(10), HANDOVER);
			Accounts accounts = app.getBean(Accounts.class);
			CurrentUser lead = accounts.findByUsername("hr-chef").orElseThrow();
			long start = System.nanoTime();
			AbsenceRegistration registration = organisation.registerAbsence(
					new SaveAbsence(sick.id(), AbsenceKind.SJUKDOM, today, today.plusDays(14), null, null, null), lead);
			long took = System.nanoTime() - start;
			long toColleagues = registration.handedOver().stream().filter(h -> h.toStaffId() != null).count();
			report.append("## Handover when an absence is registered\n\n")
				.append(sick.fullName())
				.append(" had ")
				.append(moved)
				.append(" open requests due within 10 days; registering a 15-day sickness handed over ")
				.append(registration.handedOver().size())
				.append(" (")
				.append(toColleagues)
				.append(" to colleagues, the rest to the queue) in ")
				.append(ms(took))
				.append(" ms, from the call to its answer (saving the absence, choosing, writing requests, ")
				.append("trail, notes, messages, notifications and events).\n\n");

			rebalance(app.getBean(RebalanceService.class), hr, lead, report);

		}
		finally {
			Path out = Path.of("target", "bench", "routing.md");
			Files.createDirectories(out.getParent());
			Files.writeString(out, report);
			System.out.println(report);
			app.close();
		}
	}

	static void rebalance(RebalanceService service, UnitView function, CurrentUser lead, StringBuilder report) {
		long start = System.nanoTime();
		UUID job = service.start(function.id(), lead);
		Long firstFeasible = null;
		Progress progress;
		do {
			sleep(200);
			progress = service.progress(job, lead).orElseThrow();
			if (firstFeasible == null && progress.feasible()) {
				firstFeasible = System.nanoTime() - start;
			}
		}
		while (!progress.done());
		long took = System.nanoTime() - start;
		Proposal proposal = service.proposal(job, lead).orElseThrow();
		report.append("## Rebalancing\n\n")
			.append("Timefold from the greedy baseline, until 30 s or 10 s without improvement: ")
			.append(proposal.progress().status())
			.append(" after ")
			.append(ms(took))
			.append(" ms (first feasible best solution seen at ")
			.append(firstFeasible == null ? "–" : ms(firstFeasible))
			.append(" ms).\n\n")
			.append("| | score (hard/medium/soft) | moves |\n| --- | --- | --- |\n")
			.append("| as it is | ")
			.append(proposal.currentScore())
			.append(" | – |\n| greedy baseline | ")
			.append(proposal.greedyScore())
			.append(" | ")
			.append(proposal.greedyMoves())
			.append(" |\n| Timefold | ")
			.append(proposal.solverScore())
			.append(" | ")
			.append(proposal.moves().size())
			.append(" |\n\nTimefold ")
			.append(proposal.solverBetter() ? "beats" : proposal.solverNotWorse() ? "equals" : "is worse than")
			.append(" the greedy baseline; feasible: ")
			.append(proposal.progress().feasible())
			.append(".\n");
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Adds staff to the function until it has 150, with 1–4 of its competences each. */
	static void grow(Organisation organisation, UnitView function, Random random) {
		List<NamedItem> competences = organisation.competences(function.id());
		List<NamedItem> professions = organisation.professions(function.id());
		String[] first = { "Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Sara", "Per", "Lena", "Mikael", "Eva",
				"Anders", "Kerstin", "Peter", "Ingrid", "Fredrik", "Maja", "Oskar", "Elin", "Hassan", "Amira", "Jonas",
				"Sofia", "Ali", "Nora" };
		String[] last = { "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
				"Svensson", "Gustafsson", "Pettersson", "Jonsson", "Lindberg", "Axelsson", "Berg", "Lindqvist", "Holm",
				"Ek", "Sandberg", "Ahmed" };
		int have = organisation.staff(function.id()).size();
		for (int i = have; i < STAFF; i++) {
			Map<UUID, Integer> levels = new HashMap<>();
			int count = 1 + random.nextInt(4);
			for (int c = 0; c < count; c++) {
				levels.put(competences.get(random.nextInt(competences.size())).id(), 1 + random.nextInt(3));
			}
			String firstName = first[random.nextInt(first.length)];
			String lastName = last[random.nextInt(last.length)];
			organisation.saveStaff(new SaveStaff(null, function.id(), firstName, lastName,
					(firstName + "." + lastName + "." + i + "@bench.sjovik.se").toLowerCase(Locale.ROOT), null,
					professions.get(random.nextInt(professions.size())).id(), random.nextBoolean(),
					String.valueOf(30 + random.nextInt(11)), levels, null));
		}
	}

	/**
	 * 5,000 open requests of the function's services from all förvaltningar, each with a
	 * qualified handler (a tenth in the queue), due from a week ago to four weeks ahead.
	 * Written with SQL like bench/load-requests.sql: through intake it would measure
	 * intake, not routing.
	 */
	static long openRequests(JdbcTemplate jdbc, UnitView function, List<StaffView> staff, List<ServiceView> services,
			List<UnitView> forvaltningar, Random random) {
		List<Object[]> rows = new ArrayList<>();
		OffsetDateTime now = OffsetDateTime.now();
		String[] statuses = { "TILLDELAD", "PAGAR", "PAGAR", "VANTAR" };
		for (int i = 0; i < OPEN_REQUESTS; i++) {
			ServiceView service = services.get(random.nextInt(services.size()));
			UnitView forvaltning = forvaltningar.get(random.nextInt(forvaltningar.size()));
			List<StaffView> qualified = staff.stream()
				.filter(s -> !s.lead() && (service.competenceId() == null || s.level(service.competenceId()) > 0))
				.toList();
			StaffView handler = qualified.isEmpty() || random.nextInt(10) == 0 ? null
					: qualified.get(random.nextInt(qualified.size()));
			OffsetDateTime created = now.minusHours(1 + random.nextInt(24 * 20));
			OffsetDateTime due = now.plusHours(random.nextInt(24 * 35) - 24 * 7);
			rows.add(new Object[] { UUID.randomUUID(), "BENCH HR/" + String.format("%05d", i), function.id(),
					function.shortName(), service.id(), service.nameSv(), service.formVersion(), service.competenceId(),
					service.confidential(), "Bänkärende " + i, "Genererat för routningsbänken.",
					handler == null ? "NY" : statuses[random.nextInt(statuses.length)], "bestallare",
					"Beställare i bänken", forvaltning.id(), forvaltning.id(), forvaltning.name(),
					handler == null ? null : handler.id(), handler == null ? null : handler.username(),
					handler == null ? null : handler.fullName(), created, created, due, service.retentionMonths() });
		}
		jdbc.batchUpdate("""
				insert into req_request (id, number, function_id, function_code, service_id, service_name, form_version,
				 competence_id, confidential, title, description, status, requester_username, requester_name, unit_id,
				 forvaltning_id, forvaltning_name, assignee_staff_id, assignee_username, assignee_name, created_at,
				 updated_at, due_at, retention_months, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", rows);
		return rows.size();
	}

	static String ms(long nanos) {
		return String.format(Locale.ROOT, "%.2f", nanos / 1_000_000.0);
	}

}
