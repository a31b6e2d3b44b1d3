package se.helhet.platform;

/**
 * An e-mail in plain text.
 *
 * @param to the recipient's address
 * @param subject the subject line
 * @param body the text
 */
public record Mail(String to, String subject, String body) {

	public Mail {
		if (to == null || to.isBlank()) {
			throw new IllegalArgumentException("A mail needs a recipient");
		}
		if (subject == null || subject.isBlank()) {
			throw new IllegalArgumentException("A mail needs a subject");
		}
		to = to.strip();
		subject = subject.strip();
		body = body == null ? "" : body;
	}

}
