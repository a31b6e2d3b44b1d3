package se.helhet.requests.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.helhet.catalogue.Catalogue;
import se.helhet.organisation.Organisation;
import se.helhet.organisation.StaffView;
import se.helhet.platform.Accounts;
import se.helhet.platform.CurrentUser;
import se.helhet.platform.Role;
import se.helhet.requests.RequestFixtures;
import se.helhet.requests.RequestSummary;
import se.helhet.requests.RequestView;
import se.helhet.requests.Requests.ListPage;
import se.helhet.requests.Requests.Queue;
import se.helhet.requests.Requests.RequestQuery;
import se.helhet.requests.Requests.Sort;
import se.helhet.requests.internal.RequestVisibility.Condition;
import se.helhet.requests.internal.RequestVisibility.Facts;
import se.helhet.testsupport.HelhetIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The visibility rule is written twice: as a check on one request
 * (RequestVisibility.canSee) and as SQL for lists (RequestVisibility.sql). Over a set of
 * requests filed here, confidential and not, in all three functions and from several
 * förvaltningar, with assignees and followers, both forms must agree for every demo
 * account and for the central staff whose competences make a difference.
 */
@HelhetIntegrationTest
class RequestVisibilitySqlIntegrationTests {

	@Autowired
	RequestService requests;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Organisation organisation;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	RequestFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new RequestFixtures(catalogue, organisation, accounts, requests);
	}

	@Test
	void sqlFormReturnsExactlyTheRequestsTheJavaCheckAllowsForEveryAccount() {
		Scenario scenario = fileRequests();

		for (String username : scenario.viewers()) {
			CurrentUser user = fixtures.user(username);
			Viewer viewer = requests.viewer(user);

			Set<UUID> byJava = scenario.ids()
				.stream()
				.filter(id -> RequestVisibility.canSee(facts(id, viewer), viewer))
				.collect(Collectors.toCollection(LinkedHashSet::new));
			Set<UUID> bySql = visibleBySql(viewer, scenario.ids());

			assertThat(bySql).as("SQL and Java disagree for %s", username).containsExactlyInAnyOrderElementsOf(byJava);
			assertThat(scenario.ids().stream().filter(id -> requests.find(id, user).isPresent()))
				.as("find() for %s", username)
				.containsExactlyInAnyOrderElementsOf(byJava);
			assertThat(listedIds(user, scenario.ids())).as("list(ALL) for %s", username)
				.containsExactlyInAnyOrderElementsOf(byJava);
		}
	}

	@Test
	void bothFormsGiveTheExpectedAnswersForTheConfidentialAndOrdinaryRequestsOfTheScenario() {
		Scenario s = fileRequests();

		// spot checks of the rule itself on the real data, so the two forms cannot agree
		// on
		// something wrong
		assertThat(visible("bestallare", s)).containsExactlyInAnyOrder(s.rehab(), s.personal(), s.salary(), s.budget(),
				s.social());
		assertThat(visible(s.hrWithoutRehab(), s)).contains(s.salary(), s.budget(), s.facklig(), s.tekniska())
			.doesNotContain(s.rehab(), s.rehabFromEk());
		assertThat(visible(s.hrWithRehab(), s)).contains(s.rehab(), s.rehabFromEk()).doesNotContain(s.personal());
		assertThat(visible(s.personalAssignee(), s)).contains(s.personal());
		assertThat(visible("hr-chef", s)).contains(s.rehab(), s.personal(), s.rehabFromEk(), s.budget());
		assertThat(visible("ekonomichef", s)).contains(s.salary(), s.budget())
			.as("a confidential HR request filed by one of the lead's own staff")
			.doesNotContain(s.rehab(), s.personal(), s.rehabFromEk());
		assertThat(visible("forvaltningschef", s)).contains(s.salary(), s.budget(), s.social())
			.doesNotContain(s.rehab(), s.personal(), s.facklig(), s.tekniska());
		assertThat(visible(s.omsorgschef(), s)).contains(s.facklig())
			.doesNotContain(s.salary(), s.rehab(), s.tekniska());
		assertThat(visible("kommundirektor", s)).contains(s.salary(), s.facklig(), s.tekniska())
			.doesNotContain(s.rehab(), s.personal(), s.rehabFromEk());
		assertThat(visible("admin", s)).containsExactly(s.social());
		assertThat(visible("facklig", s)).containsExactlyInAnyOrder(s.facklig(), s.salary());
		assertThat(visible(s.tekniskaRequester(), s)).containsExactly(s.tekniska());
	}

	private Set<UUID> visible(String username, Scenario scenario) {
		CurrentUser user = fixtures.user(username);
		Viewer viewer = requests.viewer(user);
		Set<UUID> bySql = visibleBySql(viewer, scenario.ids());
		assertThat(bySql).as("SQL and Java disagree for %s", username)
			.containsExactlyInAnyOrderElementsOf(
					scenario.ids().stream().filter(id -> RequestVisibility.canSee(facts(id, viewer), viewer)).toList());
		return bySql;
	}

	/**
	 * Files the scenario's requests; each call files new ones, so the tests do not depend
	 * on each other.
	 */
	private Scenario fileRequests() {
		String suffix = Long.toString(System.nanoTime(), 36);
		UUID tf = fixtures.unit("Tekniska förvaltningen").id();
		UUID omf = fixtures.unit("Omsorgsförvaltningen").id();
		String tekniskaRequester = "vis-tf-" + suffix;
		fixtures.person(tekniskaRequester, "Tove Tekniker", fixtures.unit("Gata och park").id());
		String omsorgschef = "vis-omf-chef-" + suffix;
		fixtures.person(omsorgschef, "Olle Omsorgschef", omf, Role.ADMINISTRATION_LEAD, Role.REQUESTER);

		UUID hr = fixtures.function("HR").id();
		UUID rehabCompetence = fixtures.competence("HR", "Rehabilitering");
		UUID labourLaw = fixtures.competence("HR", "Arbetsrätt");
		List<StaffView> hrStaff = organisation.staff(hr);
		String hrWithoutRehab = hrStaff.stream()
			.filter(st -> !st.lead() && st.username() != null && st.level(rehabCompetence) == 0
					&& st.level(labourLaw) == 0)
			.findFirst()
			.orElseThrow()
			.username();
		String hrWithRehab = hrStaff.stream()
			.filter(st -> !st.lead() && st.username() != null && st.level(rehabCompetence) > 0
					&& st.level(labourLaw) == 0 && !st.username().equals("handlaggare"))
			.findFirst()
			.orElseThrow()
			.username();
		StaffView labourLawyer = hrStaff.stream()
			.filter(st -> !st.lead() && st.username() != null && st.level(labourLaw) > 0
					&& st.level(rehabCompetence) == 0)
			.findFirst()
			.orElseThrow();
		String controller = organisation.staff(fixtures.function("EK").id())
			.stream()
			.filter(st -> !st.lead() && st.username() != null)
			.findFirst()
			.orElseThrow()
			.username();

		RequestView rehab = fixtures.submit("bestallare", "Rehabilitering", "Upprepad korttidsfrånvaro " + suffix);
		RequestView personal = fixtures.submit("bestallare", "Personalärende", "Misstänkt trakasseri " + suffix);
		RequestView salary = fixtures.submit("bestallare", "Lönerevision och lönesättning", "Lönekriterier " + suffix);
		RequestView budget = fixtures.submit("bestallare", "Budgetarbete", "Budget 2027 " + suffix);
		RequestView social = fixtures.submit("bestallare", "Sociala medier", "Skolans Instagram " + suffix);
		RequestView facklig = fixtures.submit("facklig", "Arbetsmiljö", "Skyddsrond i hemtjänsten " + suffix);
		RequestView tekniska = fixtures.submit(tekniskaRequester, "Internkontroll", "Kontroll av fordon " + suffix);
		RequestView rehabFromEk = fixtures.submit(controller, "Rehabilitering", "Rehabilitering på EK " + suffix);
		RequestView directorsOwn = fixtures.submit("kommundirektor", "Kommunikationsplan", "Omorganisation " + suffix);

		CurrentUser hrLead = fixtures.user("hr-chef");
		// the personnel matter goes to a labour lawyer; the salary request back to the
		// queue
		requests.assign(personal.id(), labourLawyer.id(), "Arbetsrättslig kompetens",
				requests.find(personal.id(), hrLead).orElseThrow().version(), hrLead);
		requests.assign(salary.id(), null, "Semester", requests.find(salary.id(), hrLead).orElseThrow().version(),
				hrLead);
		// followers: facklig follows an ordinary and a confidential request (the latter
		// must
		// not count), admin follows an ordinary one
		follow(salary.id(), "facklig");
		follow(rehab.id(), "facklig");
		follow(social.id(), "admin");
		follow(personal.id(), "admin");

		List<UUID> ids = List.of(rehab.id(), personal.id(), salary.id(), budget.id(), social.id(), facklig.id(),
				tekniska.id(), rehabFromEk.id(), directorsOwn.id());
		List<String> viewers = new ArrayList<>(List.of("admin", "bestallare", "handlaggare", "hr-chef", "ekonomichef",
				"kommunikationschef", "forvaltningschef", "kommundirektor", "redaktor", "facklig"));
		viewers.addAll(List.of(hrWithoutRehab, hrWithRehab, labourLawyer.username(), controller, tekniskaRequester,
				omsorgschef));
		return new Scenario(ids, viewers, rehab.id(), personal.id(), salary.id(), budget.id(), social.id(),
				facklig.id(), tekniska.id(), rehabFromEk.id(), hrWithoutRehab, hrWithRehab, labourLawyer.username(),
				tekniskaRequester, omsorgschef);
	}

	private void follow(UUID requestId, String username) {
		jdbc.sql("insert into req_follower (request_id, username) values (?, ?)").params(requestId, username).update();
	}

	/** The facts the Java check looks at, read from the row as the service reads them. */
	private Facts facts(UUID id, Viewer viewer) {
		return jdbc.sql("""
				select requester_username, function_id, confidential, assignee_staff_id, competence_id, forvaltning_id,
				 (select count(*) from req_follower f where f.request_id = r.id and f.username = ?) as follows
				from req_request r where r.id = ?""")
			.params(viewer.username(), id)
			.query((rs, n) -> new Facts(rs.getString("requester_username"), rs.getObject("function_id", UUID.class),
					rs.getBoolean("confidential"), rs.getObject("assignee_staff_id", UUID.class),
					rs.getObject("competence_id", UUID.class), rs.getObject("forvaltning_id", UUID.class),
					!rs.getBoolean("confidential") && rs.getInt("follows") > 0))
			.single();
	}

	private Set<UUID> visibleBySql(Viewer viewer, List<UUID> ids) {
		Condition condition = RequestVisibility.sql(viewer);
		List<Object> params = new ArrayList<>(condition.params());
		params.addAll(ids);
		String in = ids.stream().map(id -> "?").collect(Collectors.joining(", "));
		return new LinkedHashSet<>(
				jdbc.sql("select r.id from req_request r where " + condition.sql() + " and r.id in (" + in + ")")
					.params(params)
					.query(UUID.class)
					.list());
	}

	private Set<UUID> listedIds(CurrentUser user, List<UUID> ids) {
		Set<UUID> listed = new LinkedHashSet<>();
		for (int page = 0;; page++) {
			ListPage result = requests
				.list(new RequestQuery(Queue.ALL, null, null, null, Sort.CREATED, true, page, 200), user);
			result.rows().stream().map(RequestSummary::id).filter(ids::contains).forEach(listed::add);
			if (page + 1 >= result.pages()) {
				return listed;
			}
		}
	}

	record Scenario(List<UUID> ids, List<String> viewers, UUID rehab, UUID personal, UUID salary, UUID budget,
			UUID social, UUID facklig, UUID tekniska, UUID rehabFromEk, String hrWithoutRehab, String hrWithRehab,
			String personalAssignee, String tekniskaRequester, String omsorgschef) {
	}

}
