package se.helhet.requests.web;

import java.util.Map;

/**
 * The new-request form exactly as typed; fields holds the service form's answers by key.
 */
public record RequestForm(String serviceId, String title, String description, Map<String, String> fields,
		String idempotencyKey) {

	public RequestForm {
		fields = fields == null ? Map.of() : Map.copyOf(fields);
	}

	public String field(String key) {
		return fields.getOrDefault(key, "");
	}

}
