package se.helhet;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.testsupport.HelhetIntegrationTest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

@HelhetIntegrationTest
class SmokeIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void loginPageListsTheDemoAccounts() throws Exception {
		var response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("bestallare", "handlaggare", "hr-chef", "admin", "Sjöviks kommun");
	}

}
