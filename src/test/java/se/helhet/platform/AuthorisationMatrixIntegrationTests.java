package se.helhet.platform;

import java.lang.reflect.Method;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import se.helhet.testsupport.HelhetIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static se.helhet.platform.Role.ADMIN;
import static se.helhet.platform.Role.ADMINISTRATION_LEAD;
import static se.helhet.platform.Role.EDITOR;
import static se.helhet.platform.Role.FUNCTION_LEAD;
import static se.helhet.platform.Role.GROUP_LEAD;
import static se.helhet.platform.Role.HANDLER;
import static se.helhet.platform.Role.REQUESTER;
import static se.helhet.platform.Role.UNION_REP;

/**
 * Who may use which endpoint, written out by hand, and checked against the running
 * application: every endpoint Spring MVC knows must have a rule here, every handler
 * method must carry {@code @PreAuthorize}, and every endpoint is called with every demo
 * account and anonymously.
 * <p>
 * Calls that are allowed send input the application refuses (400, or the form again with
 * its errors) or that changes nothing, because all tests share one database.
 */
@HelhetIntegrationTest
class AuthorisationMatrixIntegrationTests {

	/**
	 * The demo accounts and their roles;
	 * {@link #demoAccountsHaveTheRolesTheMatrixAssumes} checks them.
	 */
	private static final Map<String, Set<Role>> ACCOUNTS = accounts();

	private static final String ANONYMOUS = "anonym";

	private static final Access PUBLIC = new Access(true, false, Set.of(), Set.of(), false);

	private static final Access ANY_AUTHENTICATED = new Access(false, true, Set.of(), Set.of(), false);

	/**
	 * Anyone logged in reaches the endpoint, and the object itself decides: a request the
	 * caller may not see answers 404 as if it did not exist (proved per role in the
	 * requests' confidentiality tests). Walked with an id that does not exist.
	 */
	private static final Access PER_OBJECT = new Access(false, true, Set.of(), Set.of(), true);

	/**
	 * The central functions' staff, their leads and the administrator reach the endpoint,
	 * and the object decides: an absence of another function answers 404. Walked with an
	 * id that does not exist.
	 */
	private static final Access STAFF_PER_OBJECT = new Access(false, false, Set.of(HANDLER, FUNCTION_LEAD, ADMIN),
			Set.of(), true);

	/**
	 * Function leads and the administrator reach the endpoint, and the object decides:
	 * one of another function answers 404. Walked with an id that does not exist.
	 */
	private static final Access LEAD_PER_OBJECT = new Access(false, false, Set.of(FUNCTION_LEAD, ADMIN), Set.of(),
			true);

	/**
	 * The administrator, and the lead of the function that owns the sample service (HR).
	 */
	private static final Access HR_LEAD_OR_ADMIN = new Access(false, false, Set.of(ADMIN), Set.of("hr-chef"), false);

	/** The events editors, the administrator and the head of communications. */
	private static final Access EVENT_EDITORS = new Access(false, false, Set.of(EDITOR, ADMIN),
			Set.of("kommunikationschef"), false);

	/** Everyone reaches the endpoint, and the object decides: an unknown one is 404. */
	private static final Access PUBLIC_PER_OBJECT = new Access(true, false, Set.of(), Set.of(), true);

	/**
	 * The events editors, the administrator and the head of communications reach the
	 * endpoint, and the object decides. Walked with an id that does not exist.
	 */
	private static final Access EVENT_EDITORS_PER_OBJECT = new Access(false, false, Set.of(EDITOR, ADMIN),
			Set.of("kommunikationschef"), true);

