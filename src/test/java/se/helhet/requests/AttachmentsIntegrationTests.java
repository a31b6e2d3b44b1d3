package se.helhet.requests;

import se.helhet.testsupport.ApiTestSupport;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import se.helhet.catalogue.ServiceView;
import se.helhet.requests.Browser.FilePart;
import se.helhet.testsupport.HelhetIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Attachments through the web forms, as a browser sends them (multipart with the CSRF
 * token): what is accepted is listed and served as a download to those who may see the
 * request; what is refused is explained in Swedish without losing what was typed.
 */
@HelhetIntegrationTest
class AttachmentsIntegrationTests extends ApiTestSupport {

	private static final Pattern REQUEST_URL = Pattern.compile("/arenden/([0-9a-f-]{36})$");

	private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"");

	private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
		.getBytes(StandardCharsets.US_ASCII);

	@Test
	void pdfFiledWithANewRequestIsListedAndDownloadableByRequesterAndHandlerOnly() {
		Browser requester = Browser.loggedIn(port, "bestallare");
		String title = "Lönekartläggning med bilaga " + unique();

		HttpResponse<String> page = submit(requester, title, "Se bifogad sammanställning.",
				List.of(new FilePart("files", "Lönekartläggning 2026.pdf", "application/pdf", PDF)));

		Matcher url = REQUEST_URL.matcher(page.uri().getPath());
		assertThat(url.find()).as("landed on %s", page.uri()).isTrue();
		String requestId = url.group(1);
		assertThat(page.body()).contains("Lönekartläggning 2026.pdf");
		String download = attachmentLink(page.body(), requestId);

		for (String person : List.of("bestallare", "handlaggare")) {
			HttpResponse<byte[]> file = (person.equals("bestallare") ? requester : Browser.loggedIn(port, person))
				.download(download);
			assertThat(file.statusCode()).as(person).isEqualTo(200);
			assertThat(file.body()).as(person).isEqualTo(PDF);
			assertThat(file.headers().firstValue("Content-Type")).as(person).hasValue("application/pdf");
			assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).as(person)
				.startsWith("attachment;")
				.contains("filename=");
			assertThat(file.headers().firstValue("X-Content-Type-Options")).as(person).hasValue("nosniff");
		}
		assertThat(Browser.loggedIn(port, "facklig").download(download).statusCode()).isEqualTo(404);
		assertThat(Browser.loggedIn(port, "admin").download(download).statusCode()).isEqualTo(404);
	}

	@Test
	void exeIsRefusedInSwedishAndTheTypedTitleAndDescriptionAreKept() {
		Browser requester = Browser.loggedIn(port, "bestallare");
		String title = "Rekrytering med fel bilaga " + unique();
		String description = "Vi behöver anställa två lärare i matematik till hösten.";

		HttpResponse<String> page = submit(requester, title, description,
				List.of(new FilePart("files", "lonelista.exe", "application/octet-stream", new byte[] { 'M', 'Z' })));

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.uri().getPath()).isEqualTo("/arenden");
		assertThat(page.body()).contains("lonelista.exe har en filtyp som inte tas emot")
			.contains("Välj filerna igen.")
			.contains("value=\"" + title + "\"")
			.contains(description);
		assertThat(countWithTitle(title)).isZero();
	}

	@Test
	void fileOverTenMegabytesIsRefusedInSwedishAndTheTypedTextIsKept() {
		Browser requester = Browser.loggedIn(port, "bestallare");
		String title = "Stor bilaga " + unique();
		String description = "Protokollet är stort.";
		byte[] big = new byte[10 * 1024 * 1024 + 1];
		Arrays.fill(big, (byte) 'a');

		HttpResponse<String> page = submit(requester, title, description,
				List.of(new FilePart("files", "protokoll.pdf", "application/pdf", big)));

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("protokoll.pdf är större än 10 MB")
			.contains("value=\"" + title + "\"")
			.contains(description);
		assertThat(countWithTitle(title)).isZero();
	}

	@Test
	void fileAddedLaterIsServedWithTheTypeOfItsExtensionNotTheOneTheBrowserClaimed() {
		Browser requester = Browser.loggedIn(port, "bestallare");
		RequestView request = fixtures.submit("bestallare", "Lönerevision och lönesättning",
				"Senare bilaga " + unique());
		HttpResponse<String> detail = requester.get("/arenden/" + request.id());

		HttpResponse<String> page = requester.postMultipart("/arenden/" + request.id() + "/bilagor",
				Browser.csrfToken(detail), Map.of(), List.of(new FilePart("files", "../../anteckningar.txt",
						"text/html", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))));

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.uri().getPath()).isEqualTo("/arenden/" + request.id());
		assertThat(page.body()).contains("anteckningar.txt").doesNotContain("../anteckningar");
		HttpResponse<byte[]> file = requester.download(attachmentLink(page.body(), request.id().toString()));
		assertThat(file.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
		assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;");
		assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
	}

	@Test
	void uploadWithoutTheCsrfTokenIsRefused() {
		Browser requester = Browser.loggedIn(port, "bestallare");
		RequestView request = fixtures.submit("bestallare", "Lönerevision och lönesättning", "Utan token " + unique());

		HttpResponse<String> page = requester.postMultipart("/arenden/" + request.id() + "/bilagor", "fel-token",
				Map.of(), List.of(new FilePart("files", "a.pdf", "application/pdf", PDF)));

		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(requests.find(request.id(), fixtures.user("bestallare")).orElseThrow().attachments()).isEmpty();
	}

	private HttpResponse<String> submit(Browser browser, String title, String description, List<FilePart> files) {
		ServiceView service = fixtures.service("Lönerevision och lönesättning");
		HttpResponse<String> form = browser.get("/arenden/ny?tjanst=" + service.id());
		assertThat(form.statusCode()).isEqualTo(200);
		Matcher key = IDEMPOTENCY_KEY.matcher(form.body());
		assertThat(key.find()).isTrue();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("serviceId", service.id().toString());
		fields.put("idempotencyKey", key.group(1));
		fields.put("title", title);
		fields.put("description", description);
		return browser.postMultipart("/arenden", Browser.csrfToken(form), fields, files);
	}

	private static String attachmentLink(String page, String requestId) {
		Matcher link = Pattern.compile("/arenden/" + requestId + "/bilagor/[0-9a-f-]{36}").matcher(page);
		assertThat(link.find()).as("a download link on the page").isTrue();
		return link.group();
	}

	private long countWithTitle(String title) {
		return jdbc.sql("select count(*) from req_request where title = ?").param(title).query(Long.class).single();
	}

	private static String unique() {
		return Long.toString(System.nanoTime(), 36);
	}

}
