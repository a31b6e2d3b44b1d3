package se.helhet.knowledge.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.helhet.requests.RequestsForSearch.IndexEntry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The node's index on disk: what a restart keeps, what a rebuild replaces, and that a
 * search sees a change as soon as it was written.
 */
class SearchIndexTests {

	@TempDir
	Path data;

	@Test
	void aSearchSeesWhatWasWrittenWithoutWaitingForARefresh() throws Exception {
		SearchIndex index = new SearchIndex(data, "nod-a", "disk");
		try {
			IndexEntry request = request("Kvastfenas lön");
			index.put(SearchFields.key(SearchType.REQUEST, request.id()), SearchFields.request(request));

			assertThat(index.count(byType(SearchType.REQUEST))).isEqualTo(1);
		}
		finally {
			index.destroy();
		}
	}

	@Test
	void aRestartedNodeKeepsItsIndexAndHowFarItHadCaughtUp() throws Exception {
		SearchIndex index = new SearchIndex(data, "nod-a", "disk");
		IndexEntry request = request("Semesterlöneskuld");
		index.put(SearchFields.key(SearchType.REQUEST, request.id()), SearchFields.request(request));
		index.commit(Map.of(SearchIndexer.REQUESTS_AT, "2026-11-28T10:00Z"));
		index.destroy();

		SearchIndex restarted = new SearchIndex(data, "nod-a", "disk");
		try {
			assertThat(restarted.isEmptyOrOutdated()).isFalse();
			assertThat(restarted.committed()).containsEntry(SearchIndexer.REQUESTS_AT, "2026-11-28T10:00Z");
			assertThat(restarted.count(byType(SearchType.REQUEST))).isEqualTo(1);
		}
		finally {
			restarted.destroy();
		}
	}

	@Test
	void eachNodeHasItsOwnIndexAndAFreshOneIsBuilt() throws Exception {
		SearchIndex first = new SearchIndex(data, "nod-a", "disk");
		IndexEntry request = request("Rehabiliteringsplan");
		first.put(SearchFields.key(SearchType.REQUEST, request.id()), SearchFields.request(request));
		first.commit(Map.of());
		first.destroy();

		SearchIndex second = new SearchIndex(data, "nod-b", "disk");
		try {
			assertThat(second.isEmptyOrOutdated()).as("a new node builds its own copy").isTrue();
		}
		finally {
			second.destroy();
		}
	}

	@Test
	void aRebuildReplacesTheIndexWholeAndRemovesTheOldFolder() throws Exception {
		SearchIndex index = new SearchIndex(data, "nod-a", "disk");
		try {
			IndexEntry old = request("Gammalt ärende");
			index.put(SearchFields.key(SearchType.REQUEST, old.id()), SearchFields.request(old));
			index.commit(Map.of());
			Path before = index.current().path();

			SearchIndex.Generation fresh = index.newGeneration();
			IndexEntry kept = request("Nytt ärende");
			index.add(fresh, SearchFields.request(kept));
			assertThat(index.count(byType(SearchType.REQUEST))).as("the old index serves meanwhile").isEqualTo(1);
			index.commit(fresh, Map.of());
			index.swap(fresh);

			assertThat(index.count(new TermQuery(new Term(SearchFields.ID, kept.id().toString())))).isEqualTo(1);
			assertThat(index.count(new TermQuery(new Term(SearchFields.ID, old.id().toString())))).isZero();
			assertThat(Files.exists(before)).isFalse();
		}
		finally {
			index.destroy();
		}
	}

	private static TermQuery byType(SearchType type) {
		return new TermQuery(new Term(SearchFields.TYPE, type.name()));
	}

	private static IndexEntry request(String title) {
		OffsetDateTime now = OffsetDateTime.parse("2026-11-28T09:00:00+01:00");
		return new IndexEntry(UUID.randomUUID(), "HR 2026/00001", UUID.randomUUID(), "HR", UUID.randomUUID(),
				"Lönefråga", UUID.randomUUID(), "Utbildningsförvaltningen", false, null, "bestallare", null, title,
				title + " – beskrivning", "NY", now, now);
	}

}
