package se.helhet.events.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.helhet.events.OrganiserView;
import se.helhet.events.Organisers;
import se.helhet.events.TooManyAttempts;
import se.helhet.platform.Mail;
import se.helhet.platform.Mailer;
import se.helhet.platform.Text;
import se.helhet.platform.ValidationException;

/**
 * Organisers on JdbcClient. A link's token is random, mailed once and stored only as its
 * SHA-256 digest; using it clears it, so a link works once, and only until it expires.
 */
@Service
class OrganisersService implements Organisers {

	/** How long the link of a new registration works: it may be read the next day. */
	static final Duration REGISTRATION_LINK = Duration.ofHours(24);

	/** How long a sign-in link works: it is asked for and used at once. */
	static final Duration SIGN_IN_LINK = Duration.ofMinutes(60);

	/** Mails to one address: enough to retry, too few to flood someone's inbox. */
	static final RateLimit PER_ADDRESS = new RateLimit(3, Duration.ofMinutes(15));

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Mailer mailer;

	private final RateLimits limits;

	private final String baseUrl;

	private final RateLimit perNetwork;

	OrganisersService(JdbcClient jdbc, Clock clock, Mailer mailer, RateLimits limits,
			@Value("${helhet.base-url:http://localhost:8080}") String baseUrl,
			@Value("${helhet.events.mails-per-network-per-hour:30}") int mailsPerNetwork) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.mailer = mailer;
		this.limits = limits;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
		this.perNetwork = new RateLimit(mailsPerNetwork, Duration.ofHours(1));
	}

	@Override
	@Transactional
	public void register(String name, String organisationName, String email, String phone, String from) {
		String cleanName = EventsService.clean(name, 1000);
		String cleanOrg = EventsService.clean(organisationName, 1000);
		String address = normalise(email);
		String cleanPhone = EventsService.clean(phone, 100);
		Map<String, Text> errors = new LinkedHashMap<>();
		if (cleanName.isEmpty()) {
			errors.put("name", new Text("Skriv ditt namn.", "Write your name."));
		}
		else if (cleanName.length() > 200 || SubmissionRules.hasMarkup(cleanName)) {
			errors.put("name", new Text("Skriv ditt namn som vanlig text, högst 200 tecken.",
					"Write your name as plain text, at most 200 characters."));
		}
		if (cleanOrg.isEmpty()) {
			errors.put("organisationName", new Text("Skriv föreningens, företagets eller verksamhetens namn.",
					"Write the name of the association, company or organisation."));
		}
		else if (cleanOrg.length() > 200 || SubmissionRules.hasMarkup(cleanOrg)) {
			errors.put("organisationName", new Text("Skriv namnet som vanlig text, högst 200 tecken.",
					"Write the name as plain text, at most 200 characters."));
		}
		if (!validEmail(address)) {
			errors.put("email", new Text("Skriv en e-postadress som namn@exempel.se.",
					"Write an e-mail address such as name@example.com."));
		}
		if (!cleanPhone.isEmpty() && !cleanPhone.matches("[0-9 +()\\-]{5,40}")) {
			errors.put("phone",
					new Text("Skriv telefonnumret med siffror, till exempel 0470-123 45, eller lämna det tomt.",
							"Write the phone number in digits, for example 0470-123 45, or leave it empty."));
		}
		if (!errors.isEmpty()) {
			throw ValidationException.of(errors);
		}
		limit(address, from);
		OffsetDateTime now = OffsetDateTime.now(clock);
		Optional<Row> existing = find(address);
		String token = newToken();
		if (existing.isPresent()) {
			// Registered already: a sign-in link, and the same answer to the caller
			if (!existing.get().blocked()) {
				store(existing.get().id(), token, now.plus(SIGN_IN_LINK));
				mailSignIn(address, existing.get().name(), token);
			}
			return;
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into ev_organiser (id, email, name, organisation_name, phone, token_digest, token_expires_at,
				created_at) values (:id, :email, :name, :org, :phone, :digest, :expires, :now)
				""")
			.param("id", id)
			.param("email", address)
			.param("name", cleanName)
			.param("org", cleanOrg)
			.param("phone", cleanPhone)
			.param("digest", RateLimits.digest(token))
			.param("expires", now.plus(REGISTRATION_LINK))
			.param("now", now)
			.update();
		mailer.send(new Mail(address, "Bekräfta din e-postadress – evenemangskalendern", "Hej " + cleanName + "!\n\n"
				+ "Du har registrerat dig som arrangör i kommunens evenemangskalender. Öppna länken för att "
				+ "bekräfta din e-postadress och logga in:\n\n" + link(token) + "\n\n"
				+ "Länken gäller i 24 timmar och kan bara användas en gång. Har du inte registrerat dig kan du "
				+ "bortse från det här mejlet.\n\n"
				+ "English: open the link to confirm your e-mail address and sign in. It works once, for 24 hours."));
	}

	@Override
	@Transactional
	public void requestSignIn(String email, String from) {
		String address = normalise(email);
		if (!validEmail(address)) {
			throw ValidationException.of(Map.of("email", new Text("Skriv en e-postadress som namn@exempel.se.",
					"Write an e-mail address such as name@example.com.")));
		}
		limit(address, from);
		find(address).filter(row -> !row.blocked()).ifPresent(row -> {
			String token = newToken();
			store(row.id(), token, OffsetDateTime.now(clock).plus(SIGN_IN_LINK));
			mailSignIn(address, row.name(), token);
		});
	}

	@Override
	@Transactional
	public Optional<OrganiserView> signIn(String token) {
		if (token == null || !token.matches("[A-Za-z0-9_-]{20,100}")) {
			return Optional.empty();
		}
		String digest = RateLimits.digest(token);
		OffsetDateTime now = OffsetDateTime.now(clock);
		Optional<UUID> id = jdbc.sql(
				"select id from ev_organiser where token_digest = :digest and token_expires_at > :now and blocked = false")
			.param("digest", digest)
			.param("now", now)
			.query(UUID.class)
			.optional();
		if (id.isEmpty()) {
			return Optional.empty();
		}
		// the update both checks and uses the token: two clicks at once cannot both win
		int used = jdbc.sql("""
				update ev_organiser set verified_at = coalesce(verified_at, :now), token_digest = null,
				token_expires_at = null where id = :id and token_digest = :digest
				""").param("now", now).param("id", id.get()).param("digest", digest).update();
		return used == 1 ? organiser(id.get()) : Optional.empty();
	}

	@Override
	public Optional<OrganiserView> organiser(UUID id) {
		if (id == null) {
			return Optional.empty();
		}
		return jdbc.sql("select * from ev_organiser where id = :id and verified_at is not null and blocked = false")
			.param("id", id)
			.query(OrganisersService::view)
			.optional();
	}

	private void limit(String address, String from) {
		if (!limits.attempt("mail:" + address, PER_ADDRESS)) {
			throw new TooManyAttempts(new Text(
					"Vi har nyss skickat flera mejl till den adressen. Vänta en kvart och försök igen, och titta i skräpposten.",
					"We have just sent several mails to that address. Wait a quarter of an hour and try again, and check the spam folder."));
		}
		if (from != null && !limits.attempt("mail-from:" + from, perNetwork)) {
			throw new TooManyAttempts(new Text("För många försök från ditt nätverk. Försök igen om en timme.",
					"Too many attempts from your network. Try again in an hour."));
		}
	}

	private void store(UUID id, String token, OffsetDateTime expires) {
		jdbc.sql("update ev_organiser set token_digest = :digest, token_expires_at = :expires where id = :id")
			.param("digest", RateLimits.digest(token))
			.param("expires", expires)
			.param("id", id)
			.update();
	}

	private void mailSignIn(String address, String name, String token) {
		mailer.send(new Mail(address, "Logga in i evenemangskalendern",
				"Hej " + name + "!\n\nÖppna länken för att logga in som arrangör i kommunens evenemangskalender:\n\n"
						+ link(token)
						+ "\n\nLänken gäller i 60 minuter och kan bara användas en gång. Har du inte bett "
						+ "om den kan du bortse från det här mejlet.\n\n"
						+ "English: open the link to sign in as an organiser. It works once, for 60 minutes."));
	}

	String link(String token) {
		return baseUrl + "/evenemang/arrangor/verifiera/" + token;
	}

	private Optional<Row> find(String address) {
		return jdbc.sql("select id, name, blocked from ev_organiser where email = :email")
			.param("email", address)
			.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("name"), rs.getBoolean("blocked")))
			.optional();
	}

	static String normalise(String email) {
		return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
	}

	static boolean validEmail(String address) {
		return address.length() <= 254 && address.matches("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]{2,}");
	}

	private static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static OrganiserView view(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new OrganiserView(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("name"),
				rs.getString("organisation_name"), rs.getString("phone"),
				EventsService.local(rs.getObject("verified_at", OffsetDateTime.class)));
	}

	private record Row(UUID id, String name, boolean blocked) {
	}

}
