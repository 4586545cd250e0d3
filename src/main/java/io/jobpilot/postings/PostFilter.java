package io.jobpilot.postings;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The retrieval filters (still open, place, remote, blacklists) checked on the hits of a search instead of joined
 * into its query. Both legs of retrieval gain at a million postings:
 * <ul>
 *   <li>Words and concepts stay a pure disjunction, which Lucene scores with MaxScore, skipping documents that cannot
 *   reach the top {@code k}; a filter clause turns the query into a conjunction scored document by document. The
 *   collector's threshold counts accepted documents only, so the top {@code k} is exactly that of the filtered
 *   query.</li>
 *   <li>A KNN search under a filter that most postings pass runs unfiltered and a little wider, and drops the hits that
 *   fail: a filtered KNN first builds a bit set over every document and then walks the graph around the rejected
 *   ones.</li>
 * </ul>
 * From {@link #SEED_FROM} documents a search starts from a threshold found by a small search first
 * ({@link ThresholdSeed}): a post-filter that rejects most hits (a place) otherwise leaves the threshold low for most
 * of the index.
 */
final class PostFilter {
    /**
     * Below this share of passing documents the filter is joined into the query after all: it then leads, and only
     * the few passing documents are scored, where a post-filter would score most of the index without its threshold
     * ever rising.
     */
    static final double NARROW = 0.2;
    /** From this many documents a search starts from a seeded threshold ({@link ThresholdSeed}). */
    static final int SEED_FROM = 50_000;
    private final IndexSearcher searcher;
    private final Query filter;
    private final Weight accept;
    private final ThresholdSeed seeds;
    private double share = -1;

    PostFilter(IndexSearcher searcher, Query filter) throws IOException {
        this(searcher, filter, SEED_FROM, ThresholdSeed.LEAD_SHARE);
    }

    /**
     * @param seedFrom  the index size from which searches start from a seeded threshold
     * @param seedLead  the largest share of the index the seeding search may visit
     */
    PostFilter(IndexSearcher searcher, Query filter, int seedFrom, double seedLead) throws IOException {
        this.searcher = searcher;
        this.filter = filter;
        this.accept = searcher.createWeight(searcher.rewrite(filter), ScoreMode.COMPLETE_NO_SCORES, 1f);
        this.seeds = searcher.getIndexReader().maxDoc() >= seedFrom ? new ThresholdSeed(searcher, filter, seedLead) : null;
    }

    /** True when few documents pass ({@link #NARROW}): then searches should run with the filter inside. */
    boolean narrow() throws IOException {
        return passingShare() < NARROW;
    }

    /**
     * The best {@code k} documents of {@code scoring} that pass the filter: exactly those of the filter joined into the
     * query, with the same scores.
     */
    TopDocs top(Query scoring, int k) throws IOException {
        float seed = seed(scoring, k);
        boolean joined = narrow();
        Query query = joined ? new BooleanQuery.Builder().add(scoring, BooleanClause.Occur.MUST)
                .add(filter, BooleanClause.Occur.FILTER).build() : scoring;
        TopScoreDocCollectorManager top = new TopScoreDocCollectorManager(k, null, k);
        return searcher.search(query, new CollectorManager<Accepting, TopDocs>() {
            @Override
            public Accepting newCollector() throws IOException {
                return new Accepting(top.newCollector(), seed, !joined);
            }

            @Override
            public TopDocs reduce(Collection<Accepting> collectors) throws IOException {
                List<TopScoreDocCollector> inner = new ArrayList<>();
                collectors.forEach(c -> inner.add(c.top));
                return top.reduce(inner);
            }
        });
    }

    /** A score the {@code k}-th best passing document of {@code scoring} is sure to reach, or 0 when none is known. */
    float seed(Query scoring, int k) throws IOException {
        return seeds == null ? 0f : seeds.of(scoring, k, passingShare());
    }

    /** The first {@code k} of {@code ranked} (best first) that pass, in their order. */
    ScoreDoc[] firstPassing(ScoreDoc[] ranked, int k) throws IOException {
        Set<Integer> passed = new HashSet<>();
        DocOrder.walk(searcher.getIndexReader().leaves(), ranked, this::iterator, (hit, passing, doc) -> {
            if (DocOrder.on(passing, doc)) {
                passed.add(hit.doc);
            }
        });
        return Arrays.stream(ranked).filter(h -> passed.contains(h.doc)).limit(k).toArray(ScoreDoc[]::new);
    }

    /**
     * An estimate of the share of documents that pass, from index statistics (nothing is iterated; deleted documents
     * still count, and a conjunction counts as its rarest part).
     */
    double passingShare() throws IOException {
        if (share >= 0) {
            return share;
        }
        long cost = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            ScorerSupplier supplier = accept.scorerSupplier(leaf);
            cost += supplier == null ? 0 : supplier.cost();
        }
        int all = searcher.getIndexReader().maxDoc();
        share = all == 0 ? 0 : (double) Math.min(cost, all) / all;
        return share;
    }

    /**
     * The passing documents of one segment, or null if none pass. Only a small share of the segment is ever checked,
     * so the filter is asked for an iterator suited to skipping ahead (doc values rather than a bit set from points).
     */
    private DocIdSetIterator iterator(LeafReaderContext leaf) throws IOException {
        ScorerSupplier supplier = accept.scorerSupplier(leaf);
        return supplier == null ? null : supplier.get(Math.max(1, leaf.reader().maxDoc() / 64)).iterator();
    }

    /**
     * Collects the top {@code k}, from a seeded threshold when one is known, and (unless the filter is in the query)
     * only what passes.
     */
    private final class Accepting extends FilterCollector {
        private final TopScoreDocCollector top;
        private final float seed;
        private final boolean check;

        Accepting(TopScoreDocCollector top, float seed, boolean check) {
            super(top);
            this.top = top;
            this.seed = seed;
            this.check = check;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext leaf) throws IOException {
            DocIdSetIterator first = check ? iterator(leaf) : null;
            if (check && first == null) {
                throw new CollectionTerminatedException(); // nothing in this segment passes
            }
            return new FilterLeafCollector(super.getLeafCollector(leaf)) {
                private DocIdSetIterator passing = first;
                private int last = -1;
                private Scorable scorer;

                @Override
                public void setScorer(Scorable scorer) throws IOException {
                    this.scorer = scorer;
                    if (seed > 0) {
                        // documents below the seed cannot reach the top k: the scorer may skip them from the start.
                        // Set first: the top k's queue may then raise it (from earlier segments), never lower it
                        scorer.setMinCompetitiveScore(seed);
                    }
                    super.setScorer(scorer);
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (seed > 0 && scorer.score() < seed) {
                        // kept out of the top k's queue, whose threshold must never fall below the seed (a scorer's
                        // threshold only rises)
                        return;
                    }
                    if (!check) {
                        in.collect(doc);
                        return;
                    }
                    if (doc < last) {
                        // hits come in document order from Lucene's scorers; should one ever step back, start over
                        passing = iterator(leaf);
                    }
                    last = doc;
                    if (DocOrder.on(passing, doc)) {
                        in.collect(doc);
                    }
                }
            };
        }
    }
}
