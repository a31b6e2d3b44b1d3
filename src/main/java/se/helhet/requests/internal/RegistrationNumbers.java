package se.helhet.requests.internal;

import javax.sql.DataSource;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registration numbers per function and year, e.g. {@code HR 2026/00123}. The counter row
 * is incremented in its own short transaction, under the database's row lock: concurrent
 * intake, also on several app nodes, never gets the same number, and a number is never
 * reused (a failed intake leaves a gap, which registrars accept).
 */
@Component
class RegistrationNumbers {

	private final JdbcClient jdbc;

	private final TransactionTemplate newTransaction;

	/**
	 * PostgreSQL increments and reads the counter in one statement (update … returning),
	 * a single round trip in autocommit; other databases update and read it in a
	 * transaction.
	 */
	private final boolean returning;

	RegistrationNumbers(JdbcClient jdbc, PlatformTransactionManager transactions, DataSource dataSource) {
		this.jdbc = jdbc;
		this.returning = isPostgreSql(dataSource);
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	String next(String functionCode, int year) {
		for (int attempt = 0; attempt < 5; attempt++) {
			try {
				// never inside a caller's transaction: the row lock would be held until
				// it ends
				Integer value = returning && !TransactionSynchronizationManager.isActualTransactionActive()
						? incrementReturning(functionCode, year) : newTransaction.execute(status -> returning
								? incrementReturning(functionCode, year) : increment(functionCode, year));
				if (value != null) {
					return format(functionCode, year, value);
				}
			}
			catch (DuplicateKeyException ex) {
				// another node created this year's counter at the same moment: increment
				// it instead
			}
		}
		throw new IllegalStateException("Could not allocate a registration number for " + functionCode + " " + year);
	}

	private Integer incrementReturning(String functionCode, int year) {
		return jdbc.sql("""
				update req_number_sequence set last_value = last_value + 1 where function_code = ? and seq_year = ?
				returning last_value""")
			.params(functionCode, year)
			.query(Integer.class)
			.optional()
			.orElseGet(() -> newTransaction.execute(status -> increment(functionCode, year)));
	}

	private static boolean isPostgreSql(DataSource dataSource) {
		try {
			String product = JdbcUtils.extractDatabaseMetaData(dataSource,
					metaData -> metaData.getDatabaseProductName());
			return product != null && product.toLowerCase(java.util.Locale.ROOT).contains("postgres");
		}
		catch (Exception ex) {
			return false;
		}
	}

	private Integer increment(String functionCode, int year) {
		int updated = jdbc
			.sql("update req_number_sequence set last_value = last_value + 1 where function_code = ? and seq_year = ?")
			.params(functionCode, year)
			.update();
		if (updated == 0) {
			jdbc.sql("insert into req_number_sequence (function_code, seq_year, last_value) values (?, ?, 1)")
				.params(functionCode, year)
				.update();
			return 1;
		}
		return jdbc.sql("select last_value from req_number_sequence where function_code = ? and seq_year = ?")
			.params(functionCode, year)
			.query(Integer.class)
			.single();
	}

	static String format(String functionCode, int year, int value) {
		return "%s %d/%05d".formatted(functionCode, year, value);
	}

}
