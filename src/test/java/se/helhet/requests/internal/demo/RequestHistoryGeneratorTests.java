package se.helhet.requests.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.helhet.catalogue.FormField;
import se.helhet.catalogue.ServiceView;
import se.helhet.catalogue.internal.DemoCatalogueFixture;
import se.helhet.organisation.StaffView;
import se.helhet.organisation.StaffView.CompetenceLevel;
import se.helhet.organisation.UnitKind;
import se.helhet.organisation.UnitView;
import se.helhet.organisation.internal.demo.DemoMunicipality;
import se.helhet.organisation.internal.demo.DemoMunicipality.Generated;
import se.helhet.requests.RequestStatus;
import se.helhet.requests.WorkingCalendar;
import se.helhet.requests.internal.demo.RequestHistoryGenerator.GeneratedRequest;
import se.helhet.requests.internal.demo.RequestHistoryGenerator.History;
import se.helhet.requests.internal.demo.RequestHistoryGenerator.Input;
import se.helhet.requests.internal.demo.RequestHistoryGenerator.Requester;

/**
 * The request history at full demo size, generated from the demo municipality and
 * catalogue without Spring or a database.
 */
class RequestHistoryGeneratorTests {

	static final ZonedDateTime NOW = ZonedDateTime.of(2026, 5, 20, 10, 15, 0, 0, WorkingCalendar.STOCKHOLM);

	static final Clock CLOCK = Clock.fixed(NOW.toInstant(), WorkingCalendar.STOCKHOLM);

	static Input input;

	static History history;

	static List<GeneratedRequest> requests;

	static Map<UUID, ServiceView> services;

	static Map<UUID, StaffView> staff;

	@BeforeAll
	static void generate() {
		input = fixture(Map.of());
		history = new RequestHistoryGenerator(42, CLOCK).generate(input, 5000);
		requests = history.requests();
		services = input.services().stream().collect(Collectors.toMap(ServiceView::id, Function.identity()));
		staff = new HashMap<>();
		input.staff().values().forEach(list -> list.forEach(s -> staff.put(s.id(), s)));
	}

	@Test
	void generatesTheRequestedNumberOverTheLastYear() {
		assertThat(requests).hasSize(5000);
		assertThat(requests).allSatisfy(r -> {
			assertThat(r.createdAt()).isBefore(NOW.toOffsetDateTime());
			assertThat(r.createdAt()).isAfter(NOW.minusDays(366).toOffsetDateTime());
		});
		assertThat(requests.stream().map(GeneratedRequest::year).distinct()).containsExactlyInAnyOrder(2025, 2026);
	}

	@Test
	void theSameSeedGivesTheSameHistoryAndAnotherSeedAnother() {
		History again = new RequestHistoryGenerator(42, CLOCK).generate(fixture(Map.of()), 5000);
		assertThat(again).isEqualTo(history);
		History other = new RequestHistoryGenerator(43, CLOCK).generate(fixture(Map.of()), 5000);
		assertThat(other.requests().getFirst().description()).isNotEqualTo(requests.getFirst().description());
	}

	@Test
	void textsVaryTheWayRealPeopleWrite() {
		long titles = requests.stream().map(GeneratedRequest::title).distinct().count();
		long descriptions = requests.stream().map(GeneratedRequest::description).distinct().count();
		long openings = requests.stream().map(r -> firstSentence(r.description())).distinct().count();
		long lengths = requests.stream().map(r -> r.description().length() / 100).distinct().count();
		assertThat(titles).as("distinct titles").isGreaterThan(1500);
		assertThat(descriptions).as("distinct descriptions").isGreaterThan(4900);
		assertThat(openings).as("distinct first sentences").isGreaterThan(1250);
		assertThat(lengths).as("short and long mails").isGreaterThanOrEqualTo(4);
		assertThat(requests.stream().filter(r -> r.description().length() < 150).count()).isGreaterThan(250);
		assertThat(requests.stream().filter(r -> r.description().length() > 350).count()).isGreaterThan(100);
		assertThat(requests).allSatisfy(r -> {
			assertThat(r.title()).doesNotContain("{").isNotBlank().hasSizeLessThanOrEqualTo(200);
			assertThat(r.description()).doesNotContain("{", "}").isNotBlank();
			r.comments().forEach(c -> assertThat(c.body()).doesNotContain("{").isNotBlank());
		});
	}

