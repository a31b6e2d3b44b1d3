package se.helhet.events;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

import se.helhet.platform.CurrentUser;
import se.helhet.platform.Role;

/**
 * What the events integration tests share: the running app, a visitor's plain HTTP client
 * that does not follow redirects, and an editor as the services see one.
 */
abstract class EventsTestSupport {

	static final CurrentUser EDITOR = new CurrentUser(null, "redaktor", "Rita Redaktör", null,
			Set.of(Role.EDITOR, Role.HANDLER), null, null);

	@LocalServerPort
	int port;

	@Autowired
	Events events;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	/** The page as a visitor without an account gets it. */
	HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
