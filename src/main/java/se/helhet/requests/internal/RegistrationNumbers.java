package se.helhet.requests.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;

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
 * <p>
 * Under a burst of intake a node reserves a block of numbers at once and hands them out
 * from memory, so that not every intake waits for the counter's row lock and a commit of
 * its own. The block grows only while the previous one was used up within a second (up to
 * {@code helhet.requests.number-block-max}), and shrinks back to one number at a time
 * when intake is calm: on a calm day every request takes the next number from the
 * database as before, and a node that stops in the middle of a burst leaves at most one
 * block's rest unused.
 */
@Component
class RegistrationNumbers {

	private static final long BURST_NANOS = 1_000_000_000L;

	private final JdbcClient jdbc;

	private final TransactionTemplate newTransaction;

	/**
	 * PostgreSQL increments and reads the counter in one statement (update … returning),
	 * a single round trip in autocommit; other databases update and read it in a
	 * transaction.
	 */
	private final boolean returning;

	private final int maxBlock;

	private final Map<String, Block> blocks = new ConcurrentHashMap<>();

	RegistrationNumbers(JdbcClient jdbc, PlatformTransactionManager transactions, DataSource dataSource,
			@Value("${helhet.requests.number-block-max:32}") int maxBlock) {
		this.jdbc = jdbc;
		this.returning = isPostgreSql(dataSource);
		this.maxBlock = Math.max(1, maxBlock);
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	String next(String functionCode, int year) {
		Block block = blocks.computeIfAbsent(functionCode + " " + year, key -> new Block());
		synchronized (block) {
			if (block.next > block.last) {
				long now = System.nanoTime();
				int size = BlockSizing.nextSize(block.size,
						block.reservedAt != 0 && now - block.reservedAt < BURST_NANOS, maxBlock);
				int last = reserve(functionCode, year, size);
				block.size = size;
				block.reservedAt = now;
				block.next = last - size + 1;
				block.last = last;
			}
			return format(functionCode, year, block.next++);
		}
	}

	/**
	 * Drops the numbers this node holds in reserve, for a writer that has just raised the
	 * counters itself (the demo history): the next intake reads the counter again rather
	 * than handing out a number the history already used.
	 */
	void forgetReserved() {
		blocks.clear();
	}

	/**
	 * Raises the counter by the block's size and answers the last number of the block.
	 */
	private int reserve(String functionCode, int year, int size) {
		for (int attempt = 0; attempt < 5; attempt++) {
			try {
				// never inside a caller's transaction: the row lock would be held until
				// it ends
				Integer value = returning && !TransactionSynchronizationManager.isActualTransactionActive()
						? incrementReturning(functionCode, year, size) : newTransaction.execute(status -> returning
								? incrementReturning(functionCode, year, size) : increment(functionCode, year, size));
				if (value != null) {
					return value;
				}
			}
			catch (DuplicateKeyException ex) {
				// another node created this year's counter at the same moment: increment
				// it instead
			}
		}
		throw new IllegalStateException("Could not allocate a registration number for " + functionCode + " " + year);
	}

	/**
	 * The numbers of one block: next to hand out, the last one, and when it was reserved.
	 */
	private static final class Block {

		int next = 1;

		int last = 0;

		int size = 1;

		long reservedAt;

	}

	private Integer incrementReturning(String functionCode, int year, int size) {
		return jdbc.sql("""
				update req_number_sequence set last_value = last_value + ? where function_code = ? and seq_year = ?
				returning last_value""")
			.params(size, functionCode, year)
			.query(Integer.class)
			.optional()
			.orElseGet(() -> newTransaction.execute(status -> increment(functionCode, year, size)));
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

	private Integer increment(String functionCode, int year, int size) {
		int updated = jdbc
			.sql("update req_number_sequence set last_value = last_value + ? where function_code = ? and seq_year = ?")
			.params(size, functionCode, year)
			.update();
		if (updated == 0) {
			jdbc.sql("insert into req_number_sequence (function_code, seq_year, last_value) values (?, ?, ?)")
				.params(functionCode, year, size)
				.update();
			return size;
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
