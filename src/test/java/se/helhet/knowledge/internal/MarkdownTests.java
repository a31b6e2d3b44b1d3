package se.helhet.knowledge.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTests {

	@Test
	void headingsListsLinksAndTablesAreRendered() {
		String html = Markdown.toSafeHtml("""
				## Så gör du

				1. Öppna lönesystemet
				2. Välj **semester**

				- en punkt

				Läs [attestreglementet](https://www.example.se/attest) eller [rutinen](/kunskap/styrdokument).

				| Del | Ansvar |
				| --- | --- |
				| Dagar | HR |
				""");

		assertThat(html).contains("<h2>Så gör du</h2>", "<ol>", "<li>Öppna lönesystemet</li>",
				"<strong>semester</strong>", "<ul>", "<a href=\"https://www.example.se/attest\"",
				"<a href=\"/kunskap/styrdokument\"", "<table>", "<th>Del</th>", "<td>HR</td>",
				"<div class=\"table-wrap\" tabindex=\"0\"");
	}

	@Test
	void scriptsAreRemoved() {
		String html = Markdown.toSafeHtml("""
				Hej <script>alert('x')</script>

				<script>document.cookie</script>
				""");

		assertThat(org.jsoup.Jsoup.parseBodyFragment(html).select("script")).isEmpty();
		assertThat(html).contains("Hej");
	}

	@Test
	void javascriptLinksAndEventHandlersAreRemoved() {
		String html = Markdown.toSafeHtml("""
				[klicka](javascript:alert(1)) och <a href="javascript:alert(2)" onclick="x()">här</a>

				<img src=x onerror="alert(3)"> <div onmouseover="alert(4)">text</div>
				""");

		org.jsoup.nodes.Document parsed = org.jsoup.Jsoup.parseBodyFragment(html);
		assertThat(parsed.select("script, img, [onclick], [onerror], [onmouseover], a[href^=javascript]")).isEmpty();
		assertThat(parsed.select("a"))
			.allSatisfy(a -> assertThat(a.attr("href")).doesNotContainIgnoringCase("javascript"));
		assertThat(parsed.text()).contains("klicka");
	}

	@Test
	void emptyTextIsEmptyHtml() {
		assertThat(Markdown.toSafeHtml("")).isEmpty();
		assertThat(Markdown.toSafeHtml(null)).isEmpty();
	}

}
