package se.helhet.requests.internal.demo;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import se.helhet.catalogue.FormField;
import se.helhet.catalogue.ServiceView;
import se.helhet.organisation.StaffView;
import se.helhet.organisation.UnitKind;
import se.helhet.organisation.UnitView;
import se.helhet.requests.RequestStatus;
import se.helhet.requests.WorkingCalendar;
import se.helhet.requests.internal.RequestService;
import se.helhet.requests.internal.demo.RequestHistoryTexts.Cluster;
import se.helhet.requests.internal.demo.RequestHistoryTexts.Kind;

/**
 * Generates a year of request history for the demo municipality: who asked what, when, in
 * which words, and everything that happened to each request up to now — assignment,
 * questions and answers, time, checklist, resolution, confirmation and rating — with an
 * audit trail that tells the same story. Deterministic for a seed and a clock; plain
 * Java, no Spring, no database.
 */
public final class RequestHistoryGenerator {

	private static final Locale SV = Locale.of("sv");

	private static final double[] MONTH_VOLUME = { 1.0, 1.05, 1.1, 1.05, 1.05, 0.85, 0.35, 0.95, 1.1, 1.1, 1.1, 0.75 };

	private static final Map<String, Double> SERVICE_WEIGHT = Map.ofEntries(Map.entry("Lönefråga", 10.0),
			Map.entry("Fakturafråga", 10.0), Map.entry("Rekrytering", 8.0), Map.entry("Webbpublicering", 7.0),
			Map.entry("Rehabilitering", 6.0), Map.entry("Budgetuppföljning", 6.0),
			Map.entry("Arbetsrättslig rådgivning", 5.0), Map.entry("Arbetsmiljö", 4.0), Map.entry("Pressfråga", 4.0),
			Map.entry("Grafisk produktion", 3.0), Map.entry("Sociala medier", 3.0),
			Map.entry("Inköp och upphandlingsstöd", 3.0), Map.entry("Introduktion av nyanställd", 3.0),
			Map.entry("Bokslutsstöd", 3.0), Map.entry("Personalärende", 2.0),
			Map.entry("Lönerevision och lönesättning", 2.5), Map.entry("Budgetarbete", 2.0),
			Map.entry("Kund- och kravfråga", 2.0), Map.entry("Evenemangsstöd", 2.0),
			Map.entry("Internkommunikation", 2.0), Map.entry("Kriskommunikation", 0.4));

	private static final Map<String, Double> FORVALTNING_WEIGHT = Map.of("UBF", 30.0, "OMF", 24.0, "AVF", 12.0, "TF",
			9.0, "KFF", 8.0, "SBF", 7.0, "KLF", 6.0, "MHF", 4.0);

	private static final String[] FIRST = { "Agneta", "Birgitta", "Carina", "Cecilia", "Charlotte", "Christina",
			"Elisabeth", "Emelie", "Gunilla", "Hanna", "Jessica", "Josefin", "Katarina", "Linda", "Louise", "Madeleine",
			"Marie", "Monica", "Pernilla", "Susanne", "Sanna", "Veronica", "Yvonne", "Zeynep", "Fatima", "Aisha",
			"Dragana", "Mirjana", "Alexander", "Andreas", "Bengt", "Björn", "Christer", "David", "Göran", "Hans",
			"Jakob", "Joakim", "Kristoffer", "Lennart", "Marcus", "Martin", "Ola", "Patrik", "Robert", "Stefan",
			"Thomas", "Ulf", "Hassan", "Ali", "Mehmet", "Samir", "Milan", "Jussi" };

	private static final String[] LAST = { "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson",
			"Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson",
			"Jönsson", "Carlsson", "Petersson", "Magnusson", "Axelsson", "Fransson", "Mattsson", "Lundberg",
			"Jakobsson", "Henriksson", "Sjögren", "Nyberg", "Isaksson", "Lundin", "Håkansson", "Berg", "Abdi", "Yilmaz",
			"Petrović", "Hussein", "Virtanen", "Kovač", "Sandström", "Sundberg", "Öberg" };

	private static final String[] EMPLOYEE_NAMES = { "Lisa", "Ahmad", "Kim", "Eva", "Mohammed", "Jenny", "Oskar",
			"Sofia", "Robin", "Nour", "Pia", "Johan", "Alma", "Tove", "Elias", "Maja", "Ibrahim", "Stina", "Kalle",
			"Lejla" };

	/**
	 * A person in a förvaltning who asks for help.
	 */
	public record Requester(String username, String name, String role, UUID unitId, String unitName, UUID forvaltningId,
			String forvaltningName, String forvaltningShortName) {
	}

	/**
	 * What the history is generated from.
	 *
	 * @param units the organisation's units (förvaltningar, their units, functions)
	 * @param staff each central function's staff, by function id
	 * @param contacts each förvaltning's named contact per function: förvaltning id →
	 * function id → staff
	 * @param services the catalogue
	 * @param demoRequester the demo requester account, who gets requests of their own
	 * @param demoHandler the demo handler's username, who gets a queue of open requests
	 * @param numbersTaken registration numbers already used, "HR 2026" → last value
	 */
	public record Input(List<UnitView> units, Map<UUID, List<StaffView>> staff,
			Map<UUID, Map<UUID, StaffView>> contacts, List<ServiceView> services, Requester demoRequester,
			String demoHandler, Map<String, Integer> numbersTaken) {
	}

	/**
	 * The generated history, oldest first, and the last number used per function and
	 * year.
	 */
	public record History(List<GeneratedRequest> requests, Map<String, Integer> lastNumbers) {
	}

	/** One request of the history with everything that happened to it. */
	public record GeneratedRequest(UUID id, String number, String functionCode, int year, int sequence, UUID functionId,
			UUID serviceId, String serviceName, int formVersion, UUID competenceId, boolean confidential, String title,
			String description, RequestStatus status, String requesterUsername, String requesterName, UUID unitId,
			UUID forvaltningId, String forvaltningName, UUID assigneeStaffId, String assigneeUsername,
			String assigneeName, OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime dueAt,
			OffsetDateTime resolvedAt, OffsetDateTime closedAt, Integer rating, String ratingComment,
			int retentionMonths, int version, List<Answer> answers, List<Comment> comments, List<TimeEntry> timeEntries,
			List<ChecklistItem> checklist, List<Audit> audit, List<String> followers, String cluster) {
	}

	/** An answer to a form field. */
	public record Answer(String key, int position, String label, String type, String value) {
	}

	/** A comment to the requester or an internal note. */
	public record Comment(UUID id, String authorUsername, String authorName, boolean internal, String body,
			OffsetDateTime at) {
	}

	/** Time a handler spent. */
	public record TimeEntry(UUID id, String username, String name, LocalDate date, int minutes, String activity,
			OffsetDateTime createdAt) {
	}

