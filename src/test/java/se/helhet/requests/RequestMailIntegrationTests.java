package se.helhet.requests;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.helhet.catalogue.Catalogue;
import se.helhet.catalogue.ServiceView;
import se.helhet.platform.Accounts;
import se.helhet.platform.CurrentUser;
import se.helhet.platform.Mail;
import se.helhet.platform.Mailer;
import se.helhet.platform.internal.Outbox;
import se.helhet.requests.Requests.SubmitRequest;
import se.helhet.testsupport.PostgresAvailability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * E-mail through a real SMTP conversation with an in-process server: who is mailed when a
 * request changes, what the mails say, and that a confidential request's mails say
 * nothing of its content. Needs its own application context, since the shared one runs
 * without an SMTP server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(PostgresAvailability.class)
class RequestMailIntegrationTests {

	private static final String BASE_URL = "https://helhet.sjovik.example";

	/** Maria Lindholm, the demo requester. */
	private static final String REQUESTER_MAIL = "maria.lindholm@sjovik.se";

	/**
	 * A fixed port, chosen once, so the server can be stopped and started again in the
	 * same place.
	 */
	private static final int SMTP_PORT = freePort();

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
		registry.add("helhet.base-url", () -> BASE_URL + "/");
		registry.add("helhet.mail.from", () -> "helhet@sjovik.example");
	}

	@Autowired
	Requests requests;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Accounts accounts;

	@Autowired
	Mailer mailer;

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Test
	void submittingARequestMailsTheRequesterItsNumberAndLink() {
		RequestView request = submit("Lönerevision och lönesättning", "Underlag till lönesamtal på Norrängsskolan",
				"Vi behöver stöd med lönekriterierna inför lönesamtalen.", Map.of());

		Received receipt = awaitMail(REQUESTER_MAIL, request.number());

		assertThat(receipt.subject()).isEqualTo("Ditt ärende " + request.number() + " är registrerat");
		assertThat(receipt.body()).contains("Vi har tagit emot ditt ärende " + request.number())
			.contains("Underlag till lönesamtal på Norrängsskolan")
			.contains(BASE_URL + "/arenden/" + request.id())
			.doesNotContain(BASE_URL + "//");
		assertThat(receipt.from()).isEqualTo("helhet@sjovik.example");
		// The outbox records that it left
		assertThat(jdbc
			.sql("select count(*) from platform_outbox where recipient = ? and subject = ? and sent_at is not null")
			.params(REQUESTER_MAIL, receipt.subject())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theNamedContactIsMailedThatTheRequestIsTheirs() {
		RequestView request = submit("Lönerevision och lönesättning", "Lönekartläggning för fritidshemmen",
				"Vi vill gå igenom lönekartläggningen.", Map.of());
		String handlerMail = accounts.emailOf(request.assigneeUsername()).orElseThrow();

		Received assigned = awaitMail(handlerMail, request.number());

		assertThat(assigned.subject()).isEqualTo("Ärende " + request.number() + " är tilldelat dig");
		assertThat(assigned.body()).contains("Lönekartläggning för fritidshemmen")
			.contains("Utbildningsförvaltningen")
			.contains(BASE_URL + "/arenden/" + request.id());
	}

	@Test
	void movingARequestToWaitingMailsTheRequester() {
		RequestView request = submit("Lönerevision och lönesättning", "Lönekriterier för förskollärare",
				"Hur ska kriterierna viktas?", Map.of());
		awaitMail(REQUESTER_MAIL, request.number());

		requests.changeStatus(request.id(), RequestStatus.VANTAR, request.version(), "Vilka förskolor gäller det?",
				user(request.assigneeUsername()));

		Received waiting = await().atMost(Duration.ofSeconds(20))
			.until(() -> mailsAbout(request.number()).stream()
				.filter(m -> m.to().equals(REQUESTER_MAIL) && m.subject().contains("väntar på ditt svar"))
				.findFirst()
				.orElse(null), m -> m != null);
		assertThat(waiting.subject()).isEqualTo("Ärende " + request.number() + " väntar på ditt svar");
		assertThat(waiting.body()).contains("Handläggaren behöver svar från dig")
			.contains(BASE_URL + "/arenden/" + request.id());
	}

	@Test
	void confidentialRequestMailsCarryOnlyTheNumberAndTheLink() {
		// Rehabilitering: the förvaltning's HR contact has the competence, so the request
		// is assigned at
		// intake (a confidential request never goes to a contact without it)
		String title = "Kränkning i arbetslaget på lågstadiet";
		String description = "Två medarbetare har anmält en kollega för upprepade kränkningar.";
		RequestView request = submit("Rehabilitering", title, description,
				Map.of("anledning", "Signal om ohälsa", "medarbetaren_informerad", "ja"));
		assertThat(request.confidential()).isTrue();
		assertThat(request.assigneeUsername()).isNotNull();
		CurrentUser handler = user(request.assigneeUsername());
		String handlerMail = accounts.emailOf(handler.username()).orElseThrow();

		RequestView waiting = requests.changeStatus(request.id(), RequestStatus.VANTAR, request.version(),
				"Vilka datum hände det?", handler);
		requests.comment(request.id(), "Den 3 och 10 mars.", false, waiting.version(), user("bestallare"));

		// receipt and waiting to the requester; assignment and the answer to the handler
		List<Received> mails = await().atMost(Duration.ofSeconds(20))
			.until(() -> mailsAbout(request.number()), found -> found.size() >= 4);
		assertThat(mails).extracting(Received::to)
			.containsExactlyInAnyOrder(REQUESTER_MAIL, REQUESTER_MAIL, handlerMail, handlerMail);
		for (Received mail : mails) {
			String text = mail.subject() + "\n" + mail.body();
			assertThat(text).as(mail.subject())
				.contains("ekretessärende")
				.contains(request.number())
				.doesNotContain(title)
				.doesNotContain("Kränk")
				.doesNotContain(description)
				.doesNotContain("Rehabilitering")
				.doesNotContain("Signal om ohälsa")
				.doesNotContain("Vilka datum")
				.doesNotContain("Den 3 och 10 mars")
				.doesNotContain(request.assigneeName())
				.doesNotContain("Utbildningsförvaltningen");
			assertThat(mail.body()).contains("Ett sekretessärende (" + request.number() + ") ")
				.contains(BASE_URL + "/arenden/" + request.id());
		}
	}

	@Test
	void aMailTheServerDoesNotTakeIsKeptWithItsErrorAndSentLater() {
		String subject = "Prov " + UUID.randomUUID();
		smtp.stop();
		try {
			mailer.send(new Mail("prov@sjovik.se", subject, "Ett provmejl."));
		}
		finally {
			smtp.start();
		}
		OutboxRow failed = row(subject);
		assertThat(failed.sentAt()).isNull();
		assertThat(failed.attempts()).isEqualTo(1);
		assertThat(failed.error()).startsWith("Försök 1 misslyckades.");
		assertThat(failed.nextAttemptAt()).isAfter(OffsetDateTime.now().plusSeconds(30));

		// the pause is over
		jdbc.sql("update platform_outbox set next_attempt_at = ? where subject = ?")
			.params(OffsetDateTime.now().minusSeconds(1), subject)
			.update();
		outbox.sendDue();

		Received sent = awaitMail("prov@sjovik.se", subject);
		assertThat(sent.body()).contains("Ett provmejl.");
		OutboxRow done = row(subject);
		assertThat(done.sentAt()).isNotNull();
		assertThat(done.attempts()).isEqualTo(2);
		assertThat(done.error()).isNull();
		assertThat(done.nextAttemptAt()).isNull();
	}

	private RequestView submit(String serviceName, String title, String description, Map<String, String> answers) {
		ServiceView service = catalogue.services()
			.stream()
			.filter(s -> s.nameSv().equals(serviceName))
			.findFirst()
			.orElseThrow();
		return requests.submit(new SubmitRequest(service.id(), title, description, answers, null), user("bestallare"));
	}

	private CurrentUser user(String username) {
		return accounts.findByUsername(username).orElseThrow();
	}

	private Received awaitMail(String to, String containing) {
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> mailsAbout(containing).stream().filter(m -> m.to().equals(to)).findFirst().orElse(null),
					m -> m != null);
	}

	/** Every mail the server got whose subject or text contains this. */
	private static List<Received> mailsAbout(String text) {
		return Arrays.stream(smtp.getReceivedMessages())
			.map(RequestMailIntegrationTests::read)
			.filter(m -> m.subject().contains(text) || m.body().contains(text))
			.toList();
	}

	private static Received read(MimeMessage message) {
		try {
			return new Received(message.getRecipients(Message.RecipientType.TO)[0].toString(),
					message.getFrom()[0].toString(), message.getSubject(), message.getContent().toString());
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private OutboxRow row(String subject) {
		return jdbc.sql("select sent_at, attempts, error, next_attempt_at from platform_outbox where subject = ?")
			.param(subject)
			.query((rs, n) -> new OutboxRow(rs.getObject("sent_at", OffsetDateTime.class), rs.getInt("attempts"),
					rs.getString("error"), rs.getObject("next_attempt_at", OffsetDateTime.class)))
			.single();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record Received(String to, String from, String subject, String body) {
	}

	record OutboxRow(OffsetDateTime sentAt, int attempts, String error, OffsetDateTime nextAttemptAt) {
	}

}
