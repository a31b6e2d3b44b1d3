package se.helhet.requests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person at a browser: one cookie jar, form login, forms with the CSRF token of the
 * page they came from, and multipart uploads as a browser sends them. Redirects are
 * followed.
 */
public final class Browser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String baseUrl;

	private final HttpClient client;

	private Browser(String baseUrl) {
		this.baseUrl = baseUrl;
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NORMAL)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	/** A browser logged in as the user with the demo password. */
	public static Browser loggedIn(int port, String username) {
		Browser browser = new Browser("http://localhost:" + port);
		HttpResponse<String> landing = browser.postForm("/login", csrfToken(browser.get("/login")),
				Map.of("username", username, "password", "demo"));
		if (landing.statusCode() != 200 || landing.uri().getPath().startsWith("/login")) {
			throw new AssertionError("Login as " + username + " failed: " + landing.uri());
		}
		return browser;
	}

	public HttpResponse<String> get(String path) {
		return send(request(path).header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	public HttpResponse<byte[]> download(String path) {
		return send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	public HttpResponse<String> postForm(String path, String csrfToken, Map<String, String> fields) {
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("_csrf", csrfToken);
		String body = all.entrySet()
			.stream()
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Posts a multipart form with the CSRF token among its fields, as a browser posts a
	 * form with enctype multipart/form-data.
	 */
	public HttpResponse<String> postMultipart(String path, String csrfToken, Map<String, String> fields,
			List<FilePart> files) {
		String boundary = "----helhet" + UUID.randomUUID().toString().replace("-", "");
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("_csrf", csrfToken);
		all.forEach((name, value) -> {
			write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
			write(body, value + "\r\n");
		});
		for (FilePart file : files) {
			write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field()
					+ "\"; filename=\"" + file.filename() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n");
			body.writeBytes(file.content());
			write(body, "\r\n");
		}
		write(body, "--" + boundary + "--\r\n");
		return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	public static String csrfToken(HttpResponse<String> page) {
		Matcher matcher = CSRF.matcher(page.body());
		if (!matcher.find()) {
			throw new AssertionError("No CSRF token on " + page.uri() + " (" + page.statusCode() + ")");
		}
		return matcher.group(1);
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60));
	}

	private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
		try {
			return client.send(request, handler);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Request failed: " + request.uri(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** A file in a multipart form. */
	public record FilePart(String field, String filename, String contentType, byte[] content) {
	}

}
