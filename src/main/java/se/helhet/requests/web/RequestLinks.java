package se.helhet.requests.web;

import se.helhet.requests.Requests.Queue;

/**
 * The Swedish URL words of the request lists, used by controllers and templates alike.
 */
public final class RequestLinks {

	private RequestLinks() {
	}

	public static String slug(Queue queue) {
		return switch (queue) {
			case MINE -> "mina";
			case UNASSIGNED -> "otilldelade";
			case OVERDUE -> "forsenade";
			case FORVALTNING -> "forvaltning";
			case REQUESTED -> "bestallda";
			case ALL -> "alla";
		};
	}

	public static String minutes(int total) {
		int hours = total / 60;
		int minutes = total % 60;
		return hours == 0 ? minutes + " min" : minutes == 0 ? hours + " h" : hours + " h " + minutes + " min";
	}

	public static String size(long bytes) {
		return bytes < 1024 ? bytes + " B"
				: bytes < 1024 * 1024 ? (bytes / 1024) + " kB" : String.format("%.1f MB", bytes / 1048576.0);
	}

}
