package io.jobpilot.postings;

import io.jobpilot.taxonomy.Analyzers;
import io.jobpilot.taxonomy.TextEmbedder;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The cached posting index, on disk under the data directory. Each refresh is one Lucene commit (a generation): the
 * changes are written, committed, and the searcher is swapped atomically; a refresh that fails is rolled back and the
 * previous generation keeps serving. Unchanged postings (same id, same content hash) are not touched, so nothing is
 * re-embedded and the cost of a refresh follows what changed.
 */
public final class PostingIndex implements Closeable {
    private static final String GENERATION = "jobpilot.generation";
    /** The document layout's version: an index written with another layout is emptied at open and filled again. */
    static final String SCHEMA = "3";
    private static final String SCHEMA_KEY = "jobpilot.schema";
    /** The embedding model that made the vectors ("none" without one): vectors of two models are never compared. */
    private static final String MODEL_KEY = "jobpilot.embedder";
    private static final String CHECKED = "jobpilot.checked.";
    private final Directory dir;
    private final Analyzer analyzer;
    private final TextEmbedder embedder;
    private final ReentrantLock writeLock = new ReentrantLock();
    private IndexWriter writer;
    private final SearcherManager searchers;
    private volatile long generation;
    private volatile Map<String, Instant> checked;
    private PostingIndex(Directory dir, TextEmbedder embedder) throws IOException {
        this.dir = dir;
        this.embedder = embedder;
        Analyzer korean = Analyzers.korean();
        Analyzer english = Analyzers.english();
        this.analyzer = new PerFieldAnalyzerWrapper(english, Map.of(
                PostingDocument.title("ko"), korean, PostingDocument.body("ko"), korean));
        this.writer = newWriter();
        Map<String, String> data = commitData();
        if (!DirectoryReader.indexExists(dir) || !SCHEMA.equals(data.get(SCHEMA_KEY))
                || !modelId().equals(data.get(MODEL_KEY))) {
            // new, written by an older layout, or by another embedding model: start empty (the next refresh re-reads
            // every posting and embeds it with this model)
            writer.deleteAll();
            writer.setLiveCommitData(Map.of(GENERATION, "0", SCHEMA_KEY, SCHEMA, MODEL_KEY, modelId()).entrySet());
            writer.commit();
        }
        this.searchers = new SearcherManager(dir, null);
        readCommitData();
    }

