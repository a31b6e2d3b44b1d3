package se.helhet.knowledge.internal.search;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Highlighted snippets for search hits: the best passages of a text with the matched
 * words in {@code <mark>…</mark>}, and everything else HTML-escaped — so the snippet can
 * be put into a page as it is, whatever the source text holds ({@code <script>} stays
 * text).
 */
public final class SwedishSnippets {

	static final int PASSAGES = 2;

	static final int MAX_LENGTH = 100_000;

	private final UnifiedHighlighter highlighter;

	public SwedishSnippets(Analyzer analyzer) {
		this.highlighter = UnifiedHighlighter.builderWithoutSearcher(analyzer)
			.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
			.withMaxLength(MAX_LENGTH)
			.build();
	}

	/**
	 * The best passages of the text for the query, escaped, with matches marked; the
	 * escaped beginning of the text if nothing matches.
	 */
	public String snippet(String field, Query query, String text) {
		try {
			Object highlighted = this.highlighter.highlightWithoutSearcher(field, query, text, PASSAGES);
			if (highlighted instanceof String snippet && !snippet.isEmpty()) {
				return snippet;
			}
			return escape(text.length() > 200 ? text.substring(0, 200) + " …" : text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '&' -> escaped.append("&amp;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#x27;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

}
