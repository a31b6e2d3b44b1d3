package se.helhet.platform;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser: one cookie jar, real HTTP against the running app, so
 * sessions, CSRF and redirects behave as they do for a person. Redirects are followed
 * unless the session was made with {@link #withoutRedirects(String)}.
 */
public final class WebSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String baseUrl;

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient client;

	private WebSession(String baseUrl, HttpClient.Redirect redirects) {
		this.baseUrl = baseUrl;
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(this.cookies)
			.followRedirects(redirects)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	public static WebSession at(String baseUrl) {
		return new WebSession(baseUrl, HttpClient.Redirect.NORMAL);
	}

	public static WebSession withoutRedirects(String baseUrl) {
		return new WebSession(baseUrl, HttpClient.Redirect.NEVER);
	}

	public HttpResponse<String> get(String path) {
		return send(request(path).header("Accept", "text/html").GET().build());
	}

	public HttpResponse<String> get(String path, String... headers) {
		return send(request(path).headers(headers).GET().build());
	}

	/** Posts a form as the browser would, with the CSRF token of the last page. */
	public HttpResponse<String> postForm(String path, String csrfToken, Map<String, String> fields) {
		Map<String, String> all = new LinkedHashMap<>(fields);
		if (csrfToken != null) {
			all.put("_csrf", csrfToken);
		}
		return postRaw(path, all);
	}

	/** Posts a form exactly as given: no CSRF token is added. */
	public HttpResponse<String> postRaw(String path, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/** Logs in through the login form and returns the page the person lands on. */
	public HttpResponse<String> login(String username, String password) {
		String csrf = csrfToken(get("/login"));
		return postForm("/login", csrf, Map.of("username", username, "password", password));
	}

	public Optional<String> cookie(String name) {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst();
	}

	public static String csrfToken(HttpResponse<String> page) {
		Matcher matcher = CSRF.matcher(page.body());
		if (!matcher.find()) {
			throw new AssertionError("No CSRF token on " + page.uri() + ":\n" + page.body());
		}
		return matcher.group(1);
	}

	private HttpRequest.Builder request(String path) {
		URI uri = path.startsWith("http") ? URI.create(path) : URI.create(this.baseUrl + path);
		return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60));
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Request failed: " + request.uri(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
