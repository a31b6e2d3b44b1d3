package se.helhet.platform.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.helhet.platform.Mail;
import se.helhet.platform.Mailer;

/**
 * The mailer: every mail is a row in {@code platform_outbox}. With an SMTP server
 * ({@code spring.mail.host}) the row is sent once the writing transaction has committed,
 * and failures are retried with growing pauses, the last error kept in the row. Without
 * one the row is only kept, for the administrator's outbox page.
 */
@Service
public class Outbox implements Mailer {

	static final int MAX_ATTEMPTS = 6;

	/**
	 * How long a delivery may take before another attempt may claim the mail: a process
	 * that died while sending must not leave it unsent forever.
	 */
	static final Duration LEASE = Duration.ofMinutes(10);

	private static final Logger log = LoggerFactory.getLogger(Outbox.class);

	private final JdbcClient jdbc;

	private final ObjectProvider<JavaMailSender> sender;

	private final Clock clock;

	private final TransactionTemplate ownTransaction;

	private final String from;

	Outbox(JdbcClient jdbc, ObjectProvider<JavaMailSender> sender, Clock clock, PlatformTransactionManager transactions,
			@Value("${helhet.mail.from:helhet@localhost}") String from) {
		this.jdbc = jdbc;
		this.sender = sender;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.from = from;
	}

	/** Whether mails leave Helhet at all, or are only kept here. */
	public boolean smtpConfigured() {
		return sender.getIfAvailable() != null;
	}

	@Override
	@Transactional
	public void send(Mail mail) {
		UUID id = UUID.randomUUID();
		OffsetDateTime now = OffsetDateTime.now(clock);
		boolean smtp = smtpConfigured();
		jdbc.sql("""
				insert into platform_outbox (id, recipient, subject, body, created_at, attempts, next_attempt_at)
				values (?, ?, ?, ?, ?, 0, ?)""")
			.params(id, truncate(mail.to(), 320), truncate(mail.subject(), 300), truncate(mail.body(), 20000), now,
					smtp ? now : null)
			.update();
		if (smtp) {
			deliverAfterCommit(id);
		}
	}