    /** Opens (or creates) the index in {@code dir}; {@code embedder} may be null (no meaning search). */
    public static PostingIndex open(Path dir, TextEmbedder embedder) {
        try {
            return new PostingIndex(FSDirectory.open(dir), embedder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the posting index at " + dir, e);
        }
    }

    private IndexWriter newWriter() throws IOException {
        // fewer, larger segments: every query pays per segment (term lookups, a KNN graph search each), and at a
        // million postings the default tiers left 15 segments where 5 answer about a third faster. The floor is in
        // bytes: with the JSON kept uncompressed a posting weighs about 3.2 KB on disk, so 512 MB covers about as many
        // postings as 256 MB did with it compressed (at a million, 3 segments; 256 MB left 6)
        TieredMergePolicy merges = new TieredMergePolicy().setSegmentsPerTier(4).setFloorSegmentMB(512);
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(128).setMergePolicy(merges)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        return new IndexWriter(dir, config);
    }

    private Map<String, String> commitData() {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        return data;
    }

    private void readCommitData() throws IOException {
        Map<String, String> data = commitData();
        generation = Long.parseLong(data.getOrDefault(GENERATION, "0"));
        Map<String, Instant> c = new HashMap<>();
        data.forEach((k, v) -> {
            if (k.startsWith(CHECKED)) {
                c.put(k.substring(CHECKED.length()), Instant.parse(v));
            }
        });
        checked = Map.copyOf(c);
    }

    /** The generation now serving; it grows by one with each successful refresh. */
    public long generation() {
        return generation;
    }

    /** When each source was last read successfully ("from ALIO, checked 3 h ago"). */
    public Map<String, Instant> checkedAt() {
        return checked;
    }

    public TextEmbedder embedder() {
        return embedder;
    }

    private String modelId() {
        return embedder == null ? "none" : embedder.model();
    }

    /**
     * Applies one refresh: upserts, deletions, and the sources' check times, as one commit. Throws (after rolling back)
     * when anything fails; the previous generation keeps serving.
     */
    public long apply(IndexChanges changes) {
        writeLock.lock();
        try {
            for (IndexChanges.Upsert u : changes.upserts()) {
                writer.updateDocument(new Term(PostingDocument.ID, u.posting().id()),
                        PostingDocument.of(u.posting(), u.vector(), u.archived()));
            }
            for (String id : changes.deletions()) {
                writer.deleteDocuments(new Term(PostingDocument.ID, id));
            }
            Map<String, String> data = new HashMap<>();
            data.put(GENERATION, Long.toString(generation + 1));
            data.put(SCHEMA_KEY, SCHEMA);
            data.put(MODEL_KEY, modelId());
            checked.forEach((k, v) -> data.put(CHECKED + k, v.toString()));
            changes.checked().forEach((k, v) -> data.put(CHECKED + k, v.toString()));
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
            readCommitData();
            return generation;
        } catch (IOException | RuntimeException e) {
            rollback();
            throw new IllegalStateException("refresh failed and was rolled back; generation " + generation
                    + " keeps serving: " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    private void rollback() {
        try {
            writer.rollback();
            writer = newWriter();
            readCommitData();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reopen the index after a failed refresh", e);
        }
    }

    /** The content hash of every posting now in the index, by id (for telling changed postings from unchanged). */
    public Map<String, String> hashes() {
        return withSearcher(s -> {
            Map<String, String> out = new HashMap<>();
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                SortedDocValues ids = leaf.reader().getSortedDocValues(PostingDocument.ID);
                SortedDocValues hashes = leaf.reader().getSortedDocValues(PostingDocument.HASH);
                var live = leaf.reader().getLiveDocs();
                if (ids == null || hashes == null) {
                    continue;
                }
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if ((live == null || live.get(doc)) && ids.advanceExact(doc) && hashes.advanceExact(doc)) {
                        out.put(ids.lookupOrd(ids.ordValue()).utf8ToString(), hashes.lookupOrd(hashes.ordValue()).utf8ToString());
                    }
                }
            }
            return out;
        });
    }

    public Optional<IndexedPosting> get(String id) {
        return withSearcher(s -> {
            var top = s.search(new org.apache.lucene.search.TermQuery(new Term(PostingDocument.ID, id)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(PostingDocument.read(s.getIndexReader(), new int[] {top.scoreDocs[0].doc})[0]);
        });
    }

    /** How many segments the serving searcher reads (each query pays per segment). */
    public int segments() {
        return withSearcher(s -> s.getIndexReader().leaves().size());
    }

    /**
     * Runs the merges the merge policy wants and waits for them (and for those a refresh started), then commits and
     * serves the result. Serving never needs this (merges swap in at the next refresh); benchmarks do, to measure the
     * index as it settles rather than mid-merge, and an index opened with a changed merge policy settles here.
     */
    public void awaitMerges() {
        writeLock.lock();
        try {
            writer.maybeMerge();
            if (writer.getConfig().getMergeScheduler() instanceof ConcurrentMergeScheduler cms) {
                cms.sync();
            }
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("waiting for merges failed", e);
        } finally {
            writeLock.unlock();
        }
    }

    public int size() {
        return withSearcher(s -> s.getIndexReader().numDocs());
    }

    /** Retrieval candidates: BM25 over text and concepts, fused with meaning (KNN) for English. */
    public List<Candidate> retrieve(Retrieval r) {
        return withSearcher(s -> new PostingRetriever(s, analyzer, embedder).retrieve(r));
    }

    /** Ids of the {@code k} postings nearest to the vector (approximate, HNSW), for benchmarks against exact search. */
    public List<String> nearest(float[] vector, int k) {
        return withSearcher(s -> {
            var top = s.search(new org.apache.lucene.search.KnnFloatVectorQuery(PostingDocument.VECTOR, vector, k), k);
            List<String> ids = new java.util.ArrayList<>();
            var stored = s.storedFields();
            for (var sd : top.scoreDocs) {
                ids.add(stored.document(sd.doc, java.util.Set.of(PostingDocument.ID)).get(PostingDocument.ID));
            }
            return ids;
        });
    }

    /** A retrieved posting with its fused retrieval score (reciprocal-rank fusion; only the order matters). */
    public record Candidate(IndexedPosting posting, double retrievalScore) {
    }

    interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    <T> T withSearcher(SearcherFunction<T> f) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return f.apply(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            dir.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
