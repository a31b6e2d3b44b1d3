package se.helhet.knowledge.internal;

import se.helhet.knowledge.DocumentType;

/**
 * What a requester is shown of a governing document before ordering, when its lead has
 * not written a summary: the opening of its text, without Markdown, cut at a sentence.
 */
final class DocumentSummaries {

	static final int MAX = 400;

	private DocumentSummaries() {
	}

	/**
	 * The first paragraphs of the text as plain sentences, up to about {@value #MAX}
	 * characters: headings, list marks and emphasis removed.
	 */
	static String opening(String markdown) {
		if (markdown == null) {
			return "";
		}
		StringBuilder text = new StringBuilder();
		for (String line : markdown.split("\n")) {
			String plain = line.strip();
			if (plain.isEmpty() || plain.startsWith("#") || plain.startsWith("|") || plain.startsWith("---")) {
				continue;
			}
			plain = plain.replaceFirst("^([-*+]|\\d+[.)])\\s+", "")
				.replaceAll("\\*\\*|__|\\*|`", "")
				.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1");
			if (!text.isEmpty()) {
				text.append(' ');
			}
			text.append(plain);
			if (text.length() >= MAX) {
				break;
			}
		}
		return cut(text.toString());
	}

	private static String cut(String text) {
		if (text.length() <= MAX) {
			return text;
		}
		int end = text.lastIndexOf(". ", MAX);
		if (end > MAX / 3) {
			return text.substring(0, end + 1);
		}
		int space = text.lastIndexOf(' ', MAX);
		return text.substring(0, space > 0 ? space : MAX) + " …";
	}

	/** Which document a service shows first: the steps (rutin) before the principles. */
	static int preference(DocumentType type) {
		return switch (type) {
			case RUTIN -> 0;
			case INSTRUKTION -> 1;
			case RIKTLINJE -> 2;
			case POLICY -> 3;
		};
	}

}
