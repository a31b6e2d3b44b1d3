package se.helhet.platform;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

import se.helhet.catalogue.Catalogue;
import se.helhet.requests.RequestView;
import se.helhet.requests.Requests;
import se.helhet.requests.Requests.SubmitRequest;
import se.helhet.testsupport.HelhetIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Without an SMTP server (the demo, and the shared test context) every mail stays in the
 * outbox, where the administrator and only the administrator reads it.
 */
@HelhetIntegrationTest
class OutboxIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Requests requests;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Mailer mailer;

	@Test
	void withoutAnSmtpServerTheRequestersMailIsKeptInTheOutboxForTheAdministrator() {
		RequestView request = submit("Lönerevision och lönesättning", "Lönestatistik för rektorer");

		String subject = "Ditt ärende " + request.number() + " är registrerat";
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.sql("select count(*) from platform_outbox where recipient = ? and subject = ?")
				.params("maria.lindholm@sjovik.se", subject)
				.query(Long.class)
				.single() == 1);
		assertThat(jdbc.sql(
				"select count(*) from platform_outbox where subject = ? and sent_at is null and next_attempt_at is null")
			.param(subject)
			.query(Long.class)
			.single()).as("kept, never to be sent later").isEqualTo(1);

		WebSession admin = loggedIn("admin");
		HttpResponse<String> page = admin.get("/admin/utkorg");
		assertThat(page.statusCode()).isEqualTo(200);
		String html = HtmlUtils.htmlUnescape(page.body());
		assertThat(html).contains("Ingen e-postserver är inställd")
			.contains(subject)
			.contains("maria.lindholm@sjovik.se")
			.contains("Lönestatistik för rektorer")
			.contains("http://localhost:8080/arenden/" + request.id())
			.contains("Sparat, inte skickat");
	}

	@Test
	void theAdministratorsStartPageLeadsToTheOutbox() {
		HttpResponse<String> home = loggedIn("admin").get("/");

		assertThat(home.body()).contains("href=\"/admin/utkorg\"").contains("Öppna utkorgen");
	}

	@Test
	void peopleWhoAreNotAdministratorsGet403OnTheOutbox() {
		for (String username : new String[] { "bestallare", "handlaggare", "hr-chef", "kommundirektor" }) {
			assertThat(loggedIn(username).get("/admin/utkorg").statusCode()).as(username).isEqualTo(403);
		}
	}

	@Test
	void theOutboxPagesAreNumberedFromOneAndForgiveNonsense() {
		mailer.send(new Mail("prov@sjovik.se", "Provmejl", "Så att utkorgen inte är tom."));
		WebSession admin = loggedIn("admin");

		assertThat(admin.get("/admin/utkorg?sida=1").statusCode()).isEqualTo(200);
		assertThat(admin.get("/admin/utkorg?sida=abc").statusCode()).isEqualTo(200);
		// past the end: the last page
		assertThat(admin.get("/admin/utkorg?sida=99999").body()).containsPattern("Sida (\\d+) av \\1<");
	}

	private RequestView submit(String serviceName, String title) {
		var service = catalogue.services()
			.stream()
			.filter(s -> s.nameSv().equals(serviceName))
			.findFirst()
			.orElseThrow();
		return requests.submit(
				new SubmitRequest(service.id(), title, "Underlag till lönesamtalen i vår.", Map.of(), null),
				accounts.findByUsername("bestallare").orElseThrow());
	}

	private WebSession loggedIn(String username) {
		WebSession session = WebSession.at("http://localhost:" + port);
		HttpResponse<String> landing = session.login(username, "demo");
		assertThat(landing.uri().getPath()).as("inloggning som %s", username).isEqualTo("/");
		return session;
	}

}
