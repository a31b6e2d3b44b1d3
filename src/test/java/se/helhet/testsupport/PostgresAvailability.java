package se.helhet.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * In the PostgreSQL run: starts from an empty schema once per JVM, and skips the tests
 * with a clear message when no PostgreSQL answers, except in CI ({@code CI=true}), where
 * they must run and fail.
 */
public class PostgresAvailability implements ExecutionCondition {

	private static volatile Boolean prepared;

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		String url = System.getProperty("spring.datasource.url");
		if (url == null || !url.startsWith("jdbc:postgresql:")) {
			return ConditionEvaluationResult.enabled("H2");
		}
		if (prepare(url)) {
			return ConditionEvaluationResult.enabled("PostgreSQL at " + url);
		}
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			return ConditionEvaluationResult.enabled("CI=true: PostgreSQL tests must run, and will fail without it");
		}
		return ConditionEvaluationResult.disabled("PostgreSQL at " + url
				+ " is not reachable: the PostgreSQL run is skipped. Start PostgreSQL (see README) to run it.");
	}

	private static synchronized boolean prepare(String url) {
		if (prepared == null) {
			String user = System.getProperty("spring.datasource.username", "postgres");
			String password = System.getProperty("spring.datasource.password", "");
			try (Connection connection = DriverManager.getConnection(url, user, password);
					Statement statement = connection.createStatement()) {
				statement.execute("drop schema if exists public cascade");
				statement.execute("create schema public");
				prepared = true;
			}
			catch (SQLException ex) {
				prepared = false;
			}
		}
		return prepared;
	}

}
