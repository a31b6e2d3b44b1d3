package se.helhet.knowledge;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Calls the API as a demo account, with its demo token. */
final class KnowledgeApiSupport {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final int port;

	KnowledgeApiSupport(int port) {
		this.port = port;
	}

	HttpResponse<String> send(String method, String path, String username, String body, String... headers)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "application/json")
			.header("Authorization", "Bearer demo-" + username);
		if (headers.length > 0) {
			request.headers(headers);
		}
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		request.method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
		return http.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
