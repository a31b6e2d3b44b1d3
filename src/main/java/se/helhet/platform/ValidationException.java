package se.helhet.platform;

import java.util.Map;

/**
 * Input that breaks a rule; maps each field to a Swedish message that says what to do.
 */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.BAD_REQUEST)
public class ValidationException extends RuntimeException {

	private final Map<String, String> errors;

	public ValidationException(Map<String, String> errors) {
		super(String.join(" ", errors.values()));
		this.errors = Map.copyOf(errors);
	}

	public Map<String, String> errors() {
		return errors;
	}

}
