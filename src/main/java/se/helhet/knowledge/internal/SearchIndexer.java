package se.helhet.knowledge.internal;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import se.helhet.catalogue.Catalogue;
import se.helhet.catalogue.ServiceView;
import se.helhet.knowledge.ArticleChanged;
import se.helhet.knowledge.ArticlePublished;
import se.helhet.knowledge.ArticleView;
import se.helhet.knowledge.DocumentChanged;
import se.helhet.knowledge.DocumentView;
import se.helhet.knowledge.internal.SearchIndex.Generation;
import se.helhet.requests.RequestEvents.RequestAssigned;
import se.helhet.requests.RequestEvents.RequestMerged;
import se.helhet.requests.RequestEvents.RequestStatusChanged;
import se.helhet.requests.RequestEvents.RequestSubmitted;
import se.helhet.requests.RequestEvents.RequestsHandedOver;
import se.helhet.requests.RequestsForSearch;
import se.helhet.requests.RequestsForSearch.Change;
import se.helhet.requests.RequestsForSearch.IndexEntry;

/**
 * Keeps this node's search index in step with the database. Three ways, each covering
 * what the others cannot:
 * <ul>
 * <li>events: every change made on this node is noted right after its transaction commits
 * and indexed a moment later in a batch, or by the first search before that, so whoever
 * saved it finds it at once;</li>
 * <li>catch-up: every few seconds the node reads what changed since its last look —
 * changes made on other nodes, which publish their events only to themselves, and any
 * change whose indexing failed or was cut short by a stop;</li>
 * <li>rebuild: at the first start, when the index's schema changed, or when the
 * administrator asks; with progress.</li>
 * </ul>
 * How far the catch-up has come is committed with the index, so a restarted node goes on
 * from there.
 */