	/**
	 * The matrix. A new endpoint fails the build until it has a line here; a line for an
	 * endpoint that no longer exists fails it too. {@code *} is a mapping without an HTTP
	 * method.
	 */
	private static final List<Rule> MATRIX = List.of(
			// Platform: public pages
			rule("GET", "/login", PUBLIC), rule("GET", "/tillganglighet", PUBLIC), rule("*", "/error", PUBLIC),
			// Platform: everyone who is logged in
			rule("GET", "/", ANY_AUTHENTICATED), rule("GET", "/profil", ANY_AUTHENTICATED),
			rule("POST", "/profil/tokens", ANY_AUTHENTICATED).body("name="),
			rule("POST", "/profil/tokens/{id}/aterkalla", ANY_AUTHENTICATED).id(Sample.UNKNOWN),
			rule("POST", "/profil/losenord", ANY_AUTHENTICATED).body("current=&next=&repeat="),
			rule("GET", "/api/v1/me", ANY_AUTHENTICATED),
			// Platform: the administrator's outbox of e-mails
			rule("GET", "/admin/utkorg", roles(ADMIN)),
			// Organisation: the administrator's pages
			rule("GET", "/organisation", roles(ADMIN)), rule("GET", "/organisation/koncern", roles(ADMIN)),
			rule("POST", "/organisation/koncern", roles(ADMIN)).body("name=&municipalityName=&orgNumber=&version="),
			rule("GET", "/organisation/enheter/ny", roles(ADMIN)),
			rule("POST", "/organisation/enheter", roles(ADMIN)).body("kind=UNIT&name=&parentId="),
			rule("GET", "/organisation/enheter/{id}", roles(ADMIN)).id(Sample.UNIT),
			rule("POST", "/organisation/enheter/{id}", roles(ADMIN)).id(Sample.UNIT).body("kind=UNIT&name=&version="),
			rule("GET", "/organisation/personal", roles(ADMIN)), rule("GET", "/organisation/personal/ny", roles(ADMIN)),
			rule("POST", "/organisation/personal", roles(ADMIN))
				.body("firstName=&lastName=&weeklyCapacityHours=sjuttio"),
			rule("GET", "/organisation/personal/{id}", roles(ADMIN)).id(Sample.STAFF),
			rule("POST", "/organisation/personal/{id}", roles(ADMIN)).id(Sample.STAFF)
				.body("firstName=&lastName=&weeklyCapacityHours=sjuttio"),
			rule("GET", "/organisation/kontakter", roles(ADMIN)),
			// No contact fields: the administrator's call is saved without changing
			// anything
			rule("POST", "/organisation/kontakter", roles(ADMIN)).body(""),
			rule("GET", "/organisation/kompetenser", roles(ADMIN)),
			rule("POST", "/organisation/kompetenser", roles(ADMIN)).body("what=competence&name="),
			// Organisation: the API
			rule("GET", "/api/v1/organisation/units", ANY_AUTHENTICATED),
			rule("GET", "/api/v1/organisation/units/{id}", ANY_AUTHENTICATED).id(Sample.UNIT),
			rule("POST", "/api/v1/organisation/units", roles(ADMIN)).body("{}"),
			rule("PUT", "/api/v1/organisation/units/{id}", roles(ADMIN)).id(Sample.UNIT).body("{}"),
			rule("GET", "/api/v1/organisation/staff", ANY_AUTHENTICATED),
			// Organisation: absences; the staff of the central functions, their leads and
			// the administrator
			rule("GET", "/franvaro", roles(HANDLER, FUNCTION_LEAD, ADMIN)),
			rule("POST", "/franvaro", roles(HANDLER, FUNCTION_LEAD, ADMIN)).body("kind=&from=&to="),
			rule("POST", "/franvaro/{id}/ta-bort", STAFF_PER_OBJECT).id(Sample.UNKNOWN).body("version=0"),
			rule("GET", "/franvaro/{id}/andra", STAFF_PER_OBJECT).id(Sample.UNKNOWN),
			rule("POST", "/franvaro/{id}/andra", STAFF_PER_OBJECT).id(Sample.UNKNOWN).body("kind=&from=&to=&version=0"),
			rule("GET", "/franvaro/kalender", roles(HANDLER, FUNCTION_LEAD, ADMIN)),
			rule("GET", "/franvaro/import", roles(FUNCTION_LEAD, ADMIN)),
			rule("POST", "/franvaro/import", roles(FUNCTION_LEAD, ADMIN)).body("csv="),
			rule("GET", "/api/v1/absences", roles(HANDLER, FUNCTION_LEAD, ADMIN)),
			rule("POST", "/api/v1/absences", roles(HANDLER, FUNCTION_LEAD, ADMIN)).body("{}"),
			rule("GET", "/api/v1/absences/{id}", STAFF_PER_OBJECT).id(Sample.UNKNOWN),
			rule("PUT", "/api/v1/absences/{id}", STAFF_PER_OBJECT).id(Sample.UNKNOWN).body("{}"),
			rule("DELETE", "/api/v1/absences/{id}", STAFF_PER_OBJECT).id(Sample.UNKNOWN),
			rule("POST", "/api/v1/absences/import", roles(FUNCTION_LEAD, ADMIN)).body("{}"),
			// Routing: the lead's workload and weights of assignment at intake
			rule("GET", "/tilldelning", roles(FUNCTION_LEAD, ADMIN)),
			rule("POST", "/tilldelning/vikter", roles(FUNCTION_LEAD, ADMIN)).body("contact="),
			rule("GET", "/tilldelning/overlamningar", roles(FUNCTION_LEAD, ADMIN)),
			rule("POST", "/tilldelning/overlamningar/{absenceId}/tillbaka", LEAD_PER_OBJECT).id(Sample.UNKNOWN),
			// Routing: the lead's coverage forecast and single-person dependencies (they
			// name people, so not the team)
			rule("GET", "/tilldelning/tackning", roles(FUNCTION_LEAD, ADMIN)),
			rule("GET", "/api/v1/coverage", roles(FUNCTION_LEAD, ADMIN)),
			// Routing: rebalancing; a job of another function (or none) answers 404
			rule("GET", "/tilldelning/omfordelning", roles(FUNCTION_LEAD, ADMIN)),
			rule("POST", "/tilldelning/omfordelning", roles(FUNCTION_LEAD, ADMIN)).body("funktion=inte-ett-id"),
			rule("GET", "/tilldelning/omfordelning/{jobId}", LEAD_PER_OBJECT),
			rule("POST", "/tilldelning/omfordelning/{jobId}/godkann", LEAD_PER_OBJECT).body("requestIds="),
			rule("POST", "/api/v1/routing/rebalance", roles(FUNCTION_LEAD, ADMIN)).body("{\"functionId\":\"x\"}"),
			rule("GET", "/api/v1/routing/rebalance/{jobId}", LEAD_PER_OBJECT),
			rule("GET", "/api/v1/routing/rebalance/{jobId}/proposal", LEAD_PER_OBJECT),
			rule("POST", "/api/v1/routing/rebalance/{jobId}/accept", LEAD_PER_OBJECT).body("{}"),
			// catalogue
			rule("GET", "/katalog", ANY_AUTHENTICATED),
			rule("GET", "/katalog/{id}", ANY_AUTHENTICATED).id(Sample.SERVICE),
			rule("GET", "/katalog/ny", roles(FUNCTION_LEAD, ADMIN)),
			rule("POST", "/katalog", roles(FUNCTION_LEAD, ADMIN)).body("functionId=&nameSv="),
			rule("GET", "/katalog/{id}/redigera", HR_LEAD_OR_ADMIN).id(Sample.SERVICE),
			rule("POST", "/katalog/{id}", HR_LEAD_OR_ADMIN).id(Sample.SERVICE).body("nameSv=&version="),
			rule("GET", "/api/v1/services", ANY_AUTHENTICATED),
			rule("GET", "/api/v1/services/{id}", ANY_AUTHENTICATED).id(Sample.SERVICE),
			// knowledge: published articles for everyone, the article decides (a draft or
			// a
			// function-only article is 404 outside its function); the staff write, leads
			// and
			// owners publish
			rule("GET", "/kunskap", ANY_AUTHENTICATED),
			rule("GET", "/kunskap/artiklar/{id}", PER_OBJECT).id(Sample.UNKNOWN),
			rule("POST", "/kunskap/artiklar/{id}/hjalpsam", PER_OBJECT).id(Sample.UNKNOWN).body("helpful=true"),
			rule("GET", "/kunskap/artiklar/ny", roles(HANDLER, FUNCTION_LEAD, ADMIN)),
			rule("POST", "/kunskap/artiklar/fran-arende/{requestId}", STAFF_PER_OBJECT),
			rule("POST", "/kunskap/artiklar", roles(HANDLER, FUNCTION_LEAD, ADMIN)).body("title=&body="),
			rule("GET", "/kunskap/artiklar/{id}/andra", STAFF_PER_OBJECT).id(Sample.UNKNOWN),
			rule("POST", "/kunskap/artiklar/{id}/andra", STAFF_PER_OBJECT).id(Sample.UNKNOWN).body("title=&version=0"),
			rule("POST", "/kunskap/artiklar/{id}/status", STAFF_PER_OBJECT).id(Sample.UNKNOWN)
				.body("status=PUBLICERAD&version=0"),
			rule("GET", "/api/v1/articles", ANY_AUTHENTICATED),
			rule("POST", "/api/v1/articles", roles(HANDLER, FUNCTION_LEAD, ADMIN)).body("{}"),
			rule("GET", "/api/v1/articles/{id}", PER_OBJECT).id(Sample.UNKNOWN),
			rule("PUT", "/api/v1/articles/{id}", STAFF_PER_OBJECT).id(Sample.UNKNOWN).body("{}"),
			rule("POST", "/api/v1/articles/{id}/status", STAFF_PER_OBJECT).id(Sample.UNKNOWN)
				.body("{\"status\":\"PUBLICERAD\"}"),
			rule("POST", "/api/v1/articles/{id}/feedback", PER_OBJECT).id(Sample.UNKNOWN).body("{\"helpful\":true}"),
			// knowledge: governing documents are read by everyone; the function's lead
			// adds
			// documents and versions
			rule("GET", "/kunskap/styrdokument", ANY_AUTHENTICATED),
			rule("GET", "/kunskap/styrdokument/{id}", PER_OBJECT).id(Sample.UNKNOWN),
			rule("GET", "/kunskap/styrdokument/{id}/versioner/{number}", PER_OBJECT).id(Sample.UNKNOWN),
			rule("GET", "/kunskap/styrdokument/ny", roles(FUNCTION_LEAD, ADMIN)),
			rule("POST", "/kunskap/styrdokument", roles(FUNCTION_LEAD, ADMIN)).body("title="),
			rule("GET", "/kunskap/styrdokument/{id}/ny-version", LEAD_PER_OBJECT).id(Sample.UNKNOWN),
			rule("POST", "/kunskap/styrdokument/{id}/ny-version", LEAD_PER_OBJECT).id(Sample.UNKNOWN)
				.body("body=&version=0"),
			rule("GET", "/api/v1/documents", ANY_AUTHENTICATED),
			rule("POST", "/api/v1/documents", roles(FUNCTION_LEAD, ADMIN)).body("{}"),
			rule("GET", "/api/v1/documents/{id}", PER_OBJECT).id(Sample.UNKNOWN),
			rule("GET", "/api/v1/documents/{id}/versions", PER_OBJECT).id(Sample.UNKNOWN),
			rule("GET", "/api/v1/documents/{id}/versions/{number}", PER_OBJECT).id(Sample.UNKNOWN),
			rule("POST", "/api/v1/documents/{id}/versions", LEAD_PER_OBJECT).id(Sample.UNKNOWN).body("{}"),
			// Search: the box and its API answer everyone logged in with what they may
			// see;
			// the suggestions decide per object; a lead keeps the function's synonyms;
			// the
			// administrator rebuilds the index (a rebuild changes no data)
			rule("GET", "/sok", ANY_AUTHENTICATED), rule("GET", "/kunskap/forslag", ANY_AUTHENTICATED),
			rule("POST", "/kunskap/forslag/hjalpte", PER_OBJECT)
				.body("typ=ARTICLE&id=00000000-0000-0000-0000-000000000000"),
			rule("GET", "/kunskap/liknande/{requestId}", STAFF_PER_OBJECT).id(Sample.UNKNOWN),
			rule("GET", "/kunskap/synonymer", roles(FUNCTION_LEAD, ADMIN)),
			rule("POST", "/kunskap/synonymer", roles(FUNCTION_LEAD, ADMIN)).body("one=&other="),
			rule("POST", "/kunskap/synonymer/{id}/ta-bort", LEAD_PER_OBJECT).id(Sample.UNKNOWN),
			rule("GET", "/kunskap/sokindex", roles(ADMIN)), rule("GET", "/kunskap/sokindex/status", roles(ADMIN)),
			rule("POST", "/kunskap/sokindex/bygg-om", roles(ADMIN)), rule("GET", "/api/v1/search", ANY_AUTHENTICATED),
			rule("GET", "/api/v1/requests/similar", ANY_AUTHENTICATED),
			rule("GET", "/api/v1/savings", roles(FUNCTION_LEAD, GROUP_LEAD, ADMIN)),
			rule("GET", "/api/v1/search/index", roles(ADMIN)),
			rule("POST", "/api/v1/search/index/rebuild", roles(ADMIN)),
			// knowledge: which services a governing document applies to, the lead's call
			rule("PUT", "/api/v1/documents/{id}/services", LEAD_PER_OBJECT).id(Sample.UNKNOWN).body("{}"),
			rule("POST", "/kunskap/styrdokument/{id}/tjanster", LEAD_PER_OBJECT).id(Sample.UNKNOWN).body(""),
			// requests: the endpoint is open to everyone logged in, the request decides
			rule("GET", "/arenden", ANY_AUTHENTICATED), rule("GET", "/arenden/ny", ANY_AUTHENTICATED),
			rule("POST", "/arenden", ANY_AUTHENTICATED).body("serviceId="),
			rule("GET", "/arenden/{id}", PER_OBJECT).id(Sample.UNKNOWN),
			rule("POST", "/arenden/{id}/status", PER_OBJECT).id(Sample.UNKNOWN).body("status=PAGAR&version=0"),
			rule("POST", "/arenden/{id}/kommentar", PER_OBJECT).id(Sample.UNKNOWN).body("body=&version=0"),
			rule("POST", "/arenden/{id}/tid", PER_OBJECT).id(Sample.UNKNOWN).body("date=&minutes=&activity="),
			rule("POST", "/arenden/{id}/tilldela", PER_OBJECT).id(Sample.UNKNOWN).body("staffId=&reason=&version=0"),
			rule("POST", "/arenden/{id}/checklista/{itemId}", PER_OBJECT).id(Sample.UNKNOWN).body("done=true"),
			rule("POST", "/arenden/{id}/bekrafta", PER_OBJECT).id(Sample.UNKNOWN).body("solved=true&version=0"),
			rule("POST", "/arenden/{id}/betyg", PER_OBJECT).id(Sample.UNKNOWN).body("rating=5"),
			rule("POST", "/arenden/{id}/bilagor", PER_OBJECT).id(Sample.UNKNOWN).body(""),
			rule("GET", "/arenden/{id}/bilagor/{attachmentId}", PER_OBJECT).id(Sample.UNKNOWN),
			rule("GET", "/notiser", ANY_AUTHENTICATED), rule("POST", "/notiser/lasta", ANY_AUTHENTICATED).body(""),
			// requests: join, link and merge; the request decides (a confidential one is
			// 404
			// for those who may not see it, linking and merging are for its handlers)
			rule("POST", "/api/v1/requests/{id}/join", PER_OBJECT).id(Sample.UNKNOWN),
			rule("POST", "/api/v1/requests/{id}/links", PER_OBJECT).id(Sample.UNKNOWN).body("{}"),
			rule("DELETE", "/api/v1/requests/{id}/links/{otherId}", PER_OBJECT).id(Sample.UNKNOWN),
			rule("POST", "/api/v1/requests/{id}/merge", PER_OBJECT).id(Sample.UNKNOWN).body("{}"),
			rule("POST", "/arenden/{id}/ga-med", PER_OBJECT).id(Sample.UNKNOWN).body(""),
			rule("POST", "/arenden/{id}/lankar", PER_OBJECT).id(Sample.UNKNOWN).body("other="),
			rule("POST", "/arenden/{id}/lankar/{otherId}/ta-bort", PER_OBJECT).id(Sample.UNKNOWN).body(""),
			rule("POST", "/arenden/{id}/sammanfoga", PER_OBJECT).id(Sample.UNKNOWN).body("into="),
			rule("GET", "/api/v1/requests", ANY_AUTHENTICATED),
			rule("POST", "/api/v1/requests", ANY_AUTHENTICATED).body("{}"),
			rule("GET", "/api/v1/requests/{id}", PER_OBJECT).id(Sample.UNKNOWN),
			rule("PATCH", "/api/v1/requests/{id}", PER_OBJECT).id(Sample.UNKNOWN).body("{\"status\":\"PAGAR\"}"),
			rule("POST", "/api/v1/requests/{id}/comments", PER_OBJECT).id(Sample.UNKNOWN).body("{}"),
			rule("POST", "/api/v1/requests/{id}/time-entries", PER_OBJECT).id(Sample.UNKNOWN).body("{}"),
			rule("PUT", "/api/v1/requests/{id}/assignee", PER_OBJECT).id(Sample.UNKNOWN).body("{}"),
			rule("POST", "/api/v1/requests/{id}/confirmation", PER_OBJECT).id(Sample.UNKNOWN).body("{}"),
			rule("POST", "/api/v1/requests/{id}/rating", PER_OBJECT).id(Sample.UNKNOWN).body("{}"),
			// events: the visitors' pages, feeds and the open API, for everyone without
			// an
			// account (walked with the demo Kulturnatten, see EXAMPLE_PATHS)
			rule("GET", "/evenemang", PUBLIC), rule("GET", "/evenemang/{slug}", PUBLIC),
			rule("GET", "/evenemang/{slug}/{number}", PUBLIC), rule("GET", "/evenemang/{slug}/mitt-program", PUBLIC),
			rule("GET", "/evenemang/{slug}/andringar", PUBLIC), rule("GET", "/evenemang/{slug}.ics", PUBLIC),
			rule("GET", "/evenemang/{slug}/kategori/{category}.ics", PUBLIC),
			rule("GET", "/evenemang/{slug}/platser/{venueId}.ics", PUBLIC),
			rule("GET", "/evenemang/{slug}/mitt-program.ics", PUBLIC), rule("GET", "/api/v1/programmes", PUBLIC),
			rule("GET", "/api/v1/programmes/{slug}/events", PUBLIC),
			// events: editors and the head of communications cancel and move published
			// events (walked with a stale version, which changes nothing)
			rule("POST", "/evenemang/{slug}/{number}/installt", EVENT_EDITORS).body("reason=&version=-1"),
			rule("POST", "/evenemang/{slug}/{number}/flytta", EVENT_EDITORS).body("start=&version=-1"),
			// events: the printed programme is public; venues, programme dates and event
			// texts are the editors' (walked with input that is refused)
			rule("GET", "/evenemang/{slug}/tryck", PUBLIC), rule("GET", "/evenemang/redaktion/platser", EVENT_EDITORS),
			rule("GET", "/evenemang/redaktion/platser/{id}", EVENT_EDITORS),
			rule("POST", "/evenemang/redaktion/platser/{id}", EVENT_EDITORS).body("name=&version=-1"),
			rule("POST", "/evenemang/redaktion/platser/sammanfoga", EVENT_EDITORS).body("duplicate=&keep="),
			rule("GET", "/evenemang/redaktion/program/{slug}", EVENT_EDITORS),
			rule("POST", "/evenemang/redaktion/program/{slug}", EVENT_EDITORS).body("version=-1"),
			rule("POST", "/evenemang/{slug}/{number}/texter", EVENT_EDITORS).body("titleSv=&version=-1"),
			// events: organisers have no municipal account, so their pages are open to
			// everyone and check the organiser's own sign-in (nobody here is signed in as
			// one: the pages send them to /evenemang/arrangor); forms are walked empty
			rule("GET", "/evenemang/arrangor", PUBLIC), rule("POST", "/evenemang/arrangor", PUBLIC).body("email="),
			rule("GET", "/evenemang/arrangor/registrera", PUBLIC),
			rule("POST", "/evenemang/arrangor/registrera", PUBLIC).body("name=&email="),
			rule("GET", "/evenemang/arrangor/verifiera/{token}", PUBLIC),
			rule("POST", "/evenemang/arrangor/verifiera", PUBLIC).body("token=okand"),
			rule("POST", "/evenemang/arrangor/logout", PUBLIC), rule("GET", "/evenemang/arrangor/mina", PUBLIC),
			rule("GET", "/evenemang/arrangor/nytt", PUBLIC), rule("POST", "/evenemang/arrangor/nytt", PUBLIC).body(""),
			rule("GET", "/evenemang/arrangor/{id}", PUBLIC).id(Sample.UNKNOWN),
			rule("POST", "/evenemang/arrangor/{id}", PUBLIC).id(Sample.UNKNOWN).body("version=0"),
			// an image is public once its event is; an unknown one is 404 for everyone
			rule("GET", "/evenemang/bilder/{file}", PUBLIC_PER_OBJECT),
			// events: the editors' review queue
			rule("GET", "/evenemang/redaktion", EVENT_EDITORS),
			rule("GET", "/evenemang/redaktion/{id}", EVENT_EDITORS_PER_OBJECT).id(Sample.UNKNOWN),
			rule("GET", "/evenemang/redaktion/bilder/{file}", EVENT_EDITORS_PER_OBJECT),
			rule("POST", "/evenemang/redaktion/{id}/godkann", EVENT_EDITORS_PER_OBJECT).id(Sample.UNKNOWN)
				.body("version=0"),
			rule("POST", "/evenemang/redaktion/{id}/komplettering", EVENT_EDITORS_PER_OBJECT).id(Sample.UNKNOWN)
				.body("message=&version=0"),
			rule("POST", "/evenemang/redaktion/{id}/avsla", EVENT_EDITORS_PER_OBJECT).id(Sample.UNKNOWN)
				.body("reason=&version=0"),
			rule("POST", "/evenemang/redaktion/{id}/texter", EVENT_EDITORS_PER_OBJECT).id(Sample.UNKNOWN)
				.body("titleSv=&version=0"));