	/** A checklist step. */
	public record ChecklistItem(UUID id, int position, String text, boolean done, String doneBy,
			OffsetDateTime doneAt) {
	}

	/** An audit entry. */
	public record Audit(UUID id, OffsetDateTime at, String actorUsername, String actorName, String action, String field,
			String before, String after, boolean publicEntry, int version) {
	}

	private enum Plan {

		NORMAL, QUEUE, WAITING, UNSTARTED

	}

	private final long seed;

	private final Random random;

	private final ZonedDateTime now;

	private long ids;

	public RequestHistoryGenerator(long seed, Clock clock) {
		this.seed = seed;
		this.random = new Random(seed);
		this.now = ZonedDateTime.now(clock).withZoneSameInstant(WorkingCalendar.STOCKHOLM);
	}

	// ---- the work in progress of one request

	private static final class Draft {

		Requester requester;

		ServiceView service;

		Kind kind;

		Cluster cluster;

		ZonedDateTime created;

		String functionCode;

		UUID functionId;

		String number;

		int year;

		int sequence;

		Plan plan = Plan.NORMAL;

		// timeline; null = never, after now = not yet
		StaffView contact;

		boolean intake;

		ZonedDateTime returned;

		ZonedDateTime picked;

		ZonedDateTime started;

		ZonedDateTime asked;

		ZonedDateTime answered;

		ZonedDateTime resolved;

		ZonedDateTime confirmed;

		ZonedDateTime handlerClosed;

		ZonedDateTime rated;

		// people
		StaffView picker;

		StaffView handover;

		String handoverReason;

		boolean open() {
			return resolved == null;
		}

	}

	/** The history: count requests over the twelve months before now. */
	public History generate(Input input, int count) {
		if (count <= 0) {
			return new History(List.of(), Map.of());
		}
		Map<UUID, UnitView> unitsById = new LinkedHashMap<>();
		input.units().forEach(u -> unitsById.put(u.id(), u));
		List<UnitView> forvaltningar = input.units()
			.stream()
			.filter(u -> u.kind() == UnitKind.FORVALTNING && u.ordersCentralServices())
			.toList();
		Map<UUID, UnitView> functions = new LinkedHashMap<>();
		input.units().stream().filter(u -> u.kind() == UnitKind.FUNCTION).forEach(u -> functions.put(u.id(), u));
		List<ServiceView> services = input.services()
			.stream()
			.filter(ServiceView::active)
			.filter(s -> functions.containsKey(s.functionId()))
			.toList();
		if (forvaltningar.isEmpty() || services.isEmpty()) {
			return new History(List.of(), Map.of());
		}
		Set<String> taken = new HashSet<>();
		input.staff().values().forEach(list -> list.forEach(s -> {
			if (s.username() != null) {
				taken.add(s.username());
			}
		}));
		if (input.demoRequester() != null) {
			taken.add(input.demoRequester().username());
		}
		taken.add(input.demoHandler());
		Map<UUID, List<Requester>> requesters = requesters(forvaltningar, input.units(), taken);

		List<Draft> drafts = new ArrayList<>();
		double share = Math.min(1.0, count / 5000.0);
		int clustered = 0;
		for (Cluster cluster : RequestHistoryTexts.CLUSTERS) {
			ServiceView service = services.stream()
				.filter(s -> s.nameSv().equals(cluster.service()))
				.findFirst()
				.orElse(null);
			if (service == null) {
				continue;
			}
			int n = Math.min(count - clustered, Math.max(3, (int) Math.round(cluster.count() * share)));
			List<UnitView> order = new ArrayList<>(forvaltningar);
			Collections.shuffle(order, random);
			for (int i = 0; i < n; i++) {
				Draft d = new Draft();
				d.cluster = cluster;
				d.service = service;
				d.kind = cluster.kind();
				UnitView forvaltning = order.get(i % order.size());
				d.requester = pick(requesters.get(forvaltning.id()));
				double day = cluster.daysAgo() - (double) cluster.spanDays() * i / n - random.nextDouble();
				d.created = workingMoment(now.minusMinutes((long) (Math.max(0.05, day) * 24 * 60)));
				drafts.add(d);
			}
			clustered += n;
		}
		double[] dayWeights = dayWeights();
		for (int i = clustered; i < count; i++) {
			Draft d = new Draft();
			d.created = createdMoment(dayWeights);
			d.requester = pickRequester(forvaltningar, requesters);
			chooseService(d, services);
			drafts.add(d);
		}
		drafts.sort(Comparator.comparing((Draft d) -> d.created));
		if (input.demoRequester() != null) {
			giveDemoRequesterTheirOwn(drafts, input.demoRequester());
		}
		for (Draft d : drafts) {
			UnitView function = functions.get(d.service.functionId());
			d.functionId = function.id();
			d.functionCode = function.shortName();
		}
		Map<String, Integer> last = new LinkedHashMap<>();
		for (Draft d : drafts) {
			d.year = d.created.getYear();
			String key = d.functionCode + " " + d.year;
			int next = last.getOrDefault(key, input.numbersTaken().getOrDefault(key, 0)) + 1;
			last.put(key, next);
			d.sequence = next;
			d.number = "%s %d/%05d".formatted(d.functionCode, d.year, next);
		}
		// the newest requests: make sure every open state is there
		Plan[] recentPlans = { Plan.QUEUE, Plan.NORMAL, Plan.WAITING, Plan.UNSTARTED, Plan.NORMAL };
		int recent = 0;
		for (int i = drafts.size() - 1; i >= 0 && drafts.get(i).created.isAfter(now.minusDays(10)); i--) {
			drafts.get(i).plan = recentPlans[recent++ % recentPlans.length];
		}
		for (Draft d : drafts) {
			timeline(d, input);
		}
		assignPeople(drafts, input);
		List<GeneratedRequest> result = new ArrayList<>();
		Map<String, String> firstOfCluster = new LinkedHashMap<>();
		Map<String, List<Draft>> clusterMembers = new LinkedHashMap<>();
		for (Draft d : drafts) {
			if (d.cluster != null) {
				clusterMembers.computeIfAbsent(d.cluster.key(), k -> new ArrayList<>()).add(d);
			}
		}
		for (Draft d : drafts) {
			result.add(build(d, input, requesters, firstOfCluster, clusterMembers));
			if (d.cluster != null) {
				firstOfCluster.putIfAbsent(d.cluster.key(), d.number + " från " + d.requester.forvaltningName());
			}
		}
		return new History(List.copyOf(result), Map.copyOf(last));
	}

	// ---- who asks

