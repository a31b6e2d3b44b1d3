package se.helhet.events;

import se.helhet.platform.Text;

/**
 * Refused because the same address, organiser or network tried too often in a short time
 * (abuse protection for the public forms). The message says when to try again.
 */
public class TooManyAttempts extends RuntimeException {

	private final Text text;

	public TooManyAttempts(Text text) {
		super(text.sv());
		this.text = text;
	}

	public Text text() {
		return text;
	}

}
