package se.helhet.requests.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import se.helhet.testsupport.HelhetIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registration numbers handed out in blocks by several app nodes at once (each node its
 * own {@link RegistrationNumbers} over the same database): never the same number twice.
 */
@HelhetIntegrationTest
class RegistrationNumbersIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	DataSource dataSource;

	@Test
	void threeNodesInABurstNeverHandOutTheSameNumber() throws Exception {
		// a function code of its own, so the demo's counters are not touched
		String code = "NOD";
		List<RegistrationNumbers> nodes = List.of(node(), node(), node());
		ExecutorService executor = Executors.newFixedThreadPool(9);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<List<String>>> futures = new ArrayList<>();
		for (int t = 0; t < 9; t++) {
			RegistrationNumbers node = nodes.get(t % nodes.size());
			Callable<List<String>> task = () -> {
				start.await();
				List<String> numbers = new ArrayList<>();
				for (int i = 0; i < 60; i++) {
					numbers.add(node.next(code, 2031));
				}
				return numbers;
			};
			futures.add(executor.submit(task));
		}
		start.countDown();
		List<String> all = new ArrayList<>();
		try {
			for (Future<List<String>> future : futures) {
				List<String> numbers = future.get(60, TimeUnit.SECONDS);
				assertThat(numbers).as("one thread's numbers rise").isSortedAccordingTo(String::compareTo);
				all.addAll(numbers);
			}
		}
		finally {
			executor.shutdownNow();
		}

		assertThat(all).hasSize(540).doesNotHaveDuplicates().allMatch(n -> n.startsWith("NOD 2031/"));
		int reserved = jdbc.sql("select last_value from req_number_sequence where function_code = ? and seq_year = ?")
			.params(code, 2031)
			.query(Integer.class)
			.single();
		assertThat(reserved).as("the counter covers every number handed out").isGreaterThanOrEqualTo(540);
		assertThat(reserved - 540).as("at most one block's rest per node is left unused").isLessThanOrEqualTo(3 * 32);
	}

	@Test
	void oneIntakeAtATimeTakesTheNextNumberWithoutGaps() {
		RegistrationNumbers node = node();
		String first = node.next("ENS", 2031);
		String second = node.next("ENS", 2031);

		assertThat(first).isEqualTo("ENS 2031/00001");
		assertThat(second).isEqualTo("ENS 2031/00002");
		assertThat(jdbc.sql("select last_value from req_number_sequence where function_code = 'ENS'")
			.query(Integer.class)
			.single()).as("the second number came from a block of two at most").isLessThanOrEqualTo(3);
	}

	private RegistrationNumbers node() {
		return new RegistrationNumbers(jdbc, transactions, dataSource, 32);
	}

}
