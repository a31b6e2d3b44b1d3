package se.helhet.platform;

import java.util.Map;

/**
 * The API's optimistic locking: an object's version as its ETag ("3"), and the version a
 * client's If-Match says its change is based on.
 */
public final class ETags {

	private ETags() {
	}

	/** The ETag of a version: "3". */
	public static String of(int version) {
		return "\"" + version + "\"";
	}

	/**
	 * The version in an If-Match header ("3", W/"3"), or null when there is none;
	 * anything else is refused with a message in Swedish.
	 * @param whose e.g. "frånvarons", for "If-Match ska vara frånvarons ETag"
	 */
	public static Integer version(String ifMatch, String whose) {
		if (ifMatch == null || ifMatch.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(ifMatch.strip().replace("W/", "").replace("\"", ""));
		}
		catch (NumberFormatException ex) {
			throw new ValidationException(Map.of("If-Match", "If-Match ska vara " + whose + " ETag, t.ex. \"3\"."));
		}
	}

}
