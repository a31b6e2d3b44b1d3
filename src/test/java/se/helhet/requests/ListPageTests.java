package se.helhet.requests;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import se.helhet.requests.Requests.ListPage;

import static org.assertj.core.api.Assertions.assertThat;

class ListPageTests {

	@Test
	void anExactTotalGivesThePagesAndNoNextPageAfterTheLast() {
		ListPage last = new ListPage(rows(10), 2, 25, 60, true);

		assertThat(last.pages()).isEqualTo(3);
		assertThat(last.hasNext()).isFalse();
		assertThat(new ListPage(rows(25), 1, 25, 60, true).hasNext()).isTrue();
	}

	@Test
	void aCappedTotalStillOffersTheNextPageBeyondTheCountedOnes() {
		int lastCounted = ListPage.COUNT_LIMIT / 50 - 1;
		ListPage page = new ListPage(rows(50), lastCounted, 50, ListPage.COUNT_LIMIT, false);

		assertThat(page.pages()).isEqualTo(ListPage.COUNT_LIMIT / 50);
		assertThat(page.hasNext()).isTrue();
	}

	@Test
	void anEmptyListHasOnePageAndNoNext() {
		ListPage empty = new ListPage(List.of(), 0, 50, 0, true);

		assertThat(empty.pages()).isEqualTo(1);
		assertThat(empty.hasNext()).isFalse();
	}

	private static List<RequestSummary> rows(int count) {
		OffsetDateTime now = OffsetDateTime.parse("2026-11-28T10:00:00+01:00");
		return IntStream.range(0, count)
			.mapToObj(i -> new RequestSummary(UUID.randomUUID(), "HR 2026/%05d".formatted(i + 1), "HR", "Lönefråga",
					false, "Fråga " + i, RequestStatus.NY, "Maria Lindholm", "Utbildningsförvaltningen", null, now,
					now.plusDays(3)))
			.toList();
	}

}
