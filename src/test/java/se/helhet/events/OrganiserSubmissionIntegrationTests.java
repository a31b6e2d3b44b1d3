package se.helhet.events;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.helhet.platform.ConflictException;
import se.helhet.platform.CurrentUser;
import se.helhet.platform.Role;
import se.helhet.platform.ValidationException;
import se.helhet.platform.WebSession;
import se.helhet.testsupport.HelhetIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Organisers register, confirm their address by a link and submit events; the editors
 * approve, ask for changes or refuse, and the organiser is mailed each time (read from
 * the outbox). Most events go to the all-year calendar, so that the demo Kulturnatten
 * keeps its size for the other tests.
 */
@HelhetIntegrationTest
class OrganiserSubmissionIntegrationTests {

	private static final Pattern LINK = Pattern.compile("https?://\\S+/evenemang/arrangor/verifiera/([A-Za-z0-9_-]+)");

	static final CurrentUser EDITOR = new CurrentUser(null, "redaktor", "Rita Redaktör", null,
			Set.of(Role.EDITOR, Role.HANDLER), null, null);

	@LocalServerPort
	int port;

	@Autowired
	Organisers organisers;

	@Autowired
	Submissions submissions;

	@Autowired
	Events events;

	@Autowired
	JdbcClient jdbc;

	private String base() {
		return "http://localhost:" + port;
	}

	private static String uniqueEmail() {
		return "arr-" + UUID.randomUUID().toString().substring(0, 8) + "@exempel.se";
	}

	private List<String[]> mailsTo(String address) {
		return jdbc.sql("select subject, body from platform_outbox where recipient = :to order by created_at desc")
			.param("to", address)
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
			.list();
	}

	private String tokenIn(String address) {
		Matcher matcher = LINK.matcher(mailsTo(address).getFirst()[1]);
		assertThat(matcher.find()).as("a link in the mail to %s", address).isTrue();
		return matcher.group(1);
	}

	private OrganiserView verifiedOrganiser(String email) {
		organisers.register("Anna Lund", "Sjöviks spelmanslag", email, "", null);
		return organisers.signIn(tokenIn(email)).orElseThrow();
	}

	/** A browser session signed in as a new organiser. */
	private WebSession signedIn(String email) {
		organisers.register("Bo Ek", "Fotoklubben Bländaren", email, "", null);
		WebSession web = WebSession.at(base());
		HttpResponse<String> confirm = web.get("/evenemang/arrangor/verifiera/" + tokenIn(email));
		HttpResponse<String> mine = web.postForm("/evenemang/arrangor/verifiera", WebSession.csrfToken(confirm),
				Map.of("token", tokenIn(email)));
		assertThat(mine.body()).contains("<h1>Mina evenemang</h1>");
		return web;
	}

	private ProgrammeView calendar() {
		return events.programme("evenemangskalendern").orElseThrow();
	}

	private static UUID venue(String name) {
		return UUID.nameUUIDFromBytes(("events:venue:" + name).getBytes(StandardCharsets.UTF_8));
	}

	private Submission calendarEvent(String title) {
		LocalDateTime may = LocalDateTime.of(2027, 5, 15, 14, 0);
		return new Submission(calendar().id(), title, "", "Spelmanslaget spelar polskor och valser i parken.", "",
				venue("Stadsparken"), null, List.of(new Submission.Slot(may, may.plusHours(2), Set.of())),
				Set.of(Category.MUSIK), Set.of(AgeGroup.ALLA), "svenska", null, "", null, null, List.of(), true);
	}

	private int version(UUID id) {
		return jdbc.sql("select version from ev_event where id = :id").param("id", id).query(Integer.class).single();
	}

