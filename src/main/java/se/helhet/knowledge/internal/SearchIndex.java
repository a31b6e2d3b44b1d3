package se.helhet.knowledge.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import se.helhet.knowledge.internal.search.AnswerRanking;
import se.helhet.knowledge.internal.search.SameQuestion;

/**
 * This node's Lucene index of services, articles, governing documents and requests. It is
 * derived from the database and never the only copy of anything: each node keeps its own
 * under {@code helhet.data-dir/search/<node>} and can rebuild it at any time. A rebuild
 * fills a new index beside the one in use and swaps when it is complete, so a search
 * never sees half an index.
 * <p>
 * Beside the whole index, each generation keeps a small one of the requests that can be
 * similar-request candidates at all: open, or changed within the last
 * {@link SearchFields#CANDIDATE_DAYS} days. A similar-request query walks those instead
 * of every request ever filed (at a million requests, a tenth), and is scored with the
 * whole index's statistics, so it ranks as it would in the whole index. Every write keeps
 * it in step; a request that ages out without a change is swept out by {@link #sweep}.
 */
@Component
public class SearchIndex implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

	/*
	 * Raised when the fields or the layout change: an index of another schema is rebuilt
	 * at start.
	 */
	static final String SCHEMA = "6";

	static final String SCHEMA_KEY = "schema";

	private final Path root;

	private final boolean inMemory;

	private final Analyzer analyzer;

	private volatile Generation current;

	private final AtomicBoolean dirty = new AtomicBoolean();

	/*
	 * What must reach the index before it is read: the changes this node saved and has
	 * not yet put in (see SearchIndexer), so whoever saved finds them at once.
	 */
	private volatile Runnable beforeReading = () -> {
	};

	/*
	 * Searches and writes hold the read lock, the swap to a rebuilt index the write lock:
	 * nobody uses an index while it is being closed.
	 */
	private final ReadWriteLock swapping = new ReentrantReadWriteLock();

	/**
	 * One complete index: where it lives, and the whole index and the similar-request
	 * candidates, each with its writer and searchers.
	 */
	record Generation(Path path, Part all, Part candidates) {

		void close() throws IOException {
			try {
				all.close();
			}
			finally {
				candidates.close();
			}
		}

		IndexWriter writer() {
			return all.writer();
		}

		SearcherManager searchers() {
			return all.searchers();
		}

	}

	/** One Lucene index of a generation. */
	record Part(Directory directory, IndexWriter writer, SearcherManager searchers) {

		void close() throws IOException {
			searchers.close();
			writer.close();
			directory.close();
		}

	}

	SearchIndex(@Value("${helhet.data-dir:./data}") Path dataDir, @Value("${helhet.search.node:}") String node,
			@Value("${helhet.search.directory:disk}") String directory) throws IOException {
		this.inMemory = "memory".equals(directory);
		String name = node.isBlank() ? hostname() : node;
		this.root = dataDir.resolve("search").resolve(name.replaceAll("[^A-Za-z0-9_.-]", "_"));
		Map<String, Analyzer> fields = new HashMap<>();
		fields.putAll(AnswerRanking.analyzers());
		fields.putAll(SameQuestion.analyzers());
		this.analyzer = new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), fields);
		this.current = open(latest());
	}

	private static String hostname() {
		String host = System.getenv("HOSTNAME");
		return (host == null || host.isBlank()) ? "node" : host;
	}

	/** The newest generation folder on disk, or a new one. */
	private Path latest() throws IOException {
		if (inMemory) {
			return null;
		}
		Files.createDirectories(root);
		try (Stream<Path> children = Files.list(root)) {
			return children.filter(Files::isDirectory)
				.filter(p -> p.getFileName().toString().matches("g\\d+"))
				.max(Comparator.comparingLong(p -> Long.parseLong(p.getFileName().toString().substring(1))))
				.orElse(root.resolve("g1"));
		}
	}

	/*
	 * A generation's folder holds the two indexes side by side (an older layout has
	 * neither, so it opens empty and is rebuilt).
	 */
	private Generation open(Path path) throws IOException {
		Part all = part(path == null ? null : path.resolve("all"), 64);
		try {
			return new Generation(path, all, part(path == null ? null : path.resolve("candidates"), 16));
		}
		catch (IOException | RuntimeException ex) {
			all.close();
			throw ex;
		}
	}

	private Part part(Path path, double bufferMb) throws IOException {
		Directory directory = inMemory ? new ByteBuffersDirectory() : FSDirectory.open(path);
		IndexWriterConfig config = new IndexWriterConfig(analyzer)
			.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
			.setRAMBufferSizeMB(bufferMb);
		IndexWriter writer = new IndexWriter(directory, config);
		return new Part(directory, writer, new SearcherManager(writer, null));
	}

	/** What was committed with the index: its schema and how far it has caught up. */
	Map<String, String> committed() {
		Map<String, String> data = new HashMap<>();
		Iterable<Map.Entry<String, String>> live = current.writer().getLiveCommitData();
		if (live != null) {
			live.forEach(e -> data.put(e.getKey(), e.getValue()));
		}
		return data;
	}

	boolean isEmptyOrOutdated() {
		return current.writer().getDocStats().numDocs == 0 || !SCHEMA.equals(committed().get(SCHEMA_KEY));
	}

	/** Replaces the document with this key, and answers the generation it went into. */
	Generation put(String key, Document document) {
		swapping.readLock().lock();
		try {
			Generation generation = current;
			put(generation, key, document);
			return generation;
		}
		finally {
			swapping.readLock().unlock();
		}
	}

	void put(Generation generation, String key, Document document) {
		try {
			Term term = new Term(SearchFields.KEY, key);
			generation.all().writer().updateDocument(term, document);
			// the same document object: its analysed text is played back, not analysed
			// again
			if (SearchFields.maySoonBeSimilar(document, Instant.now())) {
				generation.candidates().writer().updateDocument(term, SearchFields.asCandidate(document));
			}
			else {
				generation.candidates().writer().deleteDocuments(term);
			}
			dirty.set(true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Adds a document to a generation being built, where nothing needs replacing. */
	void add(Generation generation, Document document) {
		try {
			generation.all().writer().addDocument(document);
			if (SearchFields.maySoonBeSimilar(document, Instant.now())) {
				generation.candidates().writer().addDocument(SearchFields.asCandidate(document));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void delete(String key) {
		swapping.readLock().lock();
		try {
			Term term = new Term(SearchFields.KEY, key);
			current.all().writer().deleteDocuments(term);
			current.candidates().writer().deleteDocuments(term);
			dirty.set(true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			swapping.readLock().unlock();
		}
	}

	/**
	 * Merges a rebuilt generation's candidates into one segment before it is put in use:
	 * each similar-request query then looks every word up once, and the merge of a
	 * fraction of the requests takes seconds.
	 */
	void mergeCandidates(Generation generation) {
		try {
			generation.candidates().writer().forceMerge(1);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Notes how far the changes go and, when durable, writes both to disk; otherwise the
	 * next durable commit writes the latest note.
	 */
	void commit(Map<String, String> watermark, boolean durable) {
		swapping.readLock().lock();
		try {
			if (durable) {
				commit(current, watermark);
			}
			else {
				Map<String, String> data = new HashMap<>(watermark);
				data.put(SCHEMA_KEY, SCHEMA);
				current.all().writer().setLiveCommitData(data.entrySet());
			}
		}
		finally {
			swapping.readLock().unlock();
		}
	}

	void commit(Generation generation, Map<String, String> watermark) {
		Map<String, String> data = new HashMap<>(watermark);
		data.put(SCHEMA_KEY, SCHEMA);
		try {
			// the candidates first: a commit of the whole index says both are complete
			generation.candidates().writer().commit();
			generation.all().writer().setLiveCommitData(data.entrySet());
			generation.all().writer().commit();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Runs before every search, outside the index's locks. */
	void beforeReading(Runnable work) {
		this.beforeReading = work;
	}

	/** Searches the index, first making what was written visible (read your writes). */
	<T> T search(SearchWork<T> work) {
		beforeReading.run();
		swapping.readLock().lock();
		try {
			return search(current.searchers(), work);
		}
		finally {
			swapping.readLock().unlock();
		}
	}

	private <T> T search(SearcherManager searchers, SearchWork<T> work) {
		try {
			refreshIfDirty(current);
			IndexSearcher searcher = searchers.acquire();
			try {
				return work.on(searcher);
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Searches the similar-request candidates, first making what was written visible. The
	 * searcher scores with the whole index's statistics; {@code whole} is the whole
	 * index's reader, for what else the work weighs by them.
	 */
	<T> T searchCandidates(CandidateWork<T> work) {
		beforeReading.run();
		swapping.readLock().lock();
		try {
			Generation generation = current;
			refreshIfDirty(generation);
			IndexSearcher all = generation.all().searchers().acquire();
			try {
				IndexSearcher candidates = generation.candidates().searchers().acquire();
				try {
					return work.on(new StatisticsOf(all, candidates, termStatistics(all.getIndexReader())),
							all.getIndexReader());
				}
				finally {
					generation.candidates().searchers().release(candidates);
				}
			}
			finally {
				generation.all().searchers().release(all);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			swapping.readLock().unlock();
		}
	}

	/**
	 * The whole index's statistics of the words looked up, for as long as its reader is
	 * the same: a query's words are looked up in every segment of a million requests
	 * otherwise.
	 */
	private Map<Term, TermStatistics> termStatistics(IndexReader whole) {
		StatisticsCache cache = this.statistics;
		if (cache == null || cache.reader() != whole || cache.terms().size() > MAX_CACHED_TERMS) {
			cache = new StatisticsCache(whole, new ConcurrentHashMap<>());
			this.statistics = cache;
		}
		return cache.terms();
	}

	private record StatisticsCache(IndexReader reader, Map<Term, TermStatistics> terms) {
	}

	static final int MAX_CACHED_TERMS = 100_000;

	private volatile StatisticsCache statistics;

	private void refreshIfDirty(Generation generation) throws IOException {
		if (dirty.getAndSet(false)) {
			generation.candidates().searchers().maybeRefreshBlocking();
			generation.all().searchers().maybeRefreshBlocking();
		}
	}

	/**
	 * A searcher over the candidates that scores with the statistics of the whole index:
	 * BM25 over the candidates alone would weigh words by how common they are among
	 * recent requests, and rank otherwise than the whole index did.
	 */
	private static final class StatisticsOf extends IndexSearcher {

		private final IndexSearcher whole;

		private final Map<Term, TermStatistics> known;

		StatisticsOf(IndexSearcher whole, IndexSearcher candidates, Map<Term, TermStatistics> known) {
			super(candidates.getIndexReader());
			this.whole = whole;
			this.known = known;
			setQueryCache(candidates.getQueryCache());
			setQueryCachingPolicy(candidates.getQueryCachingPolicy());
			setSimilarity(candidates.getSimilarity());
		}

		@Override
		public CollectionStatistics collectionStatistics(String field) throws IOException {
			CollectionStatistics statistics = this.whole.collectionStatistics(field);
			return (statistics != null) ? statistics : super.collectionStatistics(field);
		}

		@Override
		public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq) throws IOException {
			TermStatistics statistics = this.known.get(term);
			if (statistics == null) {
				TermStates states = TermStates.build(this.whole, term, true);
				if (states.docFreq() == 0) {
					// a word written after the whole index's searcher was opened: the
					// candidates' own figures
					return super.termStatistics(term, docFreq, totalTermFreq);
				}
				statistics = this.whole.termStatistics(term, states.docFreq(), states.totalTermFreq());
				this.known.put(term, statistics);
			}
			return statistics;
		}

	}

	/** Work on a searcher. */
	@FunctionalInterface
	interface SearchWork<T> {

		T on(IndexSearcher searcher) throws IOException;

	}

	/** Work on the candidates' searcher, with the whole index's reader for statistics. */
	@FunctionalInterface
	interface CandidateWork<T> {

		T on(IndexSearcher candidates, IndexReader whole) throws IOException;

	}

	/**
	 * Removes from the candidates the requests that have been solved or closed for longer
	 * than {@link SearchFields#CANDIDATE_DAYS} days without a change since: nothing
	 * writes them when they age out. Until then the similar-request query's own recency
	 * filter leaves them out.
	 */
	void sweep(Instant now) {
		swapping.readLock().lock();
		try {
			current.candidates().writer().deleteDocuments(SearchFields.noLongerSimilar(now));
			dirty.set(true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			swapping.readLock().unlock();
		}
	}

	/** How many documents the similar-request candidates hold. */
	int countCandidates(org.apache.lucene.search.Query query) {
		return searchCandidates((candidates, whole) -> candidates.count(query));
	}

	/** Makes recent writes visible; called regularly, so searches rarely wait. */
	void refresh() {
		if (dirty.getAndSet(false)) {
			swapping.readLock().lock();
			try {
				current.candidates().searchers().maybeRefresh();
				current.all().searchers().maybeRefresh();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			finally {
				swapping.readLock().unlock();
			}
		}
	}

	/** A new, empty generation beside the one in use, for a rebuild. */
	Generation newGeneration() throws IOException {
		Path path = null;
		if (!inMemory) {
			long next = Long.parseLong(current.path().getFileName().toString().substring(1)) + 1;
			path = root.resolve("g" + next);
			deleteFolder(path);
		}
		return open(path);
	}

	/** Puts a complete generation in use and removes the one it replaces. */
	void swap(Generation rebuilt) throws IOException {
		rebuilt.candidates().searchers().maybeRefreshBlocking();
		rebuilt.all().searchers().maybeRefreshBlocking();
		Generation old;
		swapping.writeLock().lock();
		try {
			old = current;
			current = rebuilt;
		}
		finally {
			swapping.writeLock().unlock();
		}
		old.close();
		if (old.path() != null) {
			deleteFolder(old.path());
		}
	}

	int count(org.apache.lucene.search.Query query) {
		return search(searcher -> searcher.count(query));
	}

	Generation current() {
		return current;
	}

	private static void deleteFolder(Path path) throws IOException {
		if (path == null || !Files.exists(path)) {
			return;
		}
		try (Stream<Path> files = Files.walk(path)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
	}

	@Override
	public void destroy() {
		try {
			current.close();
		}
		catch (IOException ex) {
			log.warn("Sökindexet kunde inte stängas: {}", ex.getMessage());
		}
	}

}