	@Test
	void everyServiceAndFunctionAndManyForvaltningarAreUsed() {
		assertThat(requests.stream().map(GeneratedRequest::serviceId).collect(Collectors.toSet()))
			.containsExactlyInAnyOrderElementsOf(services.keySet());
		assertThat(requests.stream().map(GeneratedRequest::functionCode).distinct()).containsExactlyInAnyOrder("HR",
				"EK", "KOM");
		assertThat(requests.stream().map(GeneratedRequest::forvaltningId).distinct().count()).isEqualTo(8);
	}

	@Test
	void theSameQuestionArrivesFromSeveralForvaltningarWithinWeeks() {
		Map<String, List<GeneratedRequest>> clusters = requests.stream()
			.filter(r -> r.cluster() != null)
			.collect(Collectors.groupingBy(GeneratedRequest::cluster));
		assertThat(clusters).hasSizeGreaterThanOrEqualTo(6);
		clusters.forEach((key, members) -> {
			assertThat(members.stream().map(GeneratedRequest::forvaltningId).distinct().count()).as(key)
				.isGreaterThanOrEqualTo(3);
			assertThat(members.stream().map(GeneratedRequest::serviceId).distinct()).as(key).hasSize(1);
			OffsetDateTime first = members.stream()
				.map(GeneratedRequest::createdAt)
				.min(OffsetDateTime::compareTo)
				.get();
			OffsetDateTime last = members.stream()
				.map(GeneratedRequest::createdAt)
				.max(OffsetDateTime::compareTo)
				.get();
			assertThat(Duration.between(first, last).toDays()).as(key).isLessThanOrEqualTo(45);
			assertThat(members.stream().map(GeneratedRequest::description).distinct()).hasSameSizeAs(members);
		});
	}

	@Test
	void statusesAgreeWithTheirTimestamps() {
		assertThat(requests.stream().map(GeneratedRequest::status).collect(Collectors.toSet()))
			.isEqualTo(EnumSet.allOf(RequestStatus.class));
		OffsetDateTime now = NOW.toOffsetDateTime();
		for (GeneratedRequest r : requests) {
			assertThat(r.updatedAt()).as(r.number()).isAfterOrEqualTo(r.createdAt()).isBeforeOrEqualTo(now);
			assertThat(r.dueAt()).isEqualTo(WorkingCalendar
				.addWorkingHours(r.createdAt().toZonedDateTime(), services.get(r.serviceId()).slaWorkingHours())
				.toOffsetDateTime());
			switch (r.status()) {
				case STANGD -> {
					assertThat(r.resolvedAt()).as(r.number()).isAfterOrEqualTo(r.createdAt());
					assertThat(r.closedAt()).as(r.number()).isAfterOrEqualTo(r.resolvedAt()).isBeforeOrEqualTo(now);
				}
				case LOST -> {
					assertThat(r.resolvedAt()).as(r.number()).isAfterOrEqualTo(r.createdAt()).isBeforeOrEqualTo(now);
					assertThat(r.closedAt()).isNull();
				}
				default -> {
					assertThat(r.resolvedAt()).as(r.number()).isNull();
					assertThat(r.closedAt()).isNull();
					assertThat(r.rating()).isNull();
				}
			}
			if (r.status() == RequestStatus.NY) {
				assertThat(r.assigneeStaffId()).isNull();
			}
			else {
				assertThat(r.assigneeStaffId()).as(r.number()).isNotNull();
			}
			assertThat(r.audit().getFirst().action()).isEqualTo("SKAPAD");
			String lastStatus = r.audit()
				.stream()
				.filter(a -> "status".equals(a.field()))
				.reduce((a, b) -> b)
				.map(a -> a.after())
				.orElse(r.assigneeStaffId() == null ? "NY" : "TILLDELAD");
			assertThat(lastStatus).as(r.number()).isEqualTo(r.status().name());
			assertThat(r.audit()).allSatisfy(a -> assertThat(a.at()).isBeforeOrEqualTo(now));
			assertThat(r.comments()).allSatisfy(c -> assertThat(c.at()).isBeforeOrEqualTo(now));
			assertThat(r.timeEntries()).allSatisfy(t -> assertThat(t.date()).isBeforeOrEqualTo(now.toLocalDate()));
			if (r.rating() != null) {
				assertThat(r.rating()).isBetween(1, 5);
			}
			boolean handled = r.status() == RequestStatus.LOST || r.status() == RequestStatus.STANGD;
			assertThat(r.checklist()).allSatisfy(c -> {
				if (handled) {
					assertThat(c.done()).isTrue();
				}
				if (r.status() == RequestStatus.NY || r.status() == RequestStatus.TILLDELAD) {
					assertThat(c.done()).isFalse();
				}
			});
		}
		List<GeneratedRequest> old = requests.stream()
			.filter(r -> r.createdAt().isBefore(NOW.minusDays(60).toOffsetDateTime()))
			.toList();
		assertThat(old.stream().filter(r -> !r.status().name().matches("LOST|STANGD")).count())
			.isLessThan(old.size() / 50);
		List<GeneratedRequest> recent = requests.stream()
			.filter(r -> r.createdAt().isAfter(NOW.minusDays(3).toOffsetDateTime()))
			.toList();
		assertThat(recent.stream().filter(r -> r.resolvedAt() == null).count()).isGreaterThan(recent.size() / 2);
		assertThat(requests.stream().filter(r -> r.resolvedAt() == null && r.dueAt().isBefore(NOW.toOffsetDateTime())))
			.as("overdue open requests")
			.hasSizeGreaterThan(10);
		assertThat(requests.stream().filter(r -> r.rating() != null).count()).isGreaterThan(1000);
	}