	private Map<String, String> form(String programmeId, String title) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("programme", programmeId);
		form.put("titleSv", title);
		form.put("descriptionSv", "Fotoklubben visar vinterbilder från Sjövik tagna av medlemmarna.");
		form.put("venueMode", "existing");
		form.put("venueId", venue("Sjöviks museum").toString());
		form.put("slot0Start", "2027-01-30T18:00");
		form.put("slot0End", "2027-01-30T19:00");
		form.put("slot0.HEARING_LOOP", "on");
		form.put("cat.KONST", "on");
		form.put("age.ALLA", "on");
		form.put("language", "svenska");
		form.put("rules", "on");
		form.put("action", "send");
		return form;
	}

	@Test
	void aRegistrationMailsALinkThatConfirmsTheAddressOnceAndSignsIn() {
		String email = uniqueEmail();
		WebSession web = WebSession.at(base());
		HttpResponse<String> page = web.get("/evenemang/arrangor/registrera");

		HttpResponse<String> sent = web.postForm("/evenemang/arrangor/registrera", WebSession.csrfToken(page),
				Map.of("name", "Anna Lund", "organisationName", "Sjöviks spelmanslag", "email", email, "phone", ""));

		assertThat(sent.body()).contains("Titta i din e-post");
		assertThat(mailsTo(email)).hasSize(1);
		assertThat(mailsTo(email).getFirst()[0]).contains("Bekräfta din e-postadress");
		String token = tokenIn(email);
		assertThat(jdbc.sql("select count(*) from ev_organiser where token_digest = :t")
			.param("t", token)
			.query(Long.class)
			.single()).as("the token is stored only as its digest").isZero();
		HttpResponse<String> confirm = web.get("/evenemang/arrangor/verifiera/" + token);
		assertThat(confirm.body()).contains("Bekräfta och logga in");
		HttpResponse<String> mine = web.postForm("/evenemang/arrangor/verifiera", WebSession.csrfToken(confirm),
				Map.of("token", token));
		assertThat(mine.body()).contains("<h1>Mina evenemang</h1>", "Inloggad som Sjöviks spelmanslag");

		WebSession other = WebSession.at(base());
		HttpResponse<String> again = other.postForm("/evenemang/arrangor/verifiera",
				WebSession.csrfToken(other.get("/evenemang/arrangor/verifiera/" + token)), Map.of("token", token));
		assertThat(again.body()).contains("Länken gäller inte längre");
		assertThat(other.get("/evenemang/arrangor/mina").uri().getPath()).isEqualTo("/evenemang/arrangor");
	}

	@Test
	void anExpiredLinkDoesNotSignIn() {
		String email = uniqueEmail();
		organisers.register("Anna Lund", "Sjöviks spelmanslag", email, "", null);
		String token = tokenIn(email);
		jdbc.sql("update ev_organiser set token_expires_at = :past where email = :email")
			.param("past", OffsetDateTime.now().minusMinutes(1))
			.param("email", email)
			.update();

		assertThat(organisers.signIn(token)).isEmpty();
		assertThat(jdbc.sql("select verified_at from ev_organiser where email = :e")
			.param("e", email)
			.query(OffsetDateTime.class)
			.optional()).isEmpty();
	}

	@Test
	void askingForASignInLinkAnswersTheSameForKnownAndUnknownAddresses() {
		String known = uniqueEmail();
		verifiedOrganiser(known);
		String unknown = uniqueEmail();
		WebSession web = WebSession.at(base());

		String forKnown = web
			.postForm("/evenemang/arrangor", WebSession.csrfToken(web.get("/evenemang/arrangor")),
					Map.of("email", known))
			.body();
		String forUnknown = web
			.postForm("/evenemang/arrangor", WebSession.csrfToken(web.get("/evenemang/arrangor")),
					Map.of("email", unknown))
			.body();

		assertThat(forKnown.replaceAll("value=\"[^\"]*\"", ""))
			.isEqualTo(forUnknown.replaceAll("value=\"[^\"]*\"", ""));
		assertThat(mailsTo(known).getFirst()[0]).isEqualTo("Logga in i evenemangskalendern");
		assertThat(mailsTo(unknown)).isEmpty();
		// registering an address again sends a sign-in link, not a second account
		organisers.register("Någon Annan", "Annan förening", known, "", null);
		assertThat(jdbc.sql("select count(*) from ev_organiser where email = :e")
			.param("e", known)
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void aFourthMailToTheSameAddressWithinAQuarterIsRefusedKeepingWhatWasTyped() {
		String email = uniqueEmail();
		verifiedOrganiser(email);
		organisers.requestSignIn(email, null);
		organisers.requestSignIn(email, null);
		WebSession web = WebSession.at(base());

		HttpResponse<String> refused = web.postForm("/evenemang/arrangor",
				WebSession.csrfToken(web.get("/evenemang/arrangor")), Map.of("email", email));

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Vänta en kvart", "value=\"" + email + "\"");
		assertThat(mailsTo(email)).hasSize(3);
	}

	@Test
	void aRefusedFormComesBackWithEveryFieldAsTypedAndSaysToChooseTheImageAgain() {
		WebSession web = signedIn(uniqueEmail());
		String programmeId = events.programme("kulturnatten-2027").orElseThrow().id().toString();
		Map<String, String> form = form(programmeId, "Vinterbilder <script>alert(1)</script>");
		form.put("slot1Start", "2027-01-30T21:00");
		form.put("slot1End", "2027-01-30T20:00");
		form.put("slot1.SIGN_LANGUAGE", "on");
		form.put("priceSek", "femtio");

		HttpResponse<String> refused = web.postForm("/evenemang/arrangor/nytt",
				WebSession.csrfToken(web.get("/evenemang/arrangor/nytt")), form);

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Rätta följande", "priset i hela kronor")
			.contains("value=\"femtio\"", "value=\"2027-01-30T21:00\"", "value=\"2027-01-30T20:00\"")
			.contains("id=\"slot1.SIGN_LANGUAGE\" name=\"slot1.SIGN_LANGUAGE\" value=\"on\" checked")
			.contains("value=\"Vinterbilder &lt;script>")
			.doesNotContain("<script>alert");
		form.put("priceSek", "");
		HttpResponse<String> again = web.postForm("/evenemang/arrangor/nytt", WebSession.csrfToken(refused), form);
		assertThat(again.body()).contains("utan HTML-taggar", "Tid 2 måste sluta efter att den börjar");
	}

	@Test
	void afterTheDeadlineANewEventIsRefusedWithTheDeadlineNamed() {
		ProgrammeView kulturnatten = events.programme("kulturnatten-2027").orElseThrow();
		OffsetDateTime deadline = kulturnatten.submissionDeadline();
		WebSession web = signedIn(uniqueEmail());
		jdbc.sql("update ev_programme set submission_deadline = :d where id = :id")
			.param("d", OffsetDateTime.now().minusDays(1))
			.param("id", kulturnatten.id())
			.update();
		try {
			HttpResponse<String> refused = web.postForm("/evenemang/arrangor/nytt",
					WebSession.csrfToken(web.get("/evenemang/arrangor/nytt")),
					form(kulturnatten.id().toString(), "Vinterbilder"));

			assertThat(refused.body()).contains("Sista dag att anmäla evenemang till Kulturnatten 2027 var",
					"value=\"Vinterbilder\"");
		}
		finally {
			jdbc.sql("update ev_programme set submission_deadline = :d where id = :id")
				.param("d", deadline)
				.param("id", kulturnatten.id())
				.update();
		}
	}

	@Test
	void anApprovedEventGetsItsNumberIsPublicAndTheOrganiserIsMailed() {
		String email = uniqueEmail();
		OrganiserView organiser = verifiedOrganiser(email);
		UUID id = submissions.save(organiser.id(), null, calendarEvent("Vårkonsert i parken"), null, false, true, null,
				null);
		assertThat(submissions.queue(EDITOR)).extracting(SubmissionView::id).contains(id);
		assertThat(submissions.queue(EDITOR).stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow().isNew())
			.isTrue();
		assertThat(events.publicEvents(calendar().id())).extracting(EventView::id).doesNotContain(id);

		submissions.approve(id, null, version(id), EDITOR);

		EventView published = events.publicEvents(calendar().id())
			.stream()
			.filter(e -> e.id().equals(id))
			.findFirst()
			.orElseThrow();
		assertThat(published.number()).isPositive();
		assertThat(published.titleSv()).isEqualTo("Vårkonsert i parken");
		assertThat(published.organiserName()).isEqualTo("Sjöviks spelmanslag");
		assertThat(mailsTo(email).getFirst()[0]).isEqualTo("Ditt evenemang är publicerat: Vårkonsert i parken");
		assertThat(mailsTo(email).getFirst()[1]).contains("/evenemang/evenemangskalendern/" + published.number());
		assertThat(events.changes(calendar().id()))
			.anyMatch(c -> c.eventId().equals(id) && c.kind() == ChangeView.Kind.ADDED);
		assertThat(submissions.queue(EDITOR)).extracting(SubmissionView::id).doesNotContain(id);
		assertThatThrownBy(() -> submissions.approve(id, null, version(id), EDITOR))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void askingForChangesAndRefusingMailTheOrganiserTheEditorsWords() {
		String email = uniqueEmail();
		OrganiserView organiser = verifiedOrganiser(email);
		UUID asked = submissions.save(organiser.id(), null, calendarEvent("Konsert som behöver mer text"), null, false,
				true, null, null);
		UUID refused = submissions.save(organiser.id(), null, calendarEvent("Partiets torgmöte"), null, false, true,
				null, null);

		assertThatThrownBy(() -> submissions.requestChanges(asked, " ", version(asked), EDITOR))
			.isInstanceOf(ValidationException.class);
		submissions.requestChanges(asked, "Skriv vem som spelar.", version(asked), EDITOR);
		submissions.reject(refused, "Partipolitiska evenemang tas inte med.", version(refused), EDITOR);

		assertThat(mailsTo(email))
			.anySatisfy(m -> assertThat(m[1]).contains("Skriv vem som spelar.", "/evenemang/arrangor/" + asked));
		assertThat(mailsTo(email))
			.anySatisfy(m -> assertThat(m[0] + m[1]).contains("avslogs", "Partipolitiska evenemang tas inte med."));
		SubmissionView mine = submissions.mine(organiser.id(), asked).orElseThrow();
		assertThat(mine.status()).isEqualTo(EventStatus.CHANGES_REQUESTED);
		assertThat(mine.message()).isEqualTo("Skriv vem som spelar.");
		assertThat(submissions.mine(organiser.id(), refused).orElseThrow().editableByOrganiser()).isFalse();
		// sent again, it waits once more, still as a new event
		submissions.save(organiser.id(), asked, calendarEvent("Konsert med Sjöviks spelmanslag"), null, false, true,
				version(asked), null);
		assertThat(submissions.forReview(asked, EDITOR).orElseThrow().waitingForReview()).isTrue();
		assertThat(submissions.forReview(asked, EDITOR).orElseThrow().reviews())
			.extracting(SubmissionView.Review::action)
			.containsExactly("RESUBMITTED", "CHANGES_REQUESTED", "SUBMITTED");
	}

	@Test
	void aChangeToAnApprovedEventWaitsWhileVisitorsKeepTheApprovedVersion() {
		OrganiserView organiser = verifiedOrganiser(uniqueEmail());
		UUID id = submissions.save(organiser.id(), null, calendarEvent("Sommarkonsert"), null, false, true, null, null);
		submissions.approve(id, null, version(id), EDITOR);
		Submission changed = calendarEvent("Sommarkonsert med gästartist");

		submissions.save(organiser.id(), id, changed, null, false, true, version(id), null);

		assertThat(publicTitle(id)).isEqualTo("Sommarkonsert");
		SubmissionView waiting = submissions.forReview(id, EDITOR).orElseThrow();
		assertThat(waiting.isNew()).isFalse();
		assertThat(waiting.changes())
			.containsExactly(new FieldChange("events.field.titleSv", "Sommarkonsert", "Sommarkonsert med gästartist"));
		assertThat(submissions.mine(organiser.id(), id).orElseThrow().stateKey())
			.isEqualTo("events.org.state.change.SUBMITTED");
		assertThatThrownBy(() -> submissions.approve(id, null, waiting.version() - 1, EDITOR))
			.as("a stale decision is refused")
			.isInstanceOf(ConflictException.class);

		submissions.approve(id, null, waiting.version(), EDITOR);

		assertThat(publicTitle(id)).isEqualTo("Sommarkonsert med gästartist");
		assertThat(events.changes(calendar().id())).anyMatch(
				c -> c.eventId().equals(id) && c.kind() == ChangeView.Kind.CHANGED && c.summarySv().contains("titel"));
	}

	@Test
	void aRefusedChangeLeavesTheApprovedVersionPublic() {
		OrganiserView organiser = verifiedOrganiser(uniqueEmail());
		UUID id = submissions.save(organiser.id(), null, calendarEvent("Höstkonsert"), null, false, true, null, null);
		submissions.approve(id, null, version(id), EDITOR);
		submissions.save(organiser.id(), id, calendarEvent("Höstkonsert – nu med politiskt tal"), null, false, true,
				version(id), null);

		submissions.reject(id, "Politiska tal tas inte med.", version(id), EDITOR);

		assertThat(publicTitle(id)).isEqualTo("Höstkonsert");
		SubmissionView mine = submissions.mine(organiser.id(), id).orElseThrow();
		assertThat(mine.status()).isEqualTo(EventStatus.PUBLISHED);
		assertThat(mine.pendingStatus()).isEqualTo(EventStatus.REJECTED);
		assertThat(mine.submission().titleSv()).as("the form starts from the approved version")
			.isEqualTo("Höstkonsert");
	}

	@Test
	void anOrganiserNeitherSeesNorChangesAnotherOrganisersEvent() {
		OrganiserView owner = verifiedOrganiser(uniqueEmail());
		UUID id = submissions.save(owner.id(), null, calendarEvent("Anna's konsert"), null, false, true, null, null);
		WebSession other = signedIn(uniqueEmail());

		assertThat(other.get("/evenemang/arrangor/" + id).statusCode()).isEqualTo(404);
		HttpResponse<String> mine = other.get("/evenemang/arrangor/mina");
		Map<String, String> form = form(calendar().id().toString(), "Kapat");
		form.put("version", "0");
		assertThat(other.postForm("/evenemang/arrangor/" + id, WebSession.csrfToken(mine), form).statusCode())
			.isEqualTo(404);
		assertThat(submissions.mine(owner.id(), id).orElseThrow().submission().titleSv()).isEqualTo("Anna's konsert");
	}

	@Test
	void organiserPagesSendAnonymousVisitorsToTheSignInPageAndTheQueueIsForEditorsOnly() throws Exception {
		HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		for (String path : List.of("/evenemang/arrangor/mina", "/evenemang/arrangor/nytt",
				"/evenemang/arrangor/" + UUID.randomUUID())) {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base() + path)).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path).isEqualTo(302);
			assertThat(response.headers().firstValue("Location").orElseThrow()).as(path)
				.endsWith("/evenemang/arrangor");
		}
		WebSession requester = WebSession.withoutRedirects(base());
		requester.login("bestallare", "demo");
		assertThat(requester.get("/evenemang/redaktion").statusCode()).isEqualTo(403);
		WebSession otherLead = WebSession.withoutRedirects(base());
		otherLead.login("hr-chef", "demo");
		assertThat(otherLead.get("/evenemang/redaktion").statusCode()).isEqualTo(403);
		WebSession editor = WebSession.at(base());
		editor.login("redaktor", "demo");
		HttpResponse<String> queue = editor.get("/evenemang/redaktion");
		assertThat(queue.statusCode()).isEqualTo(200);
		assertThat(queue.body()).contains("<h1>Granska evenemang</h1>", "Folkmusik i trapphuset", "Nytt evenemang");
	}

	@Test
	void theDemoQueueShowsWhatChangedInAPublishedEvent() {
		SubmissionView change = submissions.queue(EDITOR)
			.stream()
			.filter(s -> !s.isNew() && s.organiser() != null && s.organiser().email().endsWith("spelmanslaget.example"))
			.findFirst()
			.orElseThrow();

		assertThat(change.changes()).extracting(FieldChange::labelKey)
			.contains("events.field.titleSv", "events.field.descriptionSv", "events.field.slots");
		assertThat(events.publicEvents(change.programme().id()))
			.anyMatch(e -> e.id().equals(change.id()) && !e.titleSv().contains("gästartist"));
	}

	@Test
	void anImageIsCheckedResizedAndShownToVisitorsOnlyOnceTheEventIsPublic() throws Exception {
		OrganiserView organiser = verifiedOrganiser(uniqueEmail());
		assertThatThrownBy(() -> submissions.save(organiser.id(), null, calendarEvent("Liten bild"),
				new ImageUpload("liten.png", png(800, 600)), false, true, null, null))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("800 pixlar bred");
		Submission withAlt = calendarEvent("Konsert med bild").withImage(null, "Spelmän med fioler i snön");
		UUID id = submissions.save(organiser.id(), null, withAlt, new ImageUpload("stor.png", png(1600, 900)), false,
				true, null, null);
		String ref = submissions.mine(organiser.id(), id).orElseThrow().submission().imageRef();
		assertThat(ref).startsWith("/evenemang/bilder/").endsWith(".jpg");
		HttpClient http = HttpClient.newHttpClient();
		assertThat(http
			.send(HttpRequest.newBuilder(URI.create(base() + ref)).build(), HttpResponse.BodyHandlers.ofByteArray())
			.statusCode()).isEqualTo(404);

		submissions.approve(id, null, version(id), EDITOR);

		HttpResponse<byte[]> image = http.send(HttpRequest.newBuilder(URI.create(base() + ref)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(image.statusCode()).isEqualTo(200);
		BufferedImage resized = ImageIO.read(new java.io.ByteArrayInputStream(image.body()));
		assertThat(resized.getWidth()).isEqualTo(1200);
		assertThat(resized.getHeight()).isEqualTo(675);
	}

	private String publicTitle(UUID id) {
		return events.publicEvents(calendar().id())
			.stream()
			.filter(e -> e.id().equals(id))
			.findFirst()
			.orElseThrow()
			.titleSv();
	}

	private static byte[] png(int width, int height) throws Exception {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		var g = image.createGraphics();
		g.setColor(java.awt.Color.ORANGE);
		g.fillRect(0, 0, width / 2, height);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
