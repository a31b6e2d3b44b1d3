package se.helhet.platform;

/**
 * Sends e-mail. Every mail is kept in the outbox that the administrator reads; it is sent
 * through the SMTP server only when one is configured ({@code spring.mail.host}), and
 * only once the caller's transaction has committed, so a rolled-back change sends
 * nothing. Without an SMTP server (the demo) the outbox is where the mails are.
 */
public interface Mailer {

	void send(Mail mail);

	/**
	 * Mails the person with this username at the address of their account.
	 * @return false when there is no such account or it has no e-mail address
	 */
	boolean sendToAccount(String username, String subject, String body);

}
