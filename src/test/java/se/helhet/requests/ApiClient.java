package se.helhet.requests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The requests API over real HTTP, as a client with a demo API token
 * ({@code Authorization: Bearer demo-<user>}) calls it.
 */
public final class ApiClient {

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final String baseUrl;

	private final JsonMapper json;

	public ApiClient(int port, JsonMapper json) {
		this.baseUrl = "http://localhost:" + port;
		this.json = json;
	}

	public Response get(String path, String user, String... headers) {
		return send("GET", path, user, null, headers);
	}

	public Response post(String path, String user, String body, String... headers) {
		return send("POST", path, user, body, headers);
	}

	/**
	 * Sends a JSON body (or none) as the user (or anonymously with user null); headers
	 * are name, value pairs.
	 */
	public Response send(String method, String path, String user, String body, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
			.timeout(Duration.ofSeconds(60))
			.header("Accept", "application/json")
			.method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (user != null) {
			request.header("Authorization", "Bearer demo-" + user);
		}
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		try {
			return new Response(http.send(request.build(), BodyHandlers.ofString()), json);
		}
		catch (IOException ex) {
			throw new IllegalStateException(method + " " + path + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Every row of a list query, page by page (the query must not contain page or size).
	 */
	public List<JsonNode> listAll(String query, String user) {
		List<JsonNode> rows = new ArrayList<>();
		for (int page = 0;; page++) {
			Response response = get(
					"/api/v1/requests?" + query + (query.isEmpty() ? "" : "&") + "size=200&page=" + page, user);
			if (response.status() != 200) {
				throw new AssertionError("list " + query + " as " + user + ": " + response);
			}
			JsonNode body = response.json();
			body.get("rows").forEach(rows::add);
			if ((long) (page + 1) * 200 >= body.get("total").asLong()) {
				return rows;
			}
		}
	}

	/** A response and its JSON body. */
	public record Response(HttpResponse<String> raw, JsonMapper mapper) {

		public int status() {
			return raw.statusCode();
		}

		public String body() {
			return raw.body();
		}

		public JsonNode json() {
			return mapper.readTree(raw.body());
		}

		public String header(String name) {
			return raw.headers().firstValue(name).orElse(null);
		}

		public String contentType() {
			return header("Content-Type");
		}

		@Override
		public String toString() {
			return raw.request().method() + " " + raw.uri() + " → " + raw.statusCode() + " " + raw.body();
		}

	}

}