@Component
public class SearchIndexer implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

	static final String REQUESTS_AT = "requests.at";

	static final String REQUESTS_ID = "requests.id";

	static final String ARTICLES_AT = "articles.at";

	static final String ARTICLES_ID = "articles.id";

	static final int PAGE = 2_000;

	/*
	 * A transaction that began before another may commit after it with an earlier change
	 * time; the catch-up looks this far back so that it is not skipped.
	 */
	static final long OVERLAP_SECONDS = 10;

	private final SearchIndex index;

	private final RequestsForSearch requests;

	private final ArticleService articles;

	private final GoverningDocumentService documents;

	private final Catalogue catalogue;

	private final boolean rebuildAtStart;

	private final Object catchUpLock = new Object();

	private final Map<UUID, Indexed> indexedOnSave = new java.util.concurrent.ConcurrentHashMap<>();

	/*
	 * The articles as last put into an index, so that the catch-up's look back over the
	 * overlap does not analyse the same ones every few seconds (after an import,
	 * thousands share the same few seconds).
	 */
	private final Map<UUID, Indexed> articlesIndexed = new java.util.concurrent.ConcurrentHashMap<>();

	private final Map<UUID, Integer> documentVersions = new HashMap<>();

	private final Map<UUID, ServiceView> services = new HashMap<>();

	private final AtomicReference<Progress> progress = new AtomicReference<>(Progress.idle());

	private volatile OffsetDateTime lastCatchUp;

	/*
	 * The requests this node has saved and not yet put into the index. The saving thread
	 * only notes the id after its commit; one indexing thread reads a batch of them in
	 * one query a moment later and puts them in, and whoever searches first puts in what
	 * is still pending, so the one who saved finds it at once. Analysing a request on the
	 * thread that saved it cost an intake a transaction of its own and a tenth of its
	 * CPU.
	 */
	private final Set<UUID> pending = ConcurrentHashMap.newKeySet();

	private final ReentrantLock pendingLock = new ReentrantLock();

	private final AtomicBoolean drainScheduled = new AtomicBoolean();

	private final ScheduledThreadPoolExecutor drainer = drainer();

	private final long pendingDelayMillis;

	/*
	 * How often the catch-up makes the index durable: a commit writes and syncs files, a
	 * burst every few seconds that the requests of the moment wait behind. After a stop
	 * the catch-up reads again what changed since the last commit.
	 */
	private final long commitNanos;

	private long lastCommit = System.nanoTime();

	static final int PENDING_BATCH = 500;

	/*
	 * How long a search waits for the indexing thread to finish a batch before it
	 * searches without it: the indexing thread may be waiting for a database connection
	 * that the searching threads hold.
	 */
	static final long PENDING_WAIT_MILLIS = 2_000;

	private boolean again;

	SearchIndexer(SearchIndex index, RequestsForSearch requests, ArticleService articles,
			GoverningDocumentService documents, Catalogue catalogue,
			@Value("${helhet.search.rebuild-at-start:true}") boolean rebuildAtStart,
			@Value("${helhet.search.pending-delay-ms:20}") long pendingDelayMillis,
			@Value("${helhet.search.commit-ms:60000}") long commitMillis) {
		this.pendingDelayMillis = pendingDelayMillis;
		this.commitNanos = commitMillis * 1_000_000;
		index.beforeReading(this::indexPending);
		this.index = index;
		this.requests = requests;
		this.articles = articles;
		this.documents = documents;
		this.catalogue = catalogue;
		this.rebuildAtStart = rebuildAtStart;
	}

	/** How a rebuild goes: what it has done of how much. */
	public record Progress(boolean running, long done, long total, OffsetDateTime startedAt, OffsetDateTime finishedAt,
			String failure) {

		static Progress idle() {
			return new Progress(false, 0, 0, null, null, null);
		}

		public int percent() {
			return total == 0 ? (running ? 0 : 100) : (int) Math.min(100, done * 100 / total);
		}

	}

	public Progress progress() {
		return progress.get();
	}

	public OffsetDateTime lastCatchUp() {
		return lastCatchUp;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		if (index.isEmptyOrOutdated() && rebuildAtStart) {
			startRebuild();
		}
		else {
			catchUp();
		}
	}

	/** Starts a rebuild in the background unless one runs; false if one was running. */
	public boolean startRebuild() {
		OffsetDateTime started = OffsetDateTime.now(ZoneOffset.UTC);
		synchronized (progress) {
			if (progress.get().running()) {
				// what was asked for is an index of the database as it is now: the
				// running
				// rebuild may have read past rows changed since, so another follows it
				again = true;
				return false;
			}
			progress.set(new Progress(true, 0, 0, started, null, null));
		}
		Thread.ofVirtual().name("search-rebuild").start(() -> rebuild(started));
		return true;
	}

	/**
	 * Fills a new index from the database and puts it in use. Changes made meanwhile
	 * reach the index in use through events; the new one catches up from where it began
	 * before it takes over.
	 */
	private void rebuild(OffsetDateTime started) {
		try {
			long total = requests.count();
			progress.set(new Progress(true, 0, total, started, null, null));
			Generation fresh = index.newGeneration();
			Map<String, String> watermark = new HashMap<>();
			watermark.put(REQUESTS_AT, started.minusSeconds(OVERLAP_SECONDS).toString());
			watermark.put(ARTICLES_AT, started.minusSeconds(OVERLAP_SECONDS).toString());
			for (ServiceView service : catalogue.services()) {
				index.put(fresh, SearchFields.key(SearchType.SERVICE, service.id()), SearchFields.service(service));
			}
			for (DocumentView document : documents.documents(null)) {
				index.put(fresh, SearchFields.key(SearchType.DOCUMENT, document.id()),
						SearchFields.governingDocument(document, document.current().body()));
			}
			OffsetDateTime articlesAt = OffsetDateTime.parse("1970-01-01T00:00:00Z");
			UUID articleId = null;
			List<ArticleView> page;
			while (!(page = articles.changedAfter(articlesAt, articleId, PAGE)).isEmpty()) {
				for (ArticleView article : page) {
					index.put(fresh, SearchFields.key(SearchType.ARTICLE, article.id()), SearchFields.article(article));
				}
				articlesAt = page.getLast().updatedAt();
				articleId = page.getLast().id();
			}
			long done = indexRequests(fresh, started, total);
			long merging = System.nanoTime();
			index.mergeCandidates(fresh);
			long mergeSeconds = (System.nanoTime() - merging) / 1_000_000_000L;
			index.commit(fresh, watermark);
			synchronized (catchUpLock) {
				index.swap(fresh);
				rememberCatalogueAndDocuments();
			}
			catchUp();
			progress.set(new Progress(false, done, Math.max(total, done), started, OffsetDateTime.now(ZoneOffset.UTC),
					null));
			log.info("Sökindexet är ombyggt: {} ärenden på {} s (varav {} s att slå ihop kandidaterna)", done,
					java.time.Duration.between(started, OffsetDateTime.now(ZoneOffset.UTC)).toSeconds(), mergeSeconds);
			rebuildAgainIfAsked();
		}
		catch (IOException | RuntimeException ex) {
			log.error("Sökindexet kunde inte byggas om", ex);
			Progress failed = progress.get();
			progress.set(new Progress(false, failed.done(), failed.total(), started, OffsetDateTime.now(ZoneOffset.UTC),
					ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage()));
			rebuildAgainIfAsked();
		}
	}

	/**
	 * Reads the requests page by page while every core analyses pages already read: the
	 * analysis (compound splitting) costs more than the reading.
	 */
	private long indexRequests(Generation fresh, OffsetDateTime started, long total) throws IOException {
		int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
		Semaphore inFlight = new Semaphore(workers + 1);
		AtomicLong done = new AtomicLong();
		AtomicReference<RuntimeException> failed = new AtomicReference<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(workers,
				Thread.ofPlatform().name("search-index-", 1).factory())) {
			UUID after = null;
			List<IndexEntry> entries;
			while (failed.get() == null && !(entries = requests.entries(after, PAGE)).isEmpty()) {
				after = entries.getLast().id();
				inFlight.acquireUninterruptibly();
				List<IndexEntry> page = entries;
				pool.execute(() -> {
					try {
						for (IndexEntry entry : page) {
							index.add(fresh, SearchFields.request(entry));
						}
						long now = done.addAndGet(page.size());
						progress.set(new Progress(true, now, Math.max(total, now), started, null, null));
					}
					catch (RuntimeException ex) {
						failed.compareAndSet(null, ex);
					}
					finally {
						inFlight.release();
					}
				});
			}
		}
		if (failed.get() != null) {
			throw failed.get();
		}
		return done.get();
	}

	private void rebuildAgainIfAsked() {
		boolean asked;
		synchronized (progress) {
			asked = again;
			again = false;
		}
		if (asked) {
			startRebuild();
		}
	}

	private void rememberCatalogueAndDocuments() {
		services.clear();
		catalogue.services().forEach(s -> services.put(s.id(), s));
		documentVersions.clear();
		documents.documents(null).forEach(d -> documentVersions.put(d.id(), d.version()));
	}

	/** Reads what changed since the last look, on this node or any other. */
	@Scheduled(fixedDelayString = "${helhet.search.catch-up-ms:5000}",
			initialDelayString = "${helhet.search.catch-up-ms:5000}")
	public void catchUp() {
		if (progress.get().running() && index.isEmptyOrOutdated()) {
			return;
		}
		synchronized (catchUpLock) {
			Map<String, String> watermark = new HashMap<>(index.committed());
			catchUpRequests(watermark);
			catchUpArticles(watermark);
			catchUpServices();
			catchUpDocuments();
			long now = System.nanoTime();
			boolean durable = commitNanos <= 0 || now - lastCommit >= commitNanos;
			index.commit(watermark, durable);
			if (durable) {
				lastCommit = now;
			}
			index.refresh();
			lastCatchUp = OffsetDateTime.now(ZoneOffset.UTC);
		}
	}

	/**
	 * Sweeps out of the similar-request candidates the requests that aged out without a
	 * change; hourly is enough, as the query's own filter leaves them out meanwhile.
	 */
	@Scheduled(fixedDelayString = "${helhet.search.sweep-ms:3600000}",
			initialDelayString = "${helhet.search.sweep-ms:3600000}")
	public void sweep() {
		if (!progress.get().running() || !index.isEmptyOrOutdated()) {
			index.sweep(Instant.now());
		}
	}

	private void catchUpRequests(Map<String, String> watermark) {
		OffsetDateTime at = time(watermark.get(REQUESTS_AT)).minusSeconds(OVERLAP_SECONDS);
		UUID after = null;
		OffsetDateTime newest = time(watermark.get(REQUESTS_AT));
		UUID newestId = null;
		List<Change> changes;
		SearchIndex.Generation current = index.current();
		// only which requests changed is read first: at a steady intake almost all of
		// them
		// were indexed on this node as they were saved, so their texts need not be read
		while (!(changes = requests.changesAfter(at, after, PAGE)).isEmpty()) {
			List<UUID> toIndex = new ArrayList<>();
			for (Change change : changes) {
				if (!alreadyIndexed(change.id(), change.updatedAt(), current) && !pending.contains(change.id())) {
					toIndex.add(change.id());
				}
			}
			if (!toIndex.isEmpty()) {
				for (IndexEntry entry : requests.entries(toIndex)) {
					index.put(SearchFields.key(SearchType.REQUEST, entry.id()), SearchFields.request(entry));
				}
			}
			Change last = changes.getLast();
			at = last.updatedAt();
			after = last.id();
			if (last.updatedAt().isAfter(newest)) {
				newest = last.updatedAt();
				newestId = last.id();
			}
			if (changes.size() < PAGE) {
				break;
			}
		}
		watermark.put(REQUESTS_AT, newest.toString());
		// the next catch-up starts this far back: older notes will never be asked for
		OffsetDateTime nextFrom = newest.minusSeconds(OVERLAP_SECONDS);
		indexedOnSave.values().removeIf(indexed -> indexed.updatedAt().isBefore(nextFrom));
		if (newestId != null) {
			watermark.put(REQUESTS_ID, newestId.toString());
		}
	}

	private void catchUpArticles(Map<String, String> watermark) {
		OffsetDateTime at = time(watermark.get(ARTICLES_AT)).minusSeconds(OVERLAP_SECONDS);
		OffsetDateTime newest = time(watermark.get(ARTICLES_AT));
		UUID after = null;
		List<ArticleView> page;
		SearchIndex.Generation current = index.current();
		while (!(page = articles.changedAfter(at, after, PAGE)).isEmpty()) {
			for (ArticleView article : page) {
				Indexed indexed = articlesIndexed.get(article.id());
				if (indexed == null || indexed.generation() != current
						|| !indexed.updatedAt().isEqual(article.updatedAt())) {
					indexArticle(article);
				}
			}
			at = page.getLast().updatedAt();
			after = page.getLast().id();
			if (at.isAfter(newest)) {
				newest = at;
			}
			if (page.size() < PAGE) {
				break;
			}
		}
		watermark.put(ARTICLES_AT, newest.toString());
		OffsetDateTime nextFrom = newest.minusSeconds(OVERLAP_SECONDS);
		articlesIndexed.values().removeIf(indexed -> indexed.updatedAt().isBefore(nextFrom));
	}

	private void catchUpServices() {
		Map<UUID, ServiceView> now = new HashMap<>();
		catalogue.services().forEach(s -> now.put(s.id(), s));
		now.forEach((id, service) -> {
			if (!service.equals(services.get(id))) {
				index.put(SearchFields.key(SearchType.SERVICE, id), SearchFields.service(service));
			}
		});
		services.keySet()
			.stream()
			.filter(id -> !now.containsKey(id))
			.toList()
			.forEach(id -> index.delete(SearchFields.key(SearchType.SERVICE, id)));
		services.clear();
		services.putAll(now);
	}

	private void catchUpDocuments() {
		Map<UUID, Integer> now = new HashMap<>();
		for (DocumentView document : documents.documents(null)) {
			now.put(document.id(), document.version());
			if (!Integer.valueOf(document.version()).equals(documentVersions.get(document.id()))) {
				indexDocument(document);
			}
		}
		documentVersions.clear();
		documentVersions.putAll(now);
	}

	private static OffsetDateTime time(String value) {
		return value == null ? OffsetDateTime.parse("1970-01-01T00:00:00Z") : OffsetDateTime.parse(value);
	}

	private void indexArticle(ArticleView article) {
		SearchIndex.Generation generation = index.put(SearchFields.key(SearchType.ARTICLE, article.id()),
				SearchFields.article(article));
		articlesIndexed.put(article.id(), new Indexed(article.updatedAt(), generation));
	}

	private void indexDocument(DocumentView document) {
		index.put(SearchFields.key(SearchType.DOCUMENT, document.id()),
				SearchFields.governingDocument(document, document.current().body()));
	}

	/** Notes saved requests for the indexing thread, which takes them in a moment. */
	private void indexRequests(Collection<UUID> ids) {
		pending.addAll(ids);
		if (drainScheduled.compareAndSet(false, true)) {
			try {
				drainer.schedule(() -> {
					drainScheduled.set(false);
					indexPending();
				}, pendingDelayMillis, TimeUnit.MILLISECONDS);
			}
			catch (RejectedExecutionException ex) {
				// shutting down: the next start's catch-up takes them
				drainScheduled.set(false);
			}
		}
	}

	/**
	 * Puts the requests saved on this node and not yet indexed into the index, waiting
	 * for a batch the indexing thread is putting in. A request is taken out of the
	 * pending set only while the lock is held, so when the set is empty and the lock
	 * free, all are in.
	 */
	void indexPending() {
		if (pending.isEmpty() && !pendingLock.isLocked()) {
			return;
		}
		try {
			if (!pendingLock.tryLock(PENDING_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
				log.warn("Sökindexet väntar på ärenden som sparats; sökningen görs utan dem.");
				return;
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return;
		}
		try {
			while (!pending.isEmpty()) {
				List<UUID> batch = new ArrayList<>();
				Iterator<UUID> ids = pending.iterator();
				while (ids.hasNext() && batch.size() < PENDING_BATCH) {
					batch.add(ids.next());
					ids.remove();
				}
				for (IndexEntry entry : requests.entries(batch)) {
					SearchIndex.Generation generation = index.put(SearchFields.key(SearchType.REQUEST, entry.id()),
							SearchFields.request(entry));
					indexedOnSave.put(entry.id(), new Indexed(entry.updatedAt(), generation));
				}
			}
		}
		catch (RuntimeException ex) {
			// saved all the same: the next catch-up reads them from the database
			log.warn("Sparade ärenden kunde inte läggas i sökindexet nu; nästa avstämning tar med dem: {}",
					ex.toString());
		}
		finally {
			pendingLock.unlock();
		}
	}

	private static ScheduledThreadPoolExecutor drainer() {
		ScheduledThreadPoolExecutor drainer = new ScheduledThreadPoolExecutor(1,
				Thread.ofPlatform().daemon().name("search-pending").factory());
		// at a stop, a batch not yet begun is left to the next start's catch-up
		drainer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
		return drainer;
	}

	/** How many saved requests wait for the indexing thread. */
	int pendingRequests() {
		return pending.size();
	}

	@Override
	public void destroy() {
		// a batch being put in finishes before the index closes; what is still noted is
		// read by the next start's catch-up
		drainer.shutdown();
		try {
			drainer.awaitTermination(PENDING_WAIT_MILLIS, TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Whether this node already put the request, as it is now, into the index in use when
	 * it was saved: the catch-up then need not analyse it a second time. Any other
	 * generation (a rebuild swapped in since) or a later change is indexed again.
	 */
	private boolean alreadyIndexed(UUID id, OffsetDateTime updatedAt, SearchIndex.Generation current) {
		Indexed indexed = indexedOnSave.get(id);
		return indexed != null && indexed.generation() == current && indexed.updatedAt().isEqual(updatedAt);
	}

	/** A request this node indexed right after saving it: its change time, and where. */
	private record Indexed(OffsetDateTime updatedAt, SearchIndex.Generation generation) {
	}

	// ---- events: this node's own changes, right after they commit

	/*
	 * Plain listeners that act after the commit rather than module listeners: a module
	 * listener writes an event publication row per listener and event, which every intake
	 * would pay for, while the catch-up already guarantees that nothing is missed if the
	 * node stops between the commit and the indexing. Acting on the request's own thread
	 * after the commit also means the one who saved finds it at once.
	 */

	@EventListener
	void on(RequestSubmitted event) {
		afterCommit(() -> indexRequests(List.of(event.requestId())));
	}

	@EventListener
	void on(RequestStatusChanged event) {
		afterCommit(() -> indexRequests(List.of(event.requestId())));
	}

	@EventListener
	void on(RequestAssigned event) {
		afterCommit(() -> indexRequests(List.of(event.requestId())));
	}

	@EventListener
	void on(RequestsHandedOver event) {
		afterCommit(() -> indexRequests(event.handovers().stream().map(h -> h.requestId()).toList()));
	}

	@EventListener
	void on(RequestMerged event) {
		afterCommit(() -> indexRequests(List.of(event.duplicateId(), event.intoId())));
	}

	@EventListener
	void on(ArticlePublished event) {
		afterCommit(() -> articles.find(event.articleId()).ifPresent(this::indexArticle));
	}

	@EventListener
	void on(ArticleChanged event) {
		afterCommit(() -> articles.find(event.articleId()).ifPresent(this::indexArticle));
	}

	@EventListener
	void on(DocumentChanged event) {
		afterCommit(() -> documents.document(event.documentId()).ifPresent(this::indexDocument));
	}

	private static void afterCommit(Runnable work) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			indexQuietly(work);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				indexQuietly(work);
			}
		});
	}

	/* The change is saved; if indexing it fails, the next catch-up indexes it. */
	private static void indexQuietly(Runnable work) {
		try {
			work.run();
		}
		catch (RuntimeException ex) {
			log.warn("En ändring kunde inte läggas i sökindexet nu; nästa avstämning tar med den: {}", ex.toString());
		}
	}

}
