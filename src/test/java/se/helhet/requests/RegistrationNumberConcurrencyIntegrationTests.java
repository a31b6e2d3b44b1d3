package se.helhet.requests;

import se.helhet.testsupport.ApiTestSupport;
import java.time.Duration;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import se.helhet.catalogue.ServiceView;
import se.helhet.platform.CurrentUser;
import se.helhet.requests.ApiClient.Response;
import se.helhet.requests.Requests.SubmitRequest;
import se.helhet.testsupport.HelhetIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registration numbers under concurrent intake (DESIGN.md §4: never the same number
 * twice, never reused). Runs on H2 and, in the PostgreSQL run, on PostgreSQL. The other
 * test classes run one after the other, so during a test here only its own threads file
 * requests in the function.
 */
@HelhetIntegrationTest
class RegistrationNumberConcurrencyIntegrationTests extends ApiTestSupport {

	private static final Pattern NUMBER = Pattern.compile("([A-Z]+) (\\d{4})/(\\d{5})");

	@Test
	void eightThreadsFilingTenRequestsEachGetEightyDistinctNumbersWithoutGaps() throws Exception {
		ServiceView service = fixtures.service("Sociala medier");
		CurrentUser requester = fixtures.user("bestallare");

		List<String> numbers = concurrently(8, 10,
				(thread, i) -> requests
					.submit(new SubmitRequest(service.id(), "Inlägg " + thread + "-" + i, "Hjälp med ett inlägg.",
							RequestFixtures.validAnswers(service), null), requester)
					.number());

		assertConsecutive(numbers, "KOM", 80);
		assertThat(jdbc
			.sql("select count(*) from req_request where number in ("
					+ String.join(", ", Collections.nCopies(numbers.size(), "?")) + ")")
			.params(new ArrayList<Object>(numbers))
			.query(Long.class)
			.single()).isEqualTo(80);
	}

	@Test
	void moreSimultaneousSubmitsThanTheDatabaseHasConnectionsAllSucceedPromptly() throws Exception {
		// 24 intakes at the same moment, more than the connection pool's 10 connections
		ServiceView service = fixtures.service("Internkommunikation");
		CurrentUser requester = fixtures.user("bestallare");
		long started = System.nanoTime();

		List<String> numbers = concurrently(24, 2,
				(thread, i) -> requests
					.submit(new SubmitRequest(service.id(), "Intranätsnyhet " + thread + "-" + i, "Hjälp med en nyhet.",
							Map.of(), null), requester)
					.number());

		assertConsecutive(numbers, "KOM", 48);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).as("no intake waited for a connection")
			.isLessThan(Duration.ofSeconds(25));
	}

	@Test
	void concurrentRetriesWithTheSameIdempotencyKeyFileOneRequest() throws Exception {
		ServiceView service = fixtures.service("Klarspråksgranskning");
		String key = "samtidigt-" + UUID.randomUUID();
		String body = """
				{"serviceId": "%s", "title": "Granska brevmall", "description": "Vår brevmall behöver granskas.",
				 "fields": %s}""".formatted(service.id(),
				json.writeValueAsString(RequestFixtures.validAnswers(service)));

		List<String> ids = concurrently(8, 1, (thread, i) -> {
			Response response = api.post("/api/v1/requests", "bestallare", body, "Idempotency-Key", key);
			assertThat(response.status()).as(response.toString()).isIn(200, 201);
			return response.json().get("id").asString();
		});

		assertThat(Set.copyOf(ids)).hasSize(1);
		assertThat(jdbc.sql("select count(*) from req_request where idempotency_key = ?")
			.param(key)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	/** Runs the work threads × times, all threads starting at the same moment. */
	private static <T> List<T> concurrently(int threads, int times, Work<T> work) throws Exception {
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<List<T>>> futures = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				int thread = t;
				Callable<List<T>> task = () -> {
					start.await();
					List<T> results = new ArrayList<>();
					for (int i = 0; i < times; i++) {
						results.add(work.run(thread, i));
					}
					return results;
				};
				futures.add(executor.submit(task));
			}
			start.countDown();
			List<T> all = new ArrayList<>();
			for (Future<List<T>> future : futures) {
				all.addAll(future.get(120, TimeUnit.SECONDS));
			}
			return all;
		}
		finally {
			executor.shutdownNow();
		}
	}

	private static void assertConsecutive(List<String> numbers, String function, int count) {
		int year = Year.now(WorkingCalendar.STOCKHOLM).getValue();
		TreeSet<Integer> values = new TreeSet<>();
		for (String number : numbers) {
			Matcher matcher = NUMBER.matcher(number);
			assertThat(matcher.matches()).as(number).isTrue();
			assertThat(matcher.group(1)).isEqualTo(function);
			assertThat(Integer.parseInt(matcher.group(2))).isEqualTo(year);
			values.add(Integer.parseInt(matcher.group(3)));
		}
		assertThat(numbers).hasSize(count).doesNotHaveDuplicates();
		assertThat(values.last() - values.first()).as("no gaps between %s and %s", values.first(), values.last())
			.isEqualTo(count - 1);
	}

	@FunctionalInterface
	interface Work<T> {

		T run(int thread, int i) throws Exception;

	}

}
