package se.helhet.knowledge.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.helhet.catalogue.Catalogue;
import se.helhet.knowledge.ArticleStatus;
import se.helhet.knowledge.ArticleView;
import se.helhet.knowledge.Audience;
import se.helhet.knowledge.internal.search.SameQuestion;
import se.helhet.knowledge.internal.search.SwedishTextAnalyzer;
import se.helhet.requests.RequestEvents.RequestSubmitted;
import se.helhet.requests.RequestsForSearch;
import se.helhet.requests.RequestsForSearch.Change;
import se.helhet.requests.RequestsForSearch.IndexEntry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The node's index on disk: what a restart keeps, what a rebuild replaces, that a search
 * sees a change as soon as it was written, and which requests the similar-request
 * candidates hold.
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
		index.commit(Map.of(SearchIndexer.REQUESTS_AT, "2026-11-28T10:00Z"), true);
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
		first.commit(Map.of(), true);
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
			index.commit(Map.of(), true);
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

	@Test
	void theSimilarRequestCandidatesAreTheOpenAndTheLatelyChangedRequests() throws Exception {
		SearchIndex index = new SearchIndex(data, "nod-a", "memory");
		try {
			Instant now = Instant.now();
			IndexEntry open = request("Kvastfenas lön saknas", "PAGAR", now.minus(Duration.ofDays(400)));
			IndexEntry solvedLately = request("Kvastfenas lön saknas igen", "LOST", now.minus(Duration.ofDays(20)));
			IndexEntry closedLongAgo = request("Kvastfenas lön saknades", "STANGD", now.minus(Duration.ofDays(200)));
			IndexEntry merged = request("Kvastfenas lön saknas också", RequestsForSearch.MERGED, now);
			for (IndexEntry request : List.of(open, solvedLately, closedLongAgo, merged)) {
				index.put(SearchFields.key(SearchType.REQUEST, request.id()), SearchFields.request(request));
			}

			assertThat(candidateIds(index)).containsExactlyInAnyOrder(open.id().toString(),
					solvedLately.id().toString());
			assertThat(index.count(byType(SearchType.REQUEST))).as("the whole index keeps them all").isEqualTo(4);
		}
		finally {
			index.destroy();
		}
	}

	@Test
	void aRequestReopenedOrChangedComesBackAmongTheCandidatesAndOneClosedLeaves() throws Exception {
		SearchIndex index = new SearchIndex(data, "nod-a", "memory");
		try {
			Instant now = Instant.now();
			IndexEntry old = request("Kvastfenas lön saknades", "STANGD", now.minus(Duration.ofDays(300)));
			String key = SearchFields.key(SearchType.REQUEST, old.id());
			index.put(key, SearchFields.request(old));
			assertThat(candidateIds(index)).isEmpty();

			index.put(key, SearchFields.request(with(old, "PAGAR", now.minus(Duration.ofDays(300)))));
			assertThat(candidateIds(index)).as("reopened").containsExactly(old.id().toString());

			index.put(key, SearchFields.request(with(old, "STANGD", now.minus(Duration.ofDays(300)))));
			assertThat(candidateIds(index)).as("closed again, long since changed").isEmpty();

			index.put(key, SearchFields.request(with(old, "STANGD", now)));
			assertThat(candidateIds(index)).as("changed today").containsExactly(old.id().toString());

			index.delete(key);
			assertThat(candidateIds(index)).isEmpty();
		}
		finally {
			index.destroy();
		}
	}

	@Test
	void theSweepDropsTheRequestsThatAgedOutWithoutAChange() throws Exception {
		SearchIndex index = new SearchIndex(data, "nod-a", "memory");
		try {
			Instant now = Instant.now();
			IndexEntry solved = request("Kvastfenas lön saknas", "LOST", now.minus(Duration.ofDays(60)));
			IndexEntry open = request("Kvastfenas lön saknas igen", "NY", now.minus(Duration.ofDays(60)));
			index.put(SearchFields.key(SearchType.REQUEST, solved.id()), SearchFields.request(solved));
			index.put(SearchFields.key(SearchType.REQUEST, open.id()), SearchFields.request(open));

			index.sweep(now.plus(Duration.ofDays(30)));
			assertThat(candidateIds(index)).as("90 days and the weeks' margin not yet passed").hasSize(2);

			index.sweep(now.plus(Duration.ofDays(SearchFields.CANDIDATE_DAYS)));
			assertThat(candidateIds(index)).as("the open one stays however old").containsExactly(open.id().toString());
			assertThat(index.count(byType(SearchType.REQUEST))).isEqualTo(2);
		}
		finally {
			index.destroy();
		}
	}

	@Test
	void aRebuildFillsTheCandidatesToo() throws Exception {
		SearchIndex index = new SearchIndex(data, "nod-a", "disk");
		try {
			Instant now = Instant.now();
			IndexEntry open = request("Kvastfenas lön saknas", "NY", now);
			IndexEntry closed = request("Kvastfenas lön saknades", "STANGD", now.minus(Duration.ofDays(365)));
			SearchIndex.Generation fresh = index.newGeneration();
			index.add(fresh, SearchFields.request(open));
			index.add(fresh, SearchFields.request(closed));
			index.commit(fresh, Map.of());
			index.swap(fresh);

			assertThat(candidateIds(index)).containsExactly(open.id().toString());
		}
		finally {
			index.destroy();
		}
	}

	@Test
	void theCandidatesAreScoredAsInTheWholeIndex() throws Exception {
		SearchIndex index = new SearchIndex(data, "nod-a", "memory");
		try {
			Instant now = Instant.now();
			IndexEntry open = request("Semesterlöneskulden i bokslutet", "NY", now);
			index.put(SearchFields.key(SearchType.REQUEST, open.id()), SearchFields.request(open));
			// many closed requests with the word make it common in the whole index only
			for (int i = 0; i < 20; i++) {
				IndexEntry closed = request("Bokslutet för förskolan " + i, "STANGD", now.minus(Duration.ofDays(365)));
				index.put(SearchFields.key(SearchType.REQUEST, closed.id()), SearchFields.request(closed));
			}
			Query query = new TermQuery(new Term(SameQuestion.TEXT, firstTerm("bokslutet")));

			float whole = index.search(searcher -> searcher.search(new BooleanQuery.Builder().add(query, Occur.MUST)
				.add(new TermQuery(new Term(SearchFields.ID, open.id().toString())), Occur.FILTER)
				.build(), 1).scoreDocs[0].score);
			float candidates = index.searchCandidates((searcher, all) -> searcher.search(query, 1).scoreDocs[0].score);

			assertThat(candidates).isEqualTo(whole);
		}
		finally {
			index.destroy();
		}
	}

	@Test
	void aSimilarRequestIsAsLikelyAmongTheCandidatesAsInTheWholeIndex() throws Exception {
		SearchIndex index = new SearchIndex(data, "nod-a", "memory");
		try {
			Instant now = Instant.now();
			IndexEntry open = request("Semesterlöneskulden för Trumslagarvägen i bokslutet", "NY", now);
			index.put(SearchFields.key(SearchType.REQUEST, open.id()), SearchFields.request(open));
			for (int i = 0; i < 20; i++) {
				IndexEntry closed = request("Bokslutet för förskolan " + i, "STANGD", now.minus(Duration.ofDays(365)));
				index.put(SearchFields.key(SearchType.REQUEST, closed.id()), SearchFields.request(closed));
			}
			SameQuestion sameQuestion = new SameQuestion(List.of());
			String text = "Hur räknar vi semesterlöneskulden för Trumslagarvägen i bokslutet?";
			Query onlyOpen = new TermQuery(new Term(SearchFields.ID, open.id().toString()));

			double whole = index.search(searcher -> sameQuestion.find(searcher, text, onlyOpen, 5))
				.getFirst()
				.confidence();
			double candidates = index
				.searchCandidates((searcher, all) -> sameQuestion.find(searcher, all, text, null, 5))
				.getFirst()
				.confidence();

			assertThat(candidates).isEqualTo(whole).isGreaterThan(SameQuestion.THRESHOLD);
		}
		finally {
			index.destroy();
		}
	}

	private static String firstTerm(String word) throws Exception {
		try (TokenStream stream = SwedishTextAnalyzer.forIndexing().tokenStream(SameQuestion.TEXT, word)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			assertThat(stream.incrementToken()).isTrue();
			return term.toString();
		}
	}

	private static List<String> candidateIds(SearchIndex index) {
		return index.searchCandidates((searcher, whole) -> {
			List<String> ids = new ArrayList<>();
			for (ScoreDoc doc : searcher.search(new MatchAllDocsQuery(), 100).scoreDocs) {
				ids.add(searcher.storedFields().document(doc.doc).get(SearchFields.ID));
			}
			return ids;
		});
	}

	private static IndexEntry request(String title, String status, Instant changed) {
		return with(request(title), status, changed);
	}

	private static IndexEntry with(IndexEntry r, String status, Instant changed) {
		OffsetDateTime at = changed.atOffset(ZoneOffset.UTC);
		return new IndexEntry(r.id(), r.number(), r.functionId(), r.functionCode(), r.serviceId(), r.serviceName(),
				r.forvaltningId(), r.forvaltningName(), r.confidential(), r.competenceId(), r.requesterUsername(),
				r.assigneeStaffId(), r.title(), r.description(), status, at.minusDays(1), at);
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

	@Test
	void theCatchUpPutsAnArticleIntoTheIndexAgainOnlyWhenItChanged() throws Exception {
		// the catch-up looks back over the last seconds each time; an import leaves
		// thousands of articles there, which must not be analysed again every few seconds
		SearchIndex index = spy(new SearchIndex(data, "nod-a", "memory"));
		ArticleService articles = mock(ArticleService.class);
		SearchIndexer indexer = new SearchIndexer(index, mock(RequestsForSearch.class), articles,
				mock(GoverningDocumentService.class), mock(Catalogue.class), false, 0, 0);
		OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
		ArticleView article = article(at);
		String key = SearchFields.key(SearchType.ARTICLE, article.id());
		try {
			when(articles.changedAfter(any(), any(), anyInt())).thenReturn(List.of(article));
			indexer.catchUp();
			indexer.catchUp();
			indexer.catchUp();
			verify(index, times(1)).put(eq(key), any(Document.class));

			ArticleView changed = article(at.plusSeconds(1), article.id());
			when(articles.changedAfter(any(), any(), anyInt())).thenReturn(List.of(changed));
			indexer.catchUp();
			verify(index, times(2)).put(eq(key), any(Document.class));
			assertThat(index.count(byType(SearchType.ARTICLE))).isEqualTo(1);
		}
		finally {
			index.destroy();
		}
	}

	private static ArticleView article(OffsetDateTime updatedAt) {
		return article(updatedAt, UUID.randomUUID());
	}

	private static ArticleView article(OffsetDateTime updatedAt, UUID id) {
		return new ArticleView(id, UUID.randomUUID(), "Semesterlöneskuld i bokslutet",
				"Så räknar vi semesterlöneskulden.", "", List.of("bokslut"), "karin", "Karin", ArticleStatus.PUBLICERAD,
				Audience.FORVALTNINGAR, updatedAt, updatedAt, "karin", updatedAt, 0, 0, 0);
	}

	@Test
	void requestsSavedTogetherAreReadInOneQueryWithoutAnyoneSearching() throws Exception {
		SearchIndex index = new SearchIndex(data, "nod-a", "memory");
		RequestsForSearch requests = mock(RequestsForSearch.class);
		List<IndexEntry> saved = List.of(request("Lönerevision"), request("Rehabiliteringsplan"),
				request("Semesterlöneskuld"));
		when(requests.entries(any(java.util.Collection.class))).thenReturn(saved);
		// a long pause before the indexing thread reads: the three are noted well within
		// it
		SearchIndexer indexer = new SearchIndexer(index, requests, mock(ArticleService.class),
				mock(GoverningDocumentService.class), mock(Catalogue.class), false, 300, 0);
		try {
			saved.forEach(r -> indexer.on(submitted(r)));
			assertThat(indexer.pendingRequests()).isEqualTo(3);

			long waited = System.nanoTime();
			while (indexer.pendingRequests() > 0 && System.nanoTime() - waited < 10_000_000_000L) {
				Thread.sleep(20);
			}

			assertThat(indexer.pendingRequests()).isZero();
			verify(requests, times(1)).entries(any(java.util.Collection.class));
			assertThat(index.count(byType(SearchType.REQUEST))).isEqualTo(3);
		}
		finally {
			indexer.destroy();
			index.destroy();
		}
	}

	@Test
	void whoSavedARequestFindsItAtOnceThoughTheIndexingThreadHasNotTakenIt() throws Exception {
		SearchIndex index = new SearchIndex(data, "nod-a", "memory");
		RequestsForSearch requests = mock(RequestsForSearch.class);
		IndexEntry saved = request("Kvastfenas lön");
		when(requests.entries(any(java.util.Collection.class))).thenReturn(List.of(saved));
		SearchIndexer indexer = new SearchIndexer(index, requests, mock(ArticleService.class),
				mock(GoverningDocumentService.class), mock(Catalogue.class), false, 3_600_000, 0);
		try {
			indexer.on(submitted(saved));

			assertThat(index.count(new TermQuery(new Term(SearchFields.ID, saved.id().toString())))).isEqualTo(1);
			assertThat(indexer.pendingRequests()).isZero();
		}
		finally {
			indexer.destroy();
			index.destroy();
		}
	}

	private static RequestSubmitted submitted(IndexEntry request) {
		return new RequestSubmitted(request.id(), request.number(), request.functionId(), request.serviceId(),
				request.forvaltningId(), false, null, null);
	}

	@Test
	void theCatchUpReadsTheTextsOnlyOfRequestsThisNodeHasNotIndexed() throws Exception {
		SearchIndex index = new SearchIndex(data, "nod-a", "memory");
		RequestsForSearch requests = mock(RequestsForSearch.class);
		IndexEntry ours = request("Lönerevision");
		IndexEntry theirs = request("Rehabiliteringsplan");
		when(requests.entries(List.of(ours.id()))).thenReturn(List.of(ours));
		when(requests.entries(List.of(theirs.id()))).thenReturn(List.of(theirs));
		when(requests.changesAfter(any(), any(), anyInt()))
			.thenReturn(List.of(new Change(ours.id(), ours.updatedAt()), new Change(theirs.id(), theirs.updatedAt())));
		when(articles.changedAfter(any(), any(), anyInt())).thenReturn(List.of());
		SearchIndexer indexer = new SearchIndexer(index, requests, articles, mock(GoverningDocumentService.class),
				mock(Catalogue.class), false, 3_600_000, 0);
		try {
			indexer.on(submitted(ours));
			indexer.indexPending();

			indexer.catchUp();

			verify(requests, times(1)).entries(List.of(theirs.id()));
			verify(requests, times(1)).entries(List.of(ours.id()));
			assertThat(index.count(byType(SearchType.REQUEST))).isEqualTo(2);
		}
		finally {
			indexer.destroy();
			index.destroy();
		}
	}

	final ArticleService articles = mock(ArticleService.class);

}
