package se.helhet.organisation;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.helhet.platform.WebSession;
import se.helhet.testsupport.HelhetIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The absence pages as a browser uses them, over HTTP. Dates in 2033, away from the
 * demo's absences and the API tests.
 */
@HelhetIntegrationTest
class AbsencePagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void staffRegisterTheirOwnAbsenceSeeItInTheCalendarAndDeleteIt() {
		WebSession browser = loggedIn("handlaggare");
		HttpResponse<String> form = browser.get("/franvaro");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("Registrera frånvaro", "Dina tillgängliga timmar");

		HttpResponse<String> saved = browser.postForm("/franvaro", WebSession.csrfToken(form),
				Map.of("kind", "SJUKDOM", "from", "2033-02-07", "to", "2033-02-08", "partDayPercent", ""));

		assertThat(saved.statusCode()).isEqualTo(200);
		assertThat(saved.uri().getPath()).isEqualTo("/franvaro");
		assertThat(saved.body()).contains("Frånvaron är registrerad.", "7 februari 2033");

		HttpResponse<String> calendar = browser.get("/franvaro/kalender?fran=2033-02-07");
		assertThat(calendar.statusCode()).isEqualTo(200);
		assertThat(calendar.body()).contains("<table class=\"absence-calendar\">", "Vecka 6", "absence-SJUKDOM",
				">SJ</abbr>", "scope=\"row\"", "class=\"day off\"");

		String id = jdbc.sql("""
				select a.id from org_absence a join org_staff s on s.id = a.staff_id
				where s.username = 'handlaggare' and a.from_date = date '2033-02-07'""")
			.query(UUID.class)
			.single()
			.toString();
		HttpResponse<String> deleted = browser.postForm("/franvaro/" + id + "/ta-bort", WebSession.csrfToken(saved),
				Map.of("version", "0"));
		assertThat(deleted.body()).contains("Frånvaron är borttagen.");
	}

	@Test
	void aLeadExtendsASickLeaveAndAStaleChangeIsRefusedKeepingWhatWasTyped() {
		WebSession lead = loggedIn("hr-chef");
		HttpResponse<String> form = lead.get("/franvaro");
		String staffId = jdbc.sql("select id from org_staff where username = 'handlaggare'")
			.query(UUID.class)
			.single()
			.toString();
		lead.postForm("/franvaro", WebSession.csrfToken(form),
				Map.of("staffId", staffId, "kind", "SJUKDOM", "from", "2033-04-04", "to", "2033-04-05"));
		String id = jdbc.sql("select id from org_absence where staff_id = ? and from_date = date '2033-04-04'")
			.param(UUID.fromString(staffId))
			.query(UUID.class)
			.single()
			.toString();

		HttpResponse<String> edit = lead.get("/franvaro/" + id + "/andra");
		assertThat(edit.statusCode()).isEqualTo(200);
		assertThat(edit.body()).contains("Ändra frånvaro för Ingrid Lindgren", "value=\"2033-04-05\"",
				"name=\"version\" value=\"0\"");
		HttpResponse<String> extended = lead.postForm("/franvaro/" + id + "/andra", WebSession.csrfToken(edit), Map
			.of("staffId", staffId, "kind", "SJUKDOM", "from", "2033-04-04", "to", "2033-04-08", "version", "0"));
		assertThat(extended.body()).contains("Frånvaron är ändrad.");
		assertThat(jdbc.sql("select to_date from org_absence where id = ?")
			.param(UUID.fromString(id))
			.query(java.time.LocalDate.class)
			.single()).isEqualTo("2033-04-08");

		HttpResponse<String> stale = lead.postForm("/franvaro/" + id + "/andra", WebSession.csrfToken(edit),
				Map.of("staffId", staffId, "kind", "SJUKDOM", "from", "2033-04-04", "to", "2033-04-12", "version", "0",
						"note", "Läkarintyg kommer"));
		assertThat(stale.statusCode()).isEqualTo(200);
		assertThat(stale.body()).contains("id=\"conflict\"", "value=\"2033-04-12\"", "value=\"Läkarintyg kommer\"");

		WebSession otherFunction = loggedIn("ekonomichef");
		assertThat(otherFunction.get("/franvaro/" + id + "/andra").statusCode()).isEqualTo(404);
		jdbc.sql("delete from org_absence where id = ?").param(UUID.fromString(id)).update();
	}

	@Test
	void aRefusedFormKeepsWhatWasTypedAndSaysWhatToDo() {
		WebSession browser = loggedIn("handlaggare");
		HttpResponse<String> form = browser.get("/franvaro");

		HttpResponse<String> refused = browser.postForm("/franvaro", WebSession.csrfToken(form), Map.of("kind",
				"SEMESTER", "from", "2033-03-10", "to", "2033-03-01", "partDayPercent", "", "note", "Fjällen"));

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"error-summary\"", "Sista dagen är före första dagen",
				"value=\"2033-03-10\"", "value=\"Fjällen\"");
	}

	@Test
	void theLeadsImportFormListsRowErrorsAndKeepsTheInput() {
		WebSession browser = loggedIn("hr-chef");
		HttpResponse<String> form = browser.get("/franvaro/import");
		assertThat(form.statusCode()).isEqualTo(200);

		HttpResponse<String> refused = browser.postForm("/franvaro/import", WebSession.csrfToken(form), Map.of("csv",
				"anstalld;typ;fran;till\nhandlaggare;SEMESTER;2033-04-04;2033-04-08\nokand;ledig;2033-04-04;x\n"));

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Inget importerades", "okand", "Typen ledig finns inte",
				"handlaggare;SEMESTER;2033-04-04;2033-04-08");
		assertThat(jdbc.sql("select count(*) from org_absence where from_date = date '2033-04-04'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void staffSeeOnlyTheirOwnFunctionsCalendar() {
		WebSession browser = loggedIn("handlaggare");
		UUID ekonomi = jdbc.sql("select function_id from org_staff where username = 'ekonomichef'")
			.query(UUID.class)
			.single();

		assertThat(browser.get("/franvaro/kalender?funktion=" + ekonomi).statusCode()).isEqualTo(403);
		HttpResponse<String> own = browser.get("/franvaro/kalender");
		assertThat(own.statusCode()).isEqualTo(200);
		assertThat(rowsOf(own.body())).isEqualTo(jdbc.sql("""
				select count(*) from org_staff where function_id =
				 (select function_id from org_staff where username = 'handlaggare')""").query(Long.class).single());
	}

	private static long rowsOf(String html) {
		Matcher matcher = Pattern.compile("<th scope=\"row\">").matcher(html.substring(html.indexOf("<tbody>")));
		long rows = 0;
		while (matcher.find()) {
			rows++;
		}
		// the footer's total row is outside tbody but after it
		return rows - 1;
	}

	private WebSession loggedIn(String username) {
		WebSession browser = WebSession.at("http://localhost:" + port);
		assertThat(browser.login(username, "demo").statusCode()).isEqualTo(200);
		return browser;
	}

}