	/* Sent only after commit: a change that is rolled back must not have told anyone. */
	private void deliverAfterCommit(UUID id) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				try {
					deliver(id);
				}
				catch (RuntimeException ex) {
					// The caller's change is committed and must not look failed: the
					// scheduled retry sends the mail once the claim has lapsed
					log.warn("Mail {} was not sent now and will be retried: {}", id, ex.toString());
				}
			}
		});
	}

	@Override
	@Transactional
	public boolean sendToAccount(String username, String subject, String body) {
		if (username == null || username.isBlank()) {
			return false;
		}
		// the address is read by the insert itself: one statement, not a read and a write
		// (a new request mails two people inside its intake)
		UUID id = UUID.randomUUID();
		OffsetDateTime now = OffsetDateTime.now(clock);
		boolean smtp = smtpConfigured();
		int written = jdbc.sql("""
				insert into platform_outbox (id, recipient, subject, body, created_at, attempts, next_attempt_at)
				select ?, email, ?, ?, ?, 0, ? from platform_account
				where username = ? and enabled = true and email is not null and trim(email) <> ''""")
			.params(id, truncate(subject, 300), truncate(body, 20000), now, smtp ? now : null,
					username.trim().toLowerCase())
			.update();
		if (written > 0 && smtp) {
			deliverAfterCommit(id);
		}
		return written > 0;
	}

	/** Sends the mails whose earlier attempt failed, or that no one has sent yet. */
	@Scheduled(fixedDelayString = "${helhet.mail.retry-delay:PT1M}",
			initialDelayString = "${helhet.mail.retry-delay:PT1M}")
	public void sendDue() {
		if (!smtpConfigured()) {
			return;
		}
		List<UUID> due = jdbc.sql("""
				select id from platform_outbox where sent_at is null and next_attempt_at <= ?
				order by next_attempt_at limit 100""").param(OffsetDateTime.now(clock)).query(UUID.class).list();
		due.forEach(this::deliver);
	}

	/**
	 * Sends one mail if it is still due and no one else is sending it. Each step has its
	 * own transaction, so that the SMTP conversation holds no database transaction open.
	 */
	void deliver(UUID id) {
		JavaMailSender smtp = sender.getIfAvailable();
		if (smtp == null) {
			return;
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		Mail mail = ownTransaction.execute(status -> claim(id, now));
		if (mail == null) {
			return;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(mail.to());
		message.setSubject(mail.subject());
		message.setText(mail.body());
		try {
			smtp.send(message);
		}
		catch (RuntimeException ex) {
			log.warn("Mail {} could not be sent: {}", id, ex.getMessage());
			ownTransaction.executeWithoutResult(status -> failed(id, ex));
			return;
		}
		ownTransaction.executeWithoutResult(status -> jdbc.sql("""
				update platform_outbox set sent_at = ?, attempts = attempts + 1, error = null, next_attempt_at = null
				where id = ?""").params(OffsetDateTime.now(clock), id).update());
	}

	private Mail claim(UUID id, OffsetDateTime now) {
		int claimed = jdbc.sql("""
				update platform_outbox set next_attempt_at = ?
				where id = ? and sent_at is null and next_attempt_at <= ?""").params(now.plus(LEASE), id, now).update();
		if (claimed == 0) {
			return null;
		}
		return jdbc.sql("select recipient, subject, body from platform_outbox where id = ?")
			.param(id)
			.query((rs, n) -> new Mail(rs.getString("recipient"), rs.getString("subject"), rs.getString("body")))
			.single();
	}

	private void failed(UUID id, RuntimeException ex) {
		int attempts = jdbc.sql("select attempts from platform_outbox where id = ?")
			.param(id)
			.query(Integer.class)
			.single() + 1;
		boolean giveUp = attempts >= MAX_ATTEMPTS;
		String error = (giveUp ? "Gav upp efter " + attempts + " försök. " : "Försök " + attempts + " misslyckades. ")
				+ ex.getMessage();
		jdbc.sql("update platform_outbox set attempts = ?, error = ?, next_attempt_at = ? where id = ?")
			.params(attempts, truncate(error, 2000), giveUp ? null : OffsetDateTime.now(clock).plus(pause(attempts)),
					id)
			.update();
	}

	/** 1, 4, 9, 16, 25 minutes: a short outage is bridged, a long one is not hammered. */
	static Duration pause(int attempts) {
		return Duration.ofMinutes((long) attempts * attempts);
	}

	/** A page of the outbox, newest first. */
	@Transactional(readOnly = true)
	public OutboxPage page(int page, int size) {
		int safeSize = Math.max(1, Math.min(size, 200));
		long total = jdbc.sql("select count(*) from platform_outbox").query(Long.class).single();
		// past the end shows the last page, not an empty one that looks like an empty
		// outbox
		int lastPage = (int) Math.max(0, (total - 1) / safeSize);
		int safePage = Math.max(0, Math.min(page, lastPage));
		List<OutboxMail> rows = jdbc.sql("""
				select id, recipient, subject, body, created_at, sent_at, error, attempts, next_attempt_at
				from platform_outbox order by created_at desc, id desc limit ? offset ?""")
			.params(safeSize, (long) safePage * safeSize)
			.query((rs, n) -> new OutboxMail(rs.getObject("id", UUID.class), rs.getString("recipient"),
					rs.getString("subject"), rs.getString("body"), rs.getObject("created_at", OffsetDateTime.class),
					rs.getObject("sent_at", OffsetDateTime.class), rs.getString("error"), rs.getInt("attempts"),
					rs.getObject("next_attempt_at", OffsetDateTime.class)))
			.list();
		return new OutboxPage(rows, safePage, safeSize, total);
	}

	/** How many mails there are, and how many of them have not left Helhet. */
	@Transactional(readOnly = true)
	public Counts counts() {
		return jdbc.sql("select count(*) total, count(sent_at) sent from platform_outbox")
			.query((rs, n) -> new Counts(rs.getLong("total"), rs.getLong("total") - rs.getLong("sent")))
			.single();
	}

	private static String truncate(String value, int max) {
		return value.length() <= max ? value : value.substring(0, max - 1) + "…";
	}

	/** One mail of the outbox. */
	public record OutboxMail(UUID id, String recipient, String subject, String body, OffsetDateTime createdAt,
			OffsetDateTime sentAt, String error, int attempts, OffsetDateTime nextAttemptAt) {

		/** SENT, QUEUED (waiting for its first attempt), RETRYING, FAILED or KEPT. */
		public String state() {
			if (sentAt != null) {
				return "SENT";
			}
			if (nextAttemptAt != null) {
				return attempts == 0 ? "QUEUED" : "RETRYING";
			}
			return error != null ? "FAILED" : "KEPT";
		}

	}

	/** A page of mails. */
	public record OutboxPage(List<OutboxMail> rows, int page, int size, long total) {

		public int pages() {
			return (int) Math.max(1, (total + size - 1) / size);
		}

	}

	/** The number of mails, and of those not sent. */
	public record Counts(long total, long unsent) {
	}

}