	@Test
	void handledRequestsHaveCommentsAndTime() {
		List<GeneratedRequest> handled = requests.stream()
			.filter(r -> r.status() == RequestStatus.LOST || r.status() == RequestStatus.STANGD)
			.toList();
		assertThat(handled).allSatisfy(r -> assertThat(r.comments()).as(r.number()).isNotEmpty());
		assertThat(handled.stream().filter(r -> !r.timeEntries().isEmpty()).count())
			.isGreaterThan(handled.size() * 9 / 10);
		assertThat(requests.stream().flatMap(r -> r.comments().stream()).filter(c -> c.internal()).count())
			.isGreaterThan(300);
		assertThat(requests.stream()
			.filter(r -> r.comments().stream().anyMatch(c -> c.authorUsername().equals(r.requesterUsername())))
			.count()).as("requesters answer questions").isGreaterThan(500);
	}

	@Test
	void answersAreValidForTheirFields() {
		for (GeneratedRequest r : requests) {
			ServiceView service = services.get(r.serviceId());
			assertThat(r.answers()).hasSameSizeAs(service.fields());
			for (var answer : r.answers()) {
				FormField field = service.fields()
					.stream()
					.filter(f -> f.key().equals(answer.key()))
					.findFirst()
					.orElseThrow();
				assertThat(field.check(answer.value())).as(r.number() + " " + answer.key() + "=" + answer.value())
					.isEmpty();
			}
		}
	}

	@Test
	void numbersAreConsecutivePerFunctionAndYearInCreatedOrder() {
		assertThat(requests.stream().map(GeneratedRequest::number).distinct()).hasSize(requests.size());
		Map<String, Integer> expected = new LinkedHashMap<>();
		for (GeneratedRequest r : requests) {
			String key = r.functionCode() + " " + r.year();
			int next = expected.merge(key, 1, Integer::sum);
			assertThat(r.number()).isEqualTo("%s %d/%05d".formatted(r.functionCode(), r.year(), next));
			assertThat(r.createdAt().atZoneSameInstant(WorkingCalendar.STOCKHOLM).getYear()).isEqualTo(r.year());
		}
		assertThat(history.lastNumbers()).isEqualTo(expected);
		assertThat(expected).containsKeys("HR 2025", "HR 2026", "EK 2025", "EK 2026", "KOM 2025", "KOM 2026");
	}

	@Test
	void numbersContinueAfterThoseAlreadyTaken() {
		History after = new RequestHistoryGenerator(42, CLOCK).generate(fixture(Map.of("HR 2026", 40)), 300);
		GeneratedRequest firstHr2026 = after.requests()
			.stream()
			.filter(r -> r.functionCode().equals("HR") && r.year() == 2026)
			.findFirst()
			.orElseThrow();
		assertThat(firstHr2026.number()).isEqualTo("HR 2026/00041");
	}

	@Test
	void confidentialRequestsOnlyReachCompetentHandlers() {
		List<GeneratedRequest> confidential = requests.stream().filter(GeneratedRequest::confidential).toList();
		assertThat(confidential).hasSizeGreaterThan(100);
		for (GeneratedRequest r : confidential) {
			UUID competence = services.get(r.serviceId()).competenceId();
			Set<String> allowed = new HashSet<>();
			staff.values()
				.stream()
				.filter(s -> s.functionId().equals(r.functionId()) && (s.lead() || s.level(competence) > 0))
				.forEach(s -> allowed.add(s.fullName()));
			if (r.assigneeStaffId() != null) {
				assertThat(allowed).as(r.number()).contains(r.assigneeName());
			}
			assertThat(r.followers()).isEmpty();
			r.audit()
				.stream()
				.filter(a -> a.action().equals("TILLDELAD") && !a.after().startsWith("Funktionens kö"))
				.forEach(a -> assertThat(allowed).as(r.number() + " " + a.after())
					.anyMatch(name -> a.after().startsWith(name + " (")));
		}
	}

