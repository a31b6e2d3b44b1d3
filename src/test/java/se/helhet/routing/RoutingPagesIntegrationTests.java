package se.helhet.routing;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.helhet.organisation.Organisation;
import se.helhet.platform.WebSession;
import se.helhet.testsupport.HelhetIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The lead's assignment page, over HTTP. */
@HelhetIntegrationTest
class RoutingPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Organisation organisation;

	@AfterEach
	void backToTheDefaults() {
		jdbc.sql("delete from routing_weights").update();
	}

	@Test
	void theLeadSeesTheLoadOfTheFunctionAndChangesItsWeights() {
		WebSession browser = loggedIn("hr-chef");
		HttpResponse<String> page = browser.get("/tilldelning");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Tilldelning och belastning – HR-avdelningen", "Över belastningstaket (110 %)",
				"Öppna ärenden", "value=\"40\"");

		HttpResponse<String> saved = browser.postForm("/tilldelning/vikter", WebSession.csrfToken(page),
				Map.of("contact", "50", "competence", "20", "load", "30", "continuity", "10", "slaRisk", "25",
						"ceilingPercent", "100", "version", "0"));

		assertThat(saved.statusCode()).isEqualTo(200);
		assertThat(saved.body()).contains("Vikterna är sparade.", "Över belastningstaket (100 %)", "value=\"50\"");
	}

	@Test
	void weightsOutOfRangeAreRefusedAndKept() {
		WebSession browser = loggedIn("hr-chef");
		HttpResponse<String> page = browser.get("/tilldelning");

		HttpResponse<String> refused = browser.postForm("/tilldelning/vikter", WebSession.csrfToken(page),
				Map.of("contact", "500", "competence", "20", "load", "30", "continuity", "10", "slaRisk", "25",
						"ceilingPercent", "110", "version", "0"));

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Vikterna ska vara heltal 0–100", "value=\"500\"");
		assertThat(jdbc.sql("select count(*) from routing_weights").query(Integer.class).single()).isZero();
	}

	@Test
	void twoLeadsSavingWeightsAtOnceDoNotOverwriteEachOther() {
		WebSession first = loggedIn("hr-chef");
		WebSession second = loggedIn("admin");
		String hr = organisation.functions()
			.stream()
			.filter(f -> "HR".equals(f.shortName()))
			.findFirst()
			.orElseThrow()
			.id()
			.toString();
		HttpResponse<String> firstPage = first.get("/tilldelning");
		HttpResponse<String> secondPage = second.get("/tilldelning?funktion=" + hr);
		assertThat(secondPage.body()).contains("name=\"version\" value=\"0\"");
		HttpResponse<String> saved = first.postForm("/tilldelning/vikter", WebSession.csrfToken(firstPage),
				Map.of("contact", "60", "competence", "20", "load", "30", "continuity", "10", "slaRisk", "25",
						"ceilingPercent", "110", "version", "0"));
		assertThat(saved.body()).contains("Vikterna är sparade.", "name=\"version\" value=\"1\"");

		HttpResponse<String> stale = second.postForm("/tilldelning/vikter", WebSession.csrfToken(secondPage),
				Map.of("funktion", hr, "contact", "10", "competence", "20", "load", "30", "continuity", "10", "slaRisk",
						"25", "ceilingPercent", "120", "version", "0"));

		assertThat(stale.statusCode()).isEqualTo(200);
		assertThat(stale.body()).contains("Vikterna har sparats av hr-chef sedan du öppnade sidan", "value=\"120\"");
		assertThat(first.get("/tilldelning").body()).contains("value=\"60\"").doesNotContain("value=\"120\"");
	}

	@Test
	void aLeadSeesOnlyTheirOwnFunction() {
		WebSession browser = loggedIn("ekonomichef");
		String hr = organisation.functions()
			.stream()
			.filter(f -> "HR".equals(f.shortName()))
			.findFirst()
			.orElseThrow()
			.id()
			.toString();

		assertThat(browser.get("/tilldelning?funktion=" + hr).statusCode()).isEqualTo(403);
	}

	private WebSession loggedIn(String username) {
		WebSession browser = WebSession.at("http://localhost:" + port);
		assertThat(browser.login(username, "demo").statusCode()).isEqualTo(200);
		return browser;
	}

}