	/**
	 * Events: real paths of the demo Kulturnatten for patterns whose variables are not an
	 * {id}.
	 */
	private static final Map<String, String> EXAMPLE_PATHS = Map
		.ofEntries(Map.entry("GET /evenemang/{slug}", "/evenemang/kulturnatten-2027"),
				Map.entry("GET /evenemang/{slug}/{number}", "/evenemang/kulturnatten-2027/1"),
				Map.entry("GET /evenemang/{slug}/mitt-program", "/evenemang/kulturnatten-2027/mitt-program?ids=1,2"),
				Map.entry("GET /evenemang/{slug}/andringar", "/evenemang/kulturnatten-2027/andringar"),
				Map.entry("GET /evenemang/{slug}.ics", "/evenemang/kulturnatten-2027.ics"),
				Map.entry("GET /evenemang/{slug}/kategori/{category}.ics",
						"/evenemang/kulturnatten-2027/kategori/musik.ics"),
				Map.entry("GET /evenemang/{slug}/platser/{venueId}.ics",
						"/evenemang/kulturnatten-2027/platser/" + UUID.nameUUIDFromBytes(
								"events:venue:Stadsbiblioteket".getBytes(StandardCharsets.UTF_8)) + ".ics"),
				Map.entry("GET /evenemang/{slug}/mitt-program.ics",
						"/evenemang/kulturnatten-2027/mitt-program.ics?ids=1,2"),
				Map.entry("GET /api/v1/programmes/{slug}/events", "/api/v1/programmes/kulturnatten-2027/events"),
				Map.entry("POST /evenemang/{slug}/{number}/installt", "/evenemang/kulturnatten-2027/1/installt"),
				Map.entry("POST /evenemang/{slug}/{number}/flytta", "/evenemang/kulturnatten-2027/1/flytta"),
				Map.entry("GET /evenemang/{slug}/tryck", "/evenemang/kulturnatten-2027/tryck"),
				Map.entry("GET /evenemang/redaktion/platser/{id}",
						"/evenemang/redaktion/platser/" + UUID
							.nameUUIDFromBytes("events:venue:Stadsbiblioteket".getBytes(StandardCharsets.UTF_8))),
				Map.entry("POST /evenemang/redaktion/platser/{id}",
						"/evenemang/redaktion/platser/" + UUID
							.nameUUIDFromBytes("events:venue:Stadsbiblioteket".getBytes(StandardCharsets.UTF_8))),
				Map.entry("GET /evenemang/redaktion/program/{slug}", "/evenemang/redaktion/program/kulturnatten-2027"),
				Map.entry("POST /evenemang/redaktion/program/{slug}", "/evenemang/redaktion/program/kulturnatten-2027"),
				Map.entry("POST /evenemang/{slug}/{number}/texter", "/evenemang/kulturnatten-2027/1/texter"),
				Map.entry("GET /evenemang/arrangor/verifiera/{token}",
						"/evenemang/arrangor/verifiera/okand-lank-som-inte-finns-alls"));

