package se.helhet.requests;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.helhet.catalogue.Catalogue;
import se.helhet.organisation.Organisation;
import se.helhet.platform.Accounts;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the requests module's integration tests share: the running app's port, an API
 * client, the demo data fixtures and the beans they read.
 */
abstract class RequestApiTestSupport {

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Organisation organisation;

	@Autowired
	Accounts accounts;

	@Autowired
	Requests requests;

	@Autowired
	JdbcClient jdbc;

	ApiClient api;

	RequestFixtures fixtures;

	@BeforeEach
	void setUpClientAndFixtures() {
		api = new ApiClient(port, json);
		fixtures = new RequestFixtures(catalogue, organisation, accounts, requests);
	}

}
