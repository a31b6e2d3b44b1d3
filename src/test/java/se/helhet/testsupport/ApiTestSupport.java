package se.helhet.testsupport;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.helhet.catalogue.Catalogue;
import se.helhet.organisation.Organisation;
import se.helhet.platform.Accounts;
import se.helhet.requests.ApiClient;
import se.helhet.requests.RequestFixtures;
import se.helhet.requests.Requests;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the API integration tests share: the running app's port, an API client, the demo
 * data fixtures and the beans they read.
 */
public abstract class ApiTestSupport {

	@LocalServerPort
	protected int port;

	@Autowired
	protected JsonMapper json;

	@Autowired
	protected Catalogue catalogue;

	@Autowired
	protected Organisation organisation;

	@Autowired
	protected Accounts accounts;

	@Autowired
	protected Requests requests;

	@Autowired
	protected JdbcClient jdbc;

	protected ApiClient api;

	protected RequestFixtures fixtures;

	@BeforeEach
	protected void setUpClientAndFixtures() {
		api = new ApiClient(port, json);
		fixtures = new RequestFixtures(catalogue, organisation, accounts, requests);
	}

}
