package se.helhet.knowledge.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
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
 */
@Component
public class SearchIndex implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

	/* Raised when the fields change: an index of another schema is rebuilt at start. */
	static final String SCHEMA = "4";

	static final String SCHEMA_KEY = "schema";

	private final Path root;

	private final boolean inMemory;

	private final Analyzer analyzer;

	private volatile Generation current;

	private final AtomicBoolean dirty = new AtomicBoolean();

	/*
	 * Searches and writes hold the read lock, the swap to a rebuilt index the write lock:
	 * nobody uses an index while it is being closed.
	 */
	private final ReadWriteLock swapping = new ReentrantReadWriteLock();

	/** One complete index: where it lives, its writer and its searchers. */
	record Generation(Path path, Directory directory, IndexWriter writer, SearcherManager searchers) {

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

	private Generation open(Path path) throws IOException {
		Directory directory = inMemory ? new ByteBuffersDirectory() : FSDirectory.open(path);
		IndexWriterConfig config = new IndexWriterConfig(analyzer)
			.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
			.setRAMBufferSizeMB(64);
		IndexWriter writer = new IndexWriter(directory, config);
		return new Generation(path, directory, writer, new SearcherManager(writer, null));
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
			generation.writer().updateDocument(new Term(SearchFields.KEY, key), document);
			dirty.set(true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Adds a document to a generation being built, where nothing needs replacing. */
	void add(Generation generation, Document document) {
		try {
			generation.writer().addDocument(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void delete(String key) {
		swapping.readLock().lock();
		try {
			current.writer().deleteDocuments(new Term(SearchFields.KEY, key));
			dirty.set(true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			swapping.readLock().unlock();
		}
	}

	/** Makes the changes durable with how far they go. */
	void commit(Map<String, String> watermark) {
		swapping.readLock().lock();
		try {
			commit(current, watermark);
		}
		finally {
			swapping.readLock().unlock();
		}
	}

	void commit(Generation generation, Map<String, String> watermark) {
		Map<String, String> data = new HashMap<>(watermark);
		data.put(SCHEMA_KEY, SCHEMA);
		try {
			generation.writer().setLiveCommitData(data.entrySet());
			generation.writer().commit();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Searches the index, first making what was written visible (read your writes). */
	<T> T search(SearchWork<T> work) {
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
			if (dirty.getAndSet(false)) {
				searchers.maybeRefreshBlocking();
			}
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

	/** Work on a searcher. */
	@FunctionalInterface
	interface SearchWork<T> {

		T on(IndexSearcher searcher) throws IOException;

	}

	/** Makes recent writes visible; called regularly, so searches rarely wait. */
	void refresh() {
		if (dirty.getAndSet(false)) {
			swapping.readLock().lock();
			try {
				current.searchers().maybeRefresh();
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
		rebuilt.searchers().maybeRefreshBlocking();
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
