package se.helhet.knowledge.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the demo knowledge base from its text files: entries start with "=== title", then
 * "key: value" lines, a blank line and the Markdown text. A governing document's versions
 * start with "--- version" and their own key lines. Dates may be relative to today
 * ("idag-60", "idag+20"), so that the demo always has an overdue review.
 */
final class DemoKnowledgeTexts {

	private DemoKnowledgeTexts() {
	}

	record Entry(String title, Map<String, String> keys, String body, List<Entry> versions) {

		String key(String name) {
			String value = keys.get(name);
			if (value == null) {
				throw new IllegalStateException("Demo entry \"" + title + "\" has no " + name);
			}
			return value;
		}

	}

	static List<Entry> read(String resource) {
		try (InputStream in = DemoKnowledgeTexts.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("No resource " + resource);
			}
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<Entry> parse(String text) {
		List<Entry> entries = new ArrayList<>();
		String[] blocks = ("\n" + text.replace("\r\n", "\n")).split("\n=== ");
		for (int i = 1; i < blocks.length; i++) {
			String block = blocks[i];
			String title = block.substring(0, block.indexOf('\n')).strip();
			String rest = block.substring(block.indexOf('\n') + 1);
			String[] parts = ("\n" + rest).split("\n--- version[^\n]*\n");
			Entry head = entry(title, parts[0]);
			List<Entry> versions = new ArrayList<>();
			for (int v = 1; v < parts.length; v++) {
				versions.add(entry(title, parts[v]));
			}
			entries.add(new Entry(title, head.keys(), head.body(), versions));
		}
		return entries;
	}

	private static Entry entry(String title, String text) {
		Map<String, String> keys = new LinkedHashMap<>();
		String[] lines = text.strip().split("\n", -1);
		int i = 0;
		while (i < lines.length && !lines[i].isBlank() && lines[i].matches("^[a-zåäö]+:.*")) {
			int colon = lines[i].indexOf(':');
			keys.put(lines[i].substring(0, colon).strip(), lines[i].substring(colon + 1).strip());
			i++;
		}
		StringBuilder body = new StringBuilder();
		for (; i < lines.length; i++) {
			body.append(lines[i]).append('\n');
		}
		return new Entry(title, keys, body.toString().strip(), List.of());
	}

	/** "2026-03-01", or relative to today: "idag-60", "idag+20". */
	static String date(String text, LocalDate today) {
		String t = text.strip();
		if (t.startsWith("idag")) {
			String offset = t.substring(4).strip();
			return today.plusDays(offset.isEmpty() ? 0 : Long.parseLong(offset.replace("+", ""))).toString();
		}
		return t;
	}

}
