package se.helhet.requests.web;

import java.util.Locale;

/**
 * Registration numbers as people type them: "hr 2026/123", " HR 2026/00123 " and
 * "HR2026/00123" all mean HR 2026/00123.
 */
final class RequestNumbers {

	private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern
		.compile("([A-ZÅÄÖ]+)\\s*(\\d{4})\\s*/\\s*(\\d{1,7})");

	private RequestNumbers() {
	}

	static String normalise(String typed) {
		if (typed == null) {
			return "";
		}
		String text = typed.strip().toUpperCase(Locale.ROOT);
		java.util.regex.Matcher m = NUMBER.matcher(text);
		if (!m.matches()) {
			return text.replaceAll("\\s+", " ");
		}
		String serial = m.group(3);
		return m.group(1) + " " + m.group(2) + "/" + "0".repeat(Math.max(0, 5 - serial.length())) + serial;
	}

}