	@Test
	void theDemoAccountsHaveALivelyStart() {
		List<GeneratedRequest> own = requests.stream().filter(r -> r.requesterUsername().equals("bestallare")).toList();
		assertThat(own).hasSizeBetween(12, 15);
		assertThat(own.stream().map(GeneratedRequest::status).distinct().count()).isGreaterThanOrEqualTo(3);
		assertThat(own.stream().filter(r -> r.resolvedAt() == null).count()).isGreaterThanOrEqualTo(2);
		assertThat(own).allSatisfy(r -> assertThat(r.requesterName()).isEqualTo("Maria Lindholm"));
		List<GeneratedRequest> queue = requests.stream()
			.filter(r -> "handlaggare".equals(r.assigneeUsername()) && r.resolvedAt() == null)
			.toList();
		assertThat(queue).hasSizeBetween(10, 15);
		assertThat(queue.stream().filter(r -> r.dueAt().isBefore(NOW.toOffsetDateTime()))).isNotEmpty();
		assertThat(requests.stream().filter(r -> "handlaggare".equals(r.assigneeUsername()) && r.closedAt() != null))
			.hasSizeGreaterThan(50);
	}

	private static String firstSentence(String description) {
		String text = description.strip();
		String[] lines = text.split("\n");
		if (lines.length > 1 && lines[0].length() < 25) {
			text = text.substring(lines[0].length()).strip();
		}
		int end = text.length();
		for (char c : new char[] { '.', '?', '!', '\n' }) {
			int i = text.indexOf(c);
			if (i > 0 && i < end) {
				end = i;
			}
		}
		return text.substring(0, end).toLowerCase();
	}

	static Input fixture(Map<String, Integer> taken) {
		Generated org = new DemoMunicipality(20261128L, 1).generate();
		List<UnitView> units = org.units()
			.stream()
			.map(u -> new UnitView(u.id(), UnitKind.valueOf(u.kind()), u.name(), u.shortName(), u.parentId(),
					u.ordersCentralServices(), u.description(), 0))
			.toList();
		Map<UUID, String> competenceNames = new HashMap<>();
		Map<String, UUID> functions = new LinkedHashMap<>();
		org.functions().forEach(f -> {
			functions.put(f.shortName(), f.id());
			f.competences().forEach((name, id) -> competenceNames.put(id, name));
		});
		UUID ubf = org.unitNamed("Utbildningsförvaltningen").id();
		UUID hr = org.functionWithShortName("HR").id();
		UUID handler = org.contacts()
			.stream()
			.filter(c -> c.forvaltningId().equals(ubf) && c.functionId().equals(hr))
			.findFirst()
			.orElseThrow()
			.staffId();
		Map<UUID, StaffView> byId = new LinkedHashMap<>();
		Map<UUID, List<StaffView>> staff = new LinkedHashMap<>();
		for (var s : org.staff()) {
			List<CompetenceLevel> levels = new ArrayList<>();
			s.competences().forEach((id, level) -> levels.add(new CompetenceLevel(id, competenceNames.get(id), level)));
			StaffView view = new StaffView(s.id(), s.functionId(), s.firstName(), s.lastName(), s.email(), s.phone(),
					s.professionId(), s.profession(), s.specialist(), s.weeklyCapacityHours(),
					s.id().equals(handler) ? "handlaggare" : s.username(), s.lead(), levels, 0);
			byId.put(s.id(), view);
			staff.computeIfAbsent(s.functionId(), k -> new ArrayList<>()).add(view);
		}
		Map<UUID, Map<UUID, StaffView>> contacts = new LinkedHashMap<>();
		org.contacts()
			.forEach(c -> contacts.computeIfAbsent(c.forvaltningId(), k -> new LinkedHashMap<>())
				.put(c.functionId(), byId.get(c.staffId())));
		List<ServiceView> services = DemoCatalogueFixture.services(functions,
				(function, name) -> org.functions()
					.stream()
					.filter(f -> f.id().equals(function))
					.findFirst()
					.map(f -> f.competences().get(name))
					.orElse(null));
		var school = org.unitNamed("Norrängsskolan");
		Requester demo = new Requester("bestallare", "Maria Lindholm", "Rektor", school.id(), school.name(), ubf,
				"Utbildningsförvaltningen", "UBF");
		return new Input(units, staff, contacts, services, demo, "handlaggare", taken);
	}

}