	/**
	 * Actuator endpoints live outside Spring MVC's handler mapping; the API filter chain
	 * guards them.
	 */
	private static final List<Rule> ACTUATOR = List.of(rule("GET", "/actuator/health", PUBLIC),
			rule("GET", "/actuator/info", roles(ADMIN)), rule("GET", "/actuator/prometheus", roles(ADMIN)));

	/** Handlers of libraries that are left out of the matrix: the OpenAPI description. */
	private static final List<String> FRAMEWORK_PACKAGES = List.of("org.springdoc.");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final HttpClient api = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	/** One logged-in browser per account, and one anonymous, for the whole class. */
	private static final Map<String, Browser> browsers = new ConcurrentHashMap<>();

	private static final Map<Sample, String> samples = new ConcurrentHashMap<>();

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Test
	void everyEndpointHasARuleInTheMatrix() {
		Set<String> found = new TreeSet<>(endpoints().keySet());
		Set<String> ruled = MATRIX.stream().map(Rule::key).collect(Collectors.toCollection(TreeSet::new));

		assertThat(found).as("endpoints i Spring MVC").contains("GET /organisation", "GET /api/v1/me");
		List<String> problems = new ArrayList<>();
		found.stream()
			.filter(endpoint -> !ruled.contains(endpoint))
			.forEach(endpoint -> problems.add(missingRule(endpoint)));
		ruled.stream()
			.filter(endpoint -> !found.contains(endpoint))
			.forEach(endpoint -> problems
				.add("Regel för en endpoint som inte finns: " + endpoint + " — ta bort den ur matrisen"));
		assertThat(problems).as(String.join("\n", problems)).isEmpty();
	}