	private Map<UUID, List<Requester>> requesters(List<UnitView> forvaltningar, List<UnitView> units,
			Set<String> taken) {
		Set<String> names = new HashSet<>();
		Map<UUID, List<Requester>> result = new LinkedHashMap<>();
		String[] topRoles = { "Avdelningschef", "Verksamhetsutvecklare", "Administratör", "Kvalitetsstrateg",
				"Nämndsekreterare", "Verksamhetschef" };
		for (UnitView f : forvaltningar) {
			List<Requester> list = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				list.add(person(topRoles[random.nextInt(topRoles.length)], f.id(), f.name(), f, names, taken));
			}
			for (UnitView unit : units) {
				if (!f.id().equals(unit.parentId()) || unit.kind() != UnitKind.UNIT) {
					continue;
				}
				String[] roles = roles(unit.name());
				int people = 2 + random.nextInt(3);
				for (int i = 0; i < people; i++) {
					list.add(person(i == 0 ? roles[0] : roles[1 + random.nextInt(roles.length - 1)], unit.id(),
							unit.name(), f, names, taken));
				}
			}
			result.put(f.id(), list);
		}
		return result;
	}

	private static String[] roles(String unit) {
		String u = unit.toLowerCase(SV);
		if (u.contains("förskole")) {
			return new String[] { "Rektor förskola", "Biträdande rektor", "Administratör", "Förskollärare" };
		}
		if (u.contains("skola") || u.contains("vuxenutb")) {
			return new String[] { "Rektor", "Biträdande rektor", "Skoladministratör", "Förstelärare" };
		}
		if (u.contains("hemtjänst") || u.contains("boende") || u.contains("funktionsstöd")) {
			return new String[] { "Enhetschef", "Biträdande enhetschef", "Samordnare", "Schemaläggare" };
		}
		if (u.contains("bibliotek") || u.contains("konsthall")) {
			return new String[] { "Chef", "Bibliotekarie", "Samordnare", "Administratör" };
		}
		return new String[] { "Enhetschef", "Arbetsledare", "Handläggare", "Administratör", "Samordnare" };
	}

	private Requester person(String role, UUID unitId, String unitName, UnitView forvaltning, Set<String> names,
			Set<String> taken) {
		String first;
		String last;
		do {
			first = FIRST[random.nextInt(FIRST.length)];
			last = LAST[random.nextInt(LAST.length)];
		}
		while (!names.add(first + " " + last));
		String base = ascii(first) + "." + ascii(last);
		String username = base;
		for (int n = 2; taken.contains(username); n++) {
			username = base + n;
		}
		taken.add(username);
		return new Requester(username, first + " " + last, role, unitId, unitName, forvaltning.id(), forvaltning.name(),
				forvaltning.shortName());
	}

	private Requester pickRequester(List<UnitView> forvaltningar, Map<UUID, List<Requester>> requesters) {
		double total = 0;
		for (UnitView f : forvaltningar) {
			total += FORVALTNING_WEIGHT.getOrDefault(f.shortName(), 5.0);
		}
		double r = random.nextDouble() * total;
		UnitView chosen = forvaltningar.getLast();
		for (UnitView f : forvaltningar) {
			r -= FORVALTNING_WEIGHT.getOrDefault(f.shortName(), 5.0);
			if (r < 0) {
				chosen = f;
				break;
			}
		}
		return pick(requesters.get(chosen.id()));
	}

	// ---- what and when

	private void chooseService(Draft d, List<ServiceView> services) {
		int month = d.created.getMonthValue();
		double total = 0;
		double[] weights = new double[services.size()];
		for (int i = 0; i < services.size(); i++) {
			ServiceView s = services.get(i);
			List<Kind> kinds = kinds(s);
			double base = kinds.stream().mapToDouble(Kind::weight).sum();
			double inMonth = kinds.stream().mapToDouble(k -> k.weightIn(month)).sum();
			weights[i] = SERVICE_WEIGHT.getOrDefault(s.nameSv(), 1.5) * Math.max(0.05, inMonth / base);
			total += weights[i];
		}
		double r = random.nextDouble() * total;
		int chosen = services.size() - 1;
		for (int i = 0; i < weights.length; i++) {
			r -= weights[i];
			if (r < 0) {
				chosen = i;
				break;
			}
		}
		d.service = services.get(chosen);
		d.kind = chooseKind(kinds(d.service), month);
	}

	private Kind chooseKind(List<Kind> kinds, int month) {
		double total = kinds.stream().mapToDouble(k -> Math.max(0.01, k.weightIn(month))).sum();
		double r = random.nextDouble() * total;
		for (Kind k : kinds) {
			r -= Math.max(0.01, k.weightIn(month));
			if (r < 0) {
				return k;
			}
		}
		return kinds.getLast();
	}

	private static List<Kind> kinds(ServiceView s) {
		List<Kind> kinds = RequestHistoryTexts.KINDS.get(s.nameSv());
		return kinds == null ? List.of(RequestHistoryTexts.generic(s.nameSv())) : kinds;
	}

	private double[] dayWeights() {
		double[] w = new double[365];
		for (int d = 0; d < 365; d++) {
			LocalDate date = now.toLocalDate().minusDays(d);
			double weight = MONTH_VOLUME[date.getMonthValue() - 1];
			if (!WorkingCalendar.isWorkingDay(date)) {
				weight *= date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY ? 0.04
						: 0.1;
			}
			if (d == 0) {
				weight *= Math.max(0, Math.min(1, (now.getHour() - 7) / 9.0));
			}
			w[d] = weight;
		}
		return w;
	}

	private ZonedDateTime createdMoment(double[] dayWeights) {
		double total = 0;
		for (double w : dayWeights) {
			total += w;
		}
		for (int attempt = 0; attempt < 20; attempt++) {
			double r = random.nextDouble() * total;
			int day = dayWeights.length - 1;
			for (int d = 0; d < dayWeights.length; d++) {
				r -= dayWeights[d];
				if (r < 0) {
					day = d;
					break;
				}
			}
			LocalDate date = now.toLocalDate().minusDays(day);
			int minute = random.nextInt(100) < 7 ? (17 * 60 + random.nextInt(5 * 60))
					: (7 * 60 + 30 + (int) (Math.abs(random.nextGaussian()) * 150 + random.nextInt(330)) % (9 * 60));
			ZonedDateTime created = date.atTime(LocalTime.of(minute / 60, minute % 60, random.nextInt(60)))
				.atZone(WorkingCalendar.STOCKHOLM);
			if (created.isBefore(now.minusMinutes(5))) {
				return created;
			}
		}
		return now.minusHours(2 + random.nextInt(24));
	}

	private ZonedDateTime workingMoment(ZonedDateTime around) {
		ZonedDateTime t = around;
		while (!WorkingCalendar.isWorkingDay(t.toLocalDate()) && random.nextInt(10) > 0) {
			t = t.minusDays(1);
		}
		if (t.getHour() < 7 || t.getHour() > 17) {
			t = t.withHour(8 + random.nextInt(8)).withMinute(random.nextInt(60));
		}
		return t.isBefore(now) ? t : now.minusMinutes(30 + random.nextInt(600));
	}

	private void giveDemoRequesterTheirOwn(List<Draft> drafts, Requester demo) {
		Set<String> fitting = Set.of("Rekrytering", "Lönefråga", "Rehabilitering", "Arbetsmiljö", "Fakturafråga",
				"Budgetuppföljning", "Webbpublicering", "Pressfråga", "Introduktion av nyanställd",
				"Grafisk produktion", "Arbetsrättslig rådgivning", "Lönerevision och lönesättning", "Sociala medier",
				"Kompetensutveckling");
		int wanted = Math.max(3, Math.min(15, drafts.size() / 25));
		int recentWanted = Math.max(2, wanted / 3);
		List<Draft> candidates = drafts.stream()
			.filter(d -> d.cluster == null && fitting.contains(d.service.nameSv()))
			.toList();
		List<Draft> recent = candidates.stream().filter(d -> d.created.isAfter(now.minusDays(7))).toList();
		List<Draft> older = candidates.stream().filter(d -> !d.created.isAfter(now.minusDays(7))).toList();
		pickSpread(recent, recentWanted, demo);
		pickSpread(older, wanted - recentWanted, demo);
	}

	private void pickSpread(List<Draft> from, int wanted, Requester demo) {
		int n = Math.min(wanted, from.size());
		for (int k = 0; k < n; k++) {
			from.get((int) ((k + 0.5) * from.size() / n)).requester = demo;
		}
	}

	// ---- what happens to a request

	private static boolean eligible(StaffView staff, ServiceView service) {
		return staff != null && (!service.confidential() || service.competenceId() == null || staff.lead()
				|| staff.level(service.competenceId()) > 0);
	}

	private void timeline(Draft d, Input input) {
		ServiceView s = d.service;
		d.contact = input.contacts().getOrDefault(d.requester.forvaltningId(), Map.of()).get(d.functionId);
		d.intake = eligible(d.contact, s);
		ZonedDateTime t = d.created;
		boolean returns = d.intake && (d.plan == Plan.QUEUE || (d.plan == Plan.NORMAL && chance(5)));
		if (returns) {
			d.returned = after(t, 1 + random.nextInt(6));
			t = d.returned;
		}
		if (!d.intake || returns) {
			d.picked = d.plan == Plan.QUEUE ? null : after(t, 1 + random.nextInt(14));
			if (d.picked == null) {
				return;
			}
			t = d.picked;
		}
		if (d.plan == Plan.UNSTARTED) {
			return;
		}
		d.started = after(t, random.nextInt(10) + (d.picked != null ? 0 : 1)).plusMinutes(20);
		t = d.started;
		int sla = Math.max(2, s.slaWorkingHours());
		double factor;
		int roll = random.nextInt(100);
		if (chance(5)) {
			factor = 2.5 + random.nextDouble() * 3.5;
		}
		else if (roll < 70) {
			factor = 0.15 + random.nextDouble() * 0.75;
		}
		else if (roll < 95) {
			factor = 0.9 + random.nextDouble() * 0.9;
		}
		else {
			factor = 1.8 + random.nextDouble() * 1.2;
		}
		int work = Math.max(1, (int) (sla * factor));
		boolean neverAnswered = false;
		if (d.plan == Plan.WAITING || chance(30)) {
			d.asked = after(t, Math.max(1, random.nextInt(Math.max(1, work / 2))));
			if (d.plan == Plan.WAITING) {
				d.asked = d.asked.isAfter(now) ? now.minusMinutes(60 + random.nextInt(600)) : d.asked;
				if (d.asked.isBefore(t)) {
					d.asked = t.plusMinutes(5);
				}
				return;
			}
			neverAnswered = chance(5);
			if (!neverAnswered) {
				d.answered = after(d.asked, 1 + random.nextInt(chance(20) ? 60 : 16));
				t = d.answered;
			}
			else {
				t = after(d.asked, 80 + random.nextInt(40));
			}
		}
		d.resolved = after(t, Math.max(1, work - (d.asked == null ? 0 : work / 3)));
		if (neverAnswered) {
			d.resolved = t;
		}
		int closing = random.nextInt(100);
		if (closing < 62) {
			d.confirmed = after(d.resolved, 1 + random.nextInt(40));
			if (chance(60)) {
				d.rated = d.confirmed.plusMinutes(1 + random.nextInt(90));
			}
		}
		else if (closing < 90) {
			d.handlerClosed = after(d.resolved.plusDays(14), random.nextInt(24));
		}
		else if (chance(15)) {
			d.rated = after(d.resolved, 2 + random.nextInt(20));
		}
		// what has not happened yet has not happened
		if (d.resolved != null && d.resolved.isAfter(now)) {
			d.resolved = null;
			d.confirmed = null;
			d.handlerClosed = null;
			d.rated = null;
		}
	}

	private void assignPeople(List<Draft> drafts, Input input) {
		String handler = input.demoHandler();
		int handlerOpen = 0;
		for (Draft d : drafts) {
			List<StaffView> team = input.staff().getOrDefault(d.functionId, List.of());
			if (d.picked != null) {
				d.picker = competent(team, d.service, null);
			}
			else if (d.intake && d.contact != null && d.service.competenceId() != null
					&& d.contact.level(d.service.competenceId()) == 0 && chance(35) && d.started != null) {
				d.handover = competent(team, d.service, d.contact);
				d.handoverReason = "Kräver specialistkompetens";
			}
			StaffView assignee = assignee(d);
			if (assignee != null && handler.equals(assignee.username()) && d.open()) {
				if (handlerOpen >= 10 && happened(d.started)) {
					StaffView other = competent(team, d.service, assignee);
					if (other != null && !handler.equals(other.username())) {
						d.handover = other;
						d.handoverReason = "Fördelning av arbetsbelastning";
					}
				}
			}
			StaffView finalAssignee = assignee(d);
			if (finalAssignee != null && handler.equals(finalAssignee.username()) && d.open()) {
				handlerOpen++;
			}
		}
		// too few for the demo handler: they cover for colleagues
		for (int i = drafts.size() - 1; i >= 0 && handlerOpen < 10; i--) {
			Draft d = drafts.get(i);
			StaffView current = assignee(d);
			if (!d.open() || !happened(d.started) || current == null || handler.equals(current.username())) {
				continue;
			}
			StaffView demo = input.staff()
				.getOrDefault(d.functionId, List.of())
				.stream()
				.filter(s -> handler.equals(s.username()))
				.findFirst()
				.orElse(null);
			if (demo == null || !eligible(demo, d.service)) {
				continue;
			}
			d.handover = demo;
			d.handoverReason = "Täcker för kollega under semester";
			handlerOpen++;
		}
	}

	private StaffView assignee(Draft d) {
		if (d.handover != null && happened(d.started)) {
			return d.handover;
		}
		if (d.picked != null) {
			return happened(d.picked) ? d.picker : null;
		}
		return d.intake && !happened(d.returned) ? d.contact : null;
	}

	private StaffView competent(List<StaffView> team, ServiceView service, StaffView not) {
		List<StaffView> best = new ArrayList<>();
		List<StaffView> ok = new ArrayList<>();
		for (StaffView s : team) {
			if (s.equals(not) || s.lead()) {
				continue;
			}
			int level = service.competenceId() == null ? 1 : s.level(service.competenceId());
			if (level >= 2) {
				best.add(s);
			}
			else if (level == 1) {
				ok.add(s);
			}
			else if (!service.confidential() && service.competenceId() == null) {
				ok.add(s);
			}
		}
		if (!best.isEmpty() && (ok.isEmpty() || chance(75))) {
			return pick(best);
		}
		if (!ok.isEmpty()) {
			return pick(ok);
		}
		return team.stream().filter(StaffView::lead).findFirst().orElse(team.isEmpty() ? null : team.getFirst());
	}

	// ---- writing it all down

	private GeneratedRequest build(Draft d, Input input, Map<UUID, List<Requester>> requesters,
			Map<String, String> firstOfCluster, Map<String, List<Draft>> clusterMembers) {
		ServiceView s = d.service;
		Map<String, String> vars = vars(d, input);
		String title = title(d, vars);
		String core = fill(pick(d.kind.bodies()), vars);
		String description = description(d, core, vars);
		List<Answer> answers = answers(d, vars, core);
		ZonedDateTime due = WorkingCalendar.addWorkingHours(d.created, s.slaWorkingHours());
		String fn = d.functionCode;
		List<Audit> audit = new ArrayList<>();
		List<Comment> comments = new ArrayList<>();
		List<TimeEntry> time = new ArrayList<>();
		Requester req = d.requester;
		int[] version = { 0 };
		RequestStatus[] status = { RequestStatus.NY };
		ZonedDateTime[] updated = { d.created };
		StaffView[] current = { null };
		var log = new Object() {

			void audit(ZonedDateTime at, String user, String name, String action, String field, String before,
					String after, boolean pub) {
				RequestHistoryGenerator.this.audit(audit, at, user, name, action, field, before, after, pub,
						version[0]);
				if (at.isAfter(updated[0])) {
					updated[0] = at;
				}
			}

			void status(ZonedDateTime at, String user, String name, RequestStatus next) {
				audit(at, user, name, "STATUS", "status", status[0].name(), next.name(), true);
				status[0] = next;
			}

			void comment(ZonedDateTime at, String user, String name, boolean internal, String body) {
				comments.add(new Comment(nextId(), user, name, internal, body, at.toOffsetDateTime()));
			}

		};
		log.audit(d.created, req.username(), req.name(), "SKAPAD", null, null, d.number, true);
		if (d.intake) {
			current[0] = d.contact;
			status[0] = RequestStatus.TILLDELAD;
			log.audit(d.created, RequestService.AUTOMATIC_ACTOR, RequestService.AUTOMATIC_ACTOR_NAME, "TILLDELAD",
					"assignee", null, d.contact.fullName() + " (Förvaltningens namngivna kontakt i funktionen)", true);
		}
		if (happened(d.returned)) {
			version[0]++;
			String reason = fill(pick(RequestHistoryTexts.RETURN_REASONS), vars);
			log.audit(d.returned, d.contact.username(), d.contact.fullName(), "TILLDELAD", "assignee",
					d.contact.fullName(), "Funktionens kö (" + reason + ")", true);
			log.status(d.returned, d.contact.username(), d.contact.fullName(), RequestStatus.NY);
			current[0] = null;
		}
		if (happened(d.picked) && d.picker != null) {
			version[0]++;
			StaffView actor = chance(50) ? d.picker : lead(input, d.functionId, d.picker);
			String reason = actor == d.picker ? "Tar ärendet"
					: "Kompetens inom " + s.nameSv().toLowerCase(SV) + (s.confidential() ? ", sekretess" : "");
			log.audit(d.picked, actor.username(), actor.fullName(), "TILLDELAD", "assignee", null,
					d.picker.fullName() + " (" + reason + ")", true);
			log.status(d.picked, actor.username(), actor.fullName(), RequestStatus.TILLDELAD);
			current[0] = d.picker;
		}
		if (d.handover != null && happened(d.started) && current[0] != null) {
			ZonedDateTime earliest = (happened(d.picked) ? d.picked : happened(d.returned) ? d.returned : d.created)
				.plusMinutes(1);
			ZonedDateTime at = d.started.minusMinutes(5 + random.nextInt(60));
			at = at.isBefore(earliest) ? earliest : at;
			version[0]++;
			vars.put("colleague", d.handover.firstName());
			log.audit(at, current[0].username(), current[0].fullName(), "TILLDELAD", "assignee", current[0].fullName(),
					d.handover.fullName() + " (" + fill(d.handoverReason, vars) + ")", true);
			current[0] = d.handover;
		}
		StaffView handler = current[0];
		if (handler != null) {
			vars.put("assignee", handler.firstName());
		}
		List<ChecklistItem> checklist = new ArrayList<>();
		if (handler != null && happened(d.started)) {
			version[0]++;
			log.status(d.started, handler.username(), handler.fullName(), RequestStatus.PAGAR);
			if (chance(25)) {
				ZonedDateTime at = d.started.plusMinutes(10 + random.nextInt(120));
				if (happened(at)) {
					version[0]++;
					vars.put("colleague", colleague(input, d.functionId, handler).firstName());
					log.comment(at, handler.username(), handler.fullName(), true,
							fill(pick(RequestHistoryTexts.INTERNAL_NOTES.getOrDefault(fn, List.of("Noterat."))), vars));
					log.audit(at, handler.username(), handler.fullName(), "ANTECKNING", null, null, null, false);
				}
			}
			if (d.cluster != null && firstOfCluster.containsKey(d.cluster.key()) && chance(60)) {
				ZonedDateTime at = d.started.plusMinutes(5 + random.nextInt(60));
				if (happened(at)) {
					version[0]++;
					log.comment(at, handler.username(), handler.fullName(), true, "Samma fråga som "
							+ firstOfCluster.get(d.cluster.key()) + ". Återanvänder svaret därifrån.");
					log.audit(at, handler.username(), handler.fullName(), "ANTECKNING", null, null, null, false);
				}
			}
			if (happened(d.asked)) {
				version[0]++;
				String question = fill(
						pick(RequestHistoryTexts.QUESTIONS.getOrDefault(fn, RequestHistoryTexts.QUESTIONS.get("HR"))),
						vars);
				log.status(d.asked, handler.username(), handler.fullName(), RequestStatus.VANTAR);
				log.comment(d.asked, handler.username(), handler.fullName(), false, question);
			}
			if (happened(d.answered)) {
				version[0]++;
				log.comment(d.answered, req.username(), req.name(), false,
						fill(pick(RequestHistoryTexts.REQUESTER_ANSWERS), vars));
				log.audit(d.answered, req.username(), req.name(), "KOMMENTAR", null, null, null, true);
				log.status(d.answered, req.username(), req.name(), RequestStatus.PAGAR);
			}
			ZonedDateTime workEnd = d.resolved != null ? d.resolved : now;
			int entries = 1 + random.nextInt(Math.max(1, Math.min(5, s.slaWorkingHours() / 12 + 1)));
			if (d.resolved == null && chance(30)) {
				entries = 0;
			}
			List<String> activities = RequestHistoryTexts.ACTIVITIES.getOrDefault(fn, List.of("Handläggning"));
			for (int i = 0; i < entries; i++) {
				long span = Math.max(1, java.time.Duration.between(d.started, workEnd).toMinutes());
				ZonedDateTime at = d.started.plusMinutes((long) (random.nextDouble() * span));
				if (!happened(at)) {
					continue;
				}
				int minutes = new int[] { 15, 20, 30, 30, 45, 60, 60, 90, 120, 180, 240 }[random.nextInt(11)];
				String activity = pick(activities);
				time.add(new TimeEntry(nextId(), handler.username(), handler.fullName(), at.toLocalDate(), minutes,
						activity, at.toOffsetDateTime()));
				log.audit(at, handler.username(), handler.fullName(), "TID", "time", null,
						minutes + " min " + activity + " " + at.toLocalDate(), false);
			}
			int steps = s.checklist().size();
			int done = d.resolved != null ? steps : random.nextInt(steps + 1) * 2 / 3;
			for (int i = 0; i < steps; i++) {
				boolean tick = i < done;
				ZonedDateTime at = null;
				if (tick) {
					long span = Math.max(1, java.time.Duration.between(d.started, workEnd).toMinutes());
					at = d.started.plusMinutes(span * (i + 1) / (steps + 1));
					if (!happened(at)) {
						tick = false;
						at = null;
					}
					else {
						log.audit(at, handler.username(), handler.fullName(), "CHECKLISTA", "checklist", "ej klar",
								"klar: " + s.checklist().get(i), false);
					}
				}
				checklist.add(new ChecklistItem(nextId(), i + 1, s.checklist().get(i), tick,
						tick ? handler.fullName() : null, at == null ? null : at.toOffsetDateTime()));
			}
			if (happened(d.resolved)) {
				version[0]++;
				String solution = d.asked != null && d.answered == null
						? "Hej! Vi har inte fått svar på frågan ovan, så jag markerar ärendet som löst. Öppna det igen eller skicka ett nytt ärende om frågan finns kvar."
						: fill(pick(RequestHistoryTexts.SOLUTIONS.getOrDefault(fn,
								RequestHistoryTexts.SOLUTIONS.get("HR"))), vars);
				log.status(d.resolved, handler.username(), handler.fullName(), RequestStatus.LOST);
				log.comment(d.resolved, handler.username(), handler.fullName(), false, solution);
			}
			if (happened(d.confirmed)) {
				version[0]++;
				log.audit(d.confirmed, req.username(), req.name(), "BEKRAFTAD", "status", "LOST", "STANGD", true);
				status[0] = RequestStatus.STANGD;
				if (chance(20)) {
					log.comment(d.confirmed, req.username(), req.name(), false,
							pick(List.of("Tack!", "Tack för hjälpen!", "Toppen, tack.", "Perfekt, då är vi klara.")));
				}
			}
			if (happened(d.handlerClosed)) {
				version[0]++;
				log.status(d.handlerClosed, handler.username(), handler.fullName(), RequestStatus.STANGD);
				log.comment(d.handlerClosed, handler.username(), handler.fullName(), false,
						pick(RequestHistoryTexts.CLOSE_NOTES));
			}
		}
		else {
			for (int i = 0; i < s.checklist().size(); i++) {
				checklist.add(new ChecklistItem(nextId(), i + 1, s.checklist().get(i), false, null, null));
			}
		}
		Integer rating = null;
		String ratingComment = null;
		if (happened(d.rated) && (status[0] == RequestStatus.LOST || status[0] == RequestStatus.STANGD)) {
			rating = rating(d, due);
			if (chance(40)) {
				ratingComment = fill(pick(RequestHistoryTexts.RATING_COMMENTS.get(rating)), vars);
			}
			log.audit(d.rated, req.username(), req.name(), "BETYG", "rating", null, String.valueOf(rating), true);
		}
		audit.sort(Comparator.comparing(Audit::at));
		comments.sort(Comparator.comparing(Comment::at));
		List<String> followers = followers(d, requesters, clusterMembers);
		boolean resolvedNow = status[0] == RequestStatus.LOST || status[0] == RequestStatus.STANGD;
		return new GeneratedRequest(nextId(), d.number, d.functionCode, d.year, d.sequence, d.functionId, s.id(),
				s.nameSv(), s.formVersion(), s.competenceId(), s.confidential(), title, description, status[0],
				req.username(), req.name(), req.unitId(), req.forvaltningId(), req.forvaltningName(),
				handler == null ? null : handler.id(), handler == null ? null : handler.username(),
				handler == null ? null : handler.fullName(), d.created.toOffsetDateTime(),
				updated[0].toOffsetDateTime(), due.toOffsetDateTime(),
				resolvedNow ? d.resolved.toOffsetDateTime() : null,
				status[0] == RequestStatus.STANGD
						? (d.confirmed != null && happened(d.confirmed) ? d.confirmed : d.handlerClosed)
							.toOffsetDateTime()
						: null,
				rating, ratingComment, s.retentionMonths(), version[0], answers, List.copyOf(comments),
				List.copyOf(time), List.copyOf(checklist), List.copyOf(audit), followers,
				d.cluster == null ? null : d.cluster.key());
	}

	private int rating(Draft d, ZonedDateTime due) {
		boolean late = d.resolved.isAfter(due);
		int r = random.nextInt(100);
		if (late) {
			return r < 15 ? 5 : r < 45 ? 4 : r < 75 ? 3 : r < 92 ? 2 : 1;
		}
		return r < 55 ? 5 : r < 88 ? 4 : r < 97 ? 3 : 2;
	}

	private List<String> followers(Draft d, Map<UUID, List<Requester>> requesters,
			Map<String, List<Draft>> clusterMembers) {
		if (d.service.confidential()) {
			return List.of();
		}
		Set<String> result = new java.util.LinkedHashSet<>();
		if (chance(10)) {
			List<Requester> colleagues = requesters.getOrDefault(d.requester.forvaltningId(), List.of());
			for (int i = 0; i < 1 + random.nextInt(2) && !colleagues.isEmpty(); i++) {
				result.add(pick(colleagues).username());
			}
		}
		if (d.cluster != null && chance(40)) {
			for (Draft other : clusterMembers.get(d.cluster.key())) {
				if (other != d && other.created.isAfter(d.created)
						&& !other.requester.forvaltningId().equals(d.requester.forvaltningId()) && chance(50)) {
					result.add(other.requester.username());
				}
			}
		}
		result.remove(d.requester.username());
		return List.copyOf(result);
	}

	private StaffView lead(Input input, UUID functionId, StaffView fallback) {
		return input.staff()
			.getOrDefault(functionId, List.of())
			.stream()
			.filter(StaffView::lead)
			.findFirst()
			.orElse(fallback);
	}

	private StaffView colleague(Input input, UUID functionId, StaffView not) {
		List<StaffView> team = input.staff()
			.getOrDefault(functionId, List.of())
			.stream()
			.filter(s -> !s.equals(not))
			.toList();
		return team.isEmpty() ? not : pick(team);
	}

	private void audit(List<Audit> audit, ZonedDateTime at, String user, String name, String action, String field,
			String before, String after, boolean pub, int version) {
		audit.add(new Audit(nextId(), at.toOffsetDateTime(), user, name, action, field, before, after, pub, version));
	}

	// ---- words

	private Map<String, String> vars(Draft d, Input input) {
		Requester r = d.requester;
		Map<String, String> v = new LinkedHashMap<>();
		String[] name = r.name().split(" ", 2);
		v.put("first", name[0]);
		v.put("full", r.name());
		v.put("role", r.role().toLowerCase(SV));
		v.put("unit", r.unitName());
		v.put("forv", r.forvaltningName().toLowerCase(SV));
		v.put("phone",
				"0470-%02d %02d %02d".formatted(10 + random.nextInt(80), random.nextInt(100), random.nextInt(100)));
		v.put("contact", d.contact == null ? "" : d.contact.firstName());
		v.put("function", switch (d.functionCode) {
			case "EK" -> "Ekonomi";
			case "KOM" -> "Kommunikation";
			default -> d.functionCode;
		});
		String employee = EMPLOYEE_NAMES[random.nextInt(EMPLOYEE_NAMES.length)];
		v.put("name", employee);
		v.put("fullname", employee + " " + LAST[random.nextInt(LAST.length)]);
		v.put("position", pick(RequestHistoryTexts.POSITIONS.getOrDefault(r.forvaltningShortName(),
				RequestHistoryTexts.POSITIONS.get("KLF"))));
		LocalDate date = WorkingCalendar.isWorkingDay(d.created.toLocalDate().plusDays(7 + random.nextInt(50)))
				? d.created.toLocalDate().plusDays(7 + random.nextInt(50)) : d.created.toLocalDate().plusDays(14);
		v.put("isodate", date.toString());
		v.put("date", switch (random.nextInt(4)) {
			case 0 -> date.getDayOfMonth() + "/" + date.getMonthValue();
			case 1 -> "den " + date.getDayOfMonth() + " " + date.getMonth().getDisplayName(TextStyle.FULL, SV);
			case 2 -> date.toString();
			default -> date.getDayOfMonth() + " " + date.getMonth().getDisplayName(TextStyle.SHORT, SV);
		});
		LocalDate month = d.created.toLocalDate().minusMonths(random.nextInt(2));
		v.put("month", month.getMonth().getDisplayName(TextStyle.FULL, SV));
		v.put("monthiso", month.getYear() + "-%02d".formatted(month.getMonthValue()));
		v.put("year", String.valueOf(d.created.getYear()));
		v.put("prevyear", String.valueOf(d.created.getYear() - 1));
		v.put("nextyear", String.valueOf(d.created.getYear() + 1));
		int amount = switch (random.nextInt(3)) {
			case 0 -> 500 + random.nextInt(20_000);
			case 1 -> 20_000 + random.nextInt(400_000);
			default -> 400_000 + random.nextInt(4_000_000);
		};
		v.put("amountvalue", String.valueOf(amount));
		v.put("amount", String.format(Locale.ROOT, "%,d kr", amount).replace(',', ' '));
		v.put("supplier", pick(RequestHistoryTexts.SUPPLIERS));
		v.put("invoice", String.valueOf(1_000_000 + random.nextInt(8_999_999)));
		v.put("n", String.valueOf(2 + random.nextInt(5)));
		v.put("big", String.valueOf(50 + random.nextInt(30) * 50));
		v.put("pages", String.valueOf(1 + random.nextInt(24)));
		v.put("system", pick(RequestHistoryTexts.SYSTEMS.getOrDefault(d.functionCode, List.of("systemet"))));
		v.put("event", pick(RequestHistoryTexts.EVENTS));
		v.put("media", pick(RequestHistoryTexts.MEDIA));
		v.put("grant", pick(RequestHistoryTexts.GRANTS));
		v.put("object", pick(RequestHistoryTexts.OBJECTS));
		v.put("thing", pick(RequestHistoryTexts.THINGS));
		v.put("measure", pick(RequestHistoryTexts.MEASURES));
		v.put("topic", pick(RequestHistoryTexts.TOPICS));
		v.put("page", pick(RequestHistoryTexts.PAGES));
		StaffView contact = d.contact;
		v.put("colleague", contact == null ? "en kollega" : colleague(input, d.functionId, contact).firstName());
		v.put("assignee", contact == null ? "" : contact.firstName());
		return v;
	}

	private static String fill(String text, Map<String, String> vars) {
		String result = text;
		for (int pass = 0; pass < 2 && result.indexOf('{') >= 0; pass++) {
			for (Map.Entry<String, String> e : vars.entrySet()) {
				result = result.replace("{" + e.getKey() + "}", e.getValue());
			}
		}
		return result;
	}

	private String title(Draft d, Map<String, String> vars) {
		String title = fill(pick(d.kind.titles()), vars);
		int roll = random.nextInt(100);
		if (roll < 8) {
			title = title.substring(0, 1).toLowerCase(SV) + title.substring(1);
		}
		else if (roll < 12) {
			title = "Brådskande: " + title.substring(0, 1).toLowerCase(SV) + title.substring(1);
		}
		else if (roll < 17) {
			title = title + " – " + d.requester.unitName();
		}
		else if (roll < 20) {
			title = "Fråga: " + title.substring(0, 1).toLowerCase(SV) + title.substring(1);
		}
		else if (roll < 23) {
			title = title + "?";
		}
		return title.length() > 200 ? title.substring(0, 200) : title;
	}

	private String description(Draft d, String core, Map<String, String> vars) {
		int style = random.nextInt(100);
		boolean isShort = style < 30;
		boolean isLong = style >= 75;
		List<String> parts = new ArrayList<>();
		if (chance(isShort ? 40 : 80)) {
			String greeting = pick(RequestHistoryTexts.GREETINGS);
			if (greeting.contains("{contact}") && vars.get("contact").isEmpty()) {
				greeting = "Hej!";
			}
			parts.add(fill(greeting, vars));
		}
		StringBuilder body = new StringBuilder();
		if (!isShort && chance(isLong ? 75 : 35)) {
			body.append(fill(pick(RequestHistoryTexts.OPENERS), vars)).append(' ');
		}
		body.append(core);
		List<String> details = new ArrayList<>(d.kind.details());
		Collections.shuffle(details, random);
		int wantedDetails = isShort ? 0 : isLong ? 3 : (chance(70) ? 1 : 0);
		for (int i = 0; i < Math.min(wantedDetails, details.size()); i++) {
			body.append(' ').append(fill(details.get(i), vars));
		}
		parts.add(body.toString());
		if (isLong) {
			parts.add(fill(pick(List.of("Vi har haft liknande frågor tidigare men då gjorde vi på ett annat sätt.",
					"Jag har pratat med min chef och hen tycker också att vi ska ta hjälp av er.",
					"Bakgrunden är att vi har haft många förändringar på {unit} det senaste året.",
					"Det vore också bra att veta hur andra förvaltningar gör.",
					"Jag har läst rutinen men tycker inte att den svarar på just det här.")), vars));
		}
		if (chance(isShort ? 25 : isLong ? 85 : 55)) {
			parts.add(fill(pick(RequestHistoryTexts.CLOSINGS), vars));
		}
		if (chance(isShort ? 50 : 80)) {
			parts.add(fill(pick(RequestHistoryTexts.SIGNATURES), vars));
		}
		String text = String.join(chance(70) ? "\n\n" : "\n", parts);
		return roughen(text);
	}

	/** Real people's mails: a typo here, no capital letter there. */
	private String roughen(String text) {
		String result = text;
		if (chance(8)) {
			String[] words = result.split(" ");
			int i = random.nextInt(words.length);
			String w = words[i];
			if (w.length() > 5 && Character.isLetter(w.charAt(2)) && Character.isLetter(w.charAt(3))) {
				words[i] = w.substring(0, 2) + w.charAt(3) + w.charAt(2) + w.substring(4);
				result = String.join(" ", words);
			}
		}
		if (chance(5)) {
			result = result.substring(0, 1).toLowerCase(SV) + result.substring(1);
		}
		if (chance(4)) {
			result = result.replace("!", "!!");
		}
		if (chance(3)) {
			result = result.replace(". ", " ").replace(".\n", "\n");
		}
		return result;
	}

	private List<Answer> answers(Draft d, Map<String, String> vars, String core) {
		List<Answer> answers = new ArrayList<>();
		int position = 1;
		for (FormField field : d.service.fields()) {
			String value = null;
			if (field.required() || chance(65)) {
				value = answer(field, d, vars, core);
			}
			if (value != null && field.check(value).isPresent()) {
				value = field.required() ? fallback(field, vars) : null;
			}
			answers.add(new Answer(field.key(), position++, field.labelSv(), field.type().name(), value));
		}
		return answers;
	}

	private String answer(FormField field, Draft d, Map<String, String> vars, String core) {
		String preset = d.kind.answers().get(field.key());
		if ("fulltext".equals(preset)) {
			String sentence = core.split("(?<=[.?!])\\s")[0];
			return sentence.length() > 4000 ? sentence.substring(0, 4000) : sentence;
		}
		if (preset != null) {
			return fill(preset, vars);
		}
		return switch (field.type()) {
			case CHOICE -> pick(field.options());
			case YESNO -> switch (field.key()) {
				case "medarbetaren_informerad" -> chance(85) ? "ja" : "nej";
				case "bradskande" -> chance(20) ? "ja" : "nej";
				default -> chance(50) ? "ja" : "nej";
			};
			case DATE -> field.key().contains("sjuk")
					? d.created.toLocalDate().minusDays(10 + random.nextInt(60)).toString() : vars.get("isodate");
			case NUMBER -> switch (field.key()) {
				case "antal" -> String.valueOf(1 + random.nextInt(chance(80) ? 1 : 4));
				case "antal_berorda" -> vars.get("n");
				case "belopp", "varde" -> vars.get("amountvalue");
				case "besokare" -> vars.get("big");
				case "sidor" -> vars.get("pages");
				default -> vars.get("n");
			};
			case TEXT -> switch (field.key()) {
				case "befattning" -> capitalise(vars.get("position"));
				case "namn" -> vars.get("fullname");
				case "period" -> vars.get("month") + " " + vars.get("year");
				case "fakturanummer" -> vars.get("invoice");
				case "leverantor" -> vars.get("supplier");
				case "media" -> vars.get("media");
				case "deadline" -> pick(List.of("idag kl 15", "imorgon 12.00", "fredag", "så fort som möjligt"));
				case "sida", "adress" -> vars.get("page");
				case "evenemang" -> capitalise(fill(vars.get("event"), vars));
				case "objekt" -> capitalise(fill(vars.get("object"), vars));
				case "bidrag" -> vars.get("grant");
				default -> core.split("(?<=[.?!])\\s")[0];
			};
		};
	}

	private String fallback(FormField field, Map<String, String> vars) {
		return switch (field.type()) {
			case CHOICE -> field.options().getFirst();
			case YESNO -> "nej";
			case DATE -> vars.get("isodate");
			case NUMBER -> "1";
			case TEXT -> "Se beskrivningen";
		};
	}

	private static String capitalise(String s) {
		return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(SV) + s.substring(1);
	}

	// ---- small helpers

	private boolean happened(ZonedDateTime t) {
		return t != null && !t.isAfter(now);
	}

	private ZonedDateTime after(ZonedDateTime t, int workingHours) {
		return WorkingCalendar.addWorkingHours(t, workingHours).plusMinutes(random.nextInt(45));
	}

	private boolean chance(int percent) {
		return random.nextInt(100) < percent;
	}

	private <T> T pick(List<T> list) {
		return list.get(random.nextInt(list.size()));
	}

	private UUID nextId() {
		return UUID.nameUUIDFromBytes(("helhet-history:" + seed + ":" + ids++).getBytes(StandardCharsets.UTF_8));
	}

	static String ascii(String text) {
		return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replaceAll("[^a-z0-9-]", "");
	}

}
