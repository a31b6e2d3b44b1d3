package se.helhet.knowledge.internal;

import java.util.List;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Markdown as written by handlers, rendered with CommonMark (tables included) and then
 * sanitised with jsoup: whatever the text holds, no script, event handler or
 * {@code javascript:} link reaches a reader.
 */
public final class Markdown {

	private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());

	private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
		.extensions(EXTENSIONS)
		.escapeHtml(true)
		.sanitizeUrls(true)
		.build();

	private static final Safelist SAFELIST = Safelist.relaxed()
		.removeTags("img")
		.addAttributes("th", "scope")
		.addProtocols("a", "href", "https", "http", "mailto", "#")
		.preserveRelativeLinks(true);

	private Markdown() {
	}

	/** The text as HTML that is safe to put into a page as it is. */
	private static final TextContentRenderer TEXT = TextContentRenderer.builder().extensions(EXTENSIONS).build();

	/**
	 * The text without its Markdown marks ("## ", "**", "- [ ]"): what a search snippet
	 * quotes.
	 */
	public static String toPlainText(String markdown) {
		return TEXT.render(PARSER.parse(markdown == null ? "" : markdown)).replace("[ ] ", "").replace("[x] ", "");
	}

	public static String toSafeHtml(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		String html = RENDERER.render(PARSER.parse(markdown));
		String clean = Jsoup.clean(html, "http://helhet.invalid/", SAFELIST,
				new org.jsoup.nodes.Document.OutputSettings().prettyPrint(false));
		return clean.contains("<table") ? framedTables(clean) : clean;
	}

	/**
	 * A wide table scrolls in its own frame, which the keyboard reaches, instead of
	 * making the page scroll sideways on a small screen (reflow, WCAG 1.4.10).
	 */
	private static String framedTables(String html) {
		org.jsoup.nodes.Document document = Jsoup.parseBodyFragment(html);
		document.outputSettings().prettyPrint(false);
		document.select("table")
			.forEach(table -> table
				.wrap("<div class=\"table-wrap\" tabindex=\"0\" role=\"group\" aria-label=\"Tabell\"></div>"));
		return document.body().html();
	}

}