	@Test
	void matrixHasOneRulePerEndpoint() {
		assertThat(MATRIX.stream().map(Rule::key)).doesNotHaveDuplicates();
	}

	@Test
	void everyHandlerMethodOfHelhetCarriesPreAuthorize() {
		List<String> unguarded = new ArrayList<>();
		int checked = 0;
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
			HandlerMethod handler = entry.getValue();
			if (!handler.getBeanType().getPackageName().startsWith("se.helhet")) {
				continue;
			}
			checked++;
			Method method = handler.getMethod();
			if (!AnnotatedElementUtils.hasAnnotation(method, PreAuthorize.class)
					&& !AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PreAuthorize.class)) {
				unguarded.add(handler.getBeanType().getSimpleName() + "." + method.getName() + " (" + entry.getKey()
						+ ") saknar @PreAuthorize");
			}
		}
		assertThat(checked).as("handler-metoder i se.helhet").isGreaterThanOrEqualTo(MATRIX.size());
		assertThat(unguarded).as(String.join("\n", unguarded)).isEmpty();
	}

	@Test
	void demoAccountsHaveTheRolesTheMatrixAssumes() throws Exception {
		for (Map.Entry<String, Set<Role>> account : ACCOUNTS.entrySet()) {
			HttpResponse<String> response = call("GET", "/api/v1/me", null, account.getKey());
			assertThat(response.statusCode()).as(account.getKey()).isEqualTo(200);
			JsonNode me = json.readTree(response.body());
			Set<String> roles = new TreeSet<>();
			me.get("roles").forEach(role -> roles.add(role.asString()));
			assertThat(roles).as("roller för %s", account.getKey())
				.containsExactlyInAnyOrderElementsOf(account.getValue().stream().map(Role::name).toList());
		}
	}

	@Test
	void everyRoleIsHeldByAtLeastOneDemoAccount() {
		Set<Role> held = EnumSet.noneOf(Role.class);
		ACCOUNTS.values().forEach(held::addAll);
		assertThat(held).containsExactlyInAnyOrder(Role.values());
	}

	@Test
	void bearerTokenDoesNotOpenTheBrowserPages() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url("/organisation")))
			.header("Authorization", "Bearer demo-admin")
			.GET()
			.build();

		HttpResponse<String> response = api.send(request, BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
	}

	@TestFactory
	Stream<DynamicNode> everyEndpointAnswersEveryAccountAsTheMatrixSays() {
		Map<String, Rule> rules = MATRIX.stream().collect(Collectors.toMap(Rule::key, Function.identity()));
		List<DynamicNode> nodes = new ArrayList<>();
		for (String endpoint : new TreeSet<>(endpoints().keySet())) {
			Rule rule = rules.get(endpoint);
			if (rule == null) {
				nodes.add(DynamicTest.dynamicTest(endpoint, () -> fail(missingRule(endpoint))));
			}
			else {
				nodes.add(walk(rule));
			}
		}
		ACTUATOR.forEach(rule -> nodes.add(walk(rule)));
		return nodes.stream();
	}

	private DynamicContainer walk(Rule rule) {
		List<DynamicTest> tests = new ArrayList<>();
		List<String> callers = new ArrayList<>(ACCOUNTS.keySet());
		callers.add(ANONYMOUS);
		for (String caller : callers) {
			boolean allowed = rule.access().allows(ACCOUNTS.get(caller), caller);
			tests.add(DynamicTest.dynamicTest(caller + (allowed ? " får" : " nekas"),
					() -> check(rule, caller, allowed)));
		}
		return DynamicContainer.dynamicContainer(rule.key(), tests);
	}

	private void check(Rule rule, String caller, boolean allowed) throws Exception {
		String path = path(rule);
		String username = ANONYMOUS.equals(caller) ? null : caller;
		HttpResponse<String> response = call(rule.method(), path, rule.body(), username);
		int status = response.statusCode();
		String location = response.headers().firstValue("Location").orElse("");
		String what = "%s %s som %s %s".formatted(rule.method(), path, caller,
				username == null ? "" : ACCOUNTS.get(caller));
		boolean api = isApi(path);
		if (rule.access().perObject() && allowed && (username != null || rule.access().everyone())) {
			assertThat(status)
				.as("%s: ett ärende som inte finns (eller inte får ses) ska ge 404, fick %d", what, status)
				.isEqualTo(404);
		}
		else if (allowed && api) {
			assertThat(status).as("%s ska vara tillåtet enligt matrisen, fick %d", what, status)
				.isIn(200, 201, 202, 400);
		}
		else if (allowed) {
			// A refused form comes back with its errors (200), a saved one redirects; a
			// 400
			// means the form could not even be read
			assertThat(status).as("%s ska vara tillåtet enligt matrisen, fick %d %s", what, status, location)
				.isIn(200, 302);
			assertThat(location).as("%s ska inte skickas till inloggningen", what).doesNotEndWith("/login");
		}
		else if (username != null) {
			assertThat(status).as("%s ska nekas med 403 enligt matrisen", what).isEqualTo(403);
			if (api) {
				assertThat(response.headers().firstValue("Content-Type")).as(what)
					.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
			}
		}
		else if (api) {
			assertThat(status).as("%s ska kräva inloggning (401)", what).isEqualTo(401);
		}
		else {
			assertThat(status).as("%s ska skickas till inloggningen", what).isEqualTo(302);
			assertThat(URI.create(location).getPath()).as(what).isEqualTo("/login");
		}
	}

	/** Every endpoint of Spring MVC outside the framework packages, with its handlers. */
	private Map<String, List<HandlerMethod>> endpoints() {
		Map<String, List<HandlerMethod>> endpoints = new TreeMap<>();
		mapping.getHandlerMethods().forEach((info, handler) -> {
			String type = handler.getBeanType().getName();
			if (FRAMEWORK_PACKAGES.stream().anyMatch(type::startsWith)) {
				return;
			}
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			List<String> names = methods.isEmpty() ? List.of("*") : methods.stream().map(Enum::name).toList();
			for (String pattern : info.getPatternValues()) {
				for (String method : names) {
					endpoints.computeIfAbsent(method + " " + pattern, k -> new ArrayList<>()).add(handler);
				}
			}
		});
		return endpoints;
	}

	private static String missingRule(String endpoint) {
		return "Ny endpoint utan behörighetsregel: " + endpoint + " — lägg till den i matrisen i "
				+ AuthorisationMatrixIntegrationTests.class.getSimpleName();
	}

	private String path(Rule rule) {
		String path = EXAMPLE_PATHS.getOrDefault(rule.key(), rule.pattern());
		if (path.contains("{id}")) {
			assertThat(rule.id()).as("%s behöver ett id i matrisen", rule.key()).isNotEqualTo(Sample.NONE);
			path = path.replace("{id}", samples.computeIfAbsent(rule.id(), this::sampleId));
		}
		if (rule.access().perObject()) {
			// the second id of a nested object (a checklist item, an attachment) does not
			// exist either
			path = path.replaceAll("\\{[A-Za-z]+\\}", UUID.randomUUID().toString());
		}
		assertThat(path).as("%s har en sökvägsvariabel som testet inte fyller i", rule.key()).doesNotContain("{");
		return path;
	}

	/** Real ids from the demo municipality, which no test changes. */
	private String sampleId(Sample sample) {
		return switch (sample) {
			case UNIT ->
				jdbc.sql("select id from org_unit where name = 'Norrängsskolan'").query(UUID.class).single().toString();
			case STAFF ->
				jdbc.sql("select id from org_staff where username = 'hr-chef'").query(UUID.class).single().toString();
			case SERVICE -> jdbc.sql("select id from cat_service where name_sv = 'Rekrytering'")
				.query(UUID.class)
				.single()
				.toString();
			case UNKNOWN -> UUID.randomUUID().toString();
			case NONE -> throw new IllegalArgumentException("no id");
		};
	}

	private HttpResponse<String> call(String method, String path, String body, String username) throws Exception {
		String verb = "*".equals(method) ? "GET" : method;
		boolean withBody = body != null;
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30));
		if (isApi(path)) {
			request.header("Accept", path.startsWith("/api/") ? "application/json" : "*/*");
			if (username != null) {
				request.header("Authorization", "Bearer demo-" + username);
			}
			if (withBody) {
				request.header("Content-Type", "application/json");
			}
			request.method(verb, withBody ? BodyPublishers.ofString(body) : BodyPublishers.noBody());
			return api.send(request.build(), BodyHandlers.ofString());
		}
		Browser browser = browser(username);
		request.header("Accept", "text/html");
		if (!"GET".equals(verb)) {
			String form = (body == null || body.isEmpty() ? "" : body + "&") + "_csrf=" + encode(browser.csrf());
			request.header("Content-Type", "application/x-www-form-urlencoded");
			request.method(verb, BodyPublishers.ofString(form));
		}
		else {
			request.method(verb, BodyPublishers.noBody());
		}
		return browser.client().send(request.build(), BodyHandlers.ofString());
	}

	private Browser browser(String username) {
		return browsers.computeIfAbsent(username == null ? ANONYMOUS : username, key -> {
			try {
				return username == null ? anonymousBrowser() : logIn(username);
			}
			catch (Exception ex) {
				throw new IllegalStateException("Kunde inte öppna en webbläsarsession för " + key, ex);
			}
		});
	}

	/** Has a session and a CSRF token, so its POSTs reach the authorisation check. */
	private Browser anonymousBrowser() throws Exception {
		HttpClient client = newBrowserClient();
		return new Browser(client, csrf(client, "/login"));
	}

	private Browser logIn(String username) throws Exception {
		HttpClient client = newBrowserClient();
		String form = "username=" + encode(username) + "&password=demo&_csrf=" + encode(csrf(client, "/login"));
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url("/login")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(form))
			.build(), BodyHandlers.ofString());
		assertThat(response.statusCode()).as("inloggning som %s", username).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).as("inloggning som %s", username)
			.hasValueSatisfying(location -> assertThat(URI.create(location).getPath()).isEqualTo("/"));
		// The login replaces the CSRF token: read the new one from a page of the session
		return new Browser(client, csrf(client, "/profil"));
	}

	private String csrf(HttpClient client, String page) throws Exception {
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url(page))).GET().build(),
				BodyHandlers.ofString());
		assertThat(response.statusCode()).as(page).isEqualTo(200);
		Matcher matcher = CSRF.matcher(response.body());
		assertThat(matcher.find()).as("CSRF-fältet på %s", page).isTrue();
		return matcher.group(1);
	}

	private static HttpClient newBrowserClient() {
		return HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	private static boolean isApi(String path) {
		return path.startsWith("/api/") || path.startsWith("/actuator/");
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static Map<String, Set<Role>> accounts() {
		Map<String, Set<Role>> accounts = new LinkedHashMap<>();
		accounts.put("admin", Set.of(ADMIN));
		accounts.put("bestallare", Set.of(REQUESTER));
		accounts.put("handlaggare", Set.of(HANDLER));
		accounts.put("hr-chef", Set.of(HANDLER, FUNCTION_LEAD));
		accounts.put("ekonomichef", Set.of(HANDLER, FUNCTION_LEAD));
		accounts.put("kommunikationschef", Set.of(HANDLER, FUNCTION_LEAD));
		accounts.put("forvaltningschef", Set.of(ADMINISTRATION_LEAD, REQUESTER));
		accounts.put("kommundirektor", Set.of(GROUP_LEAD, REQUESTER));
		accounts.put("redaktor", Set.of(HANDLER, EDITOR));
		accounts.put("facklig", Set.of(UNION_REP, REQUESTER));
		return accounts;
	}

	private static Rule rule(String method, String pattern, Access access) {
		return new Rule(method, pattern, access, Sample.NONE, null);
	}

	private static Access roles(Role... roles) {
		return new Access(false, false, Set.copyOf(Arrays.asList(roles)), Set.of(), false);
	}

	/**
	 * Who may use an endpoint: everyone, everyone logged in, or the holders of a role.
	 */
	record Access(boolean everyone, boolean anyAuthenticated, Set<Role> roles, Set<String> usernames,
			boolean perObject) {

		/** Null roles: not logged in. */
		boolean allows(Set<Role> accountRoles, String username) {
			if (everyone) {
				return true;
			}
			if (accountRoles == null) {
				return false;
			}
			return anyAuthenticated || usernames.contains(username) || accountRoles.stream().anyMatch(roles::contains);
		}

	}

	/** Which real id fills the {id} of a path. */
	enum Sample {

		NONE, UNIT, STAFF, SERVICE, UNKNOWN

	}

	/**
	 * One line of the matrix, and how the walk calls it: the id for the path and the body
	 * to send (form fields for pages, JSON for the API; null for none).
	 */
	record Rule(String method, String pattern, Access access, Sample id, String body) {

		String key() {
			return method + " " + pattern;
		}

		Rule id(Sample sample) {
			return new Rule(method, pattern, access, sample, body);
		}

		Rule body(String value) {
			return new Rule(method, pattern, access, id, value);
		}

	}

	record Browser(HttpClient client, String csrf) {
	}

}
