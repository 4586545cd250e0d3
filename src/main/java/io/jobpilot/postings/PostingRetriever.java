package io.jobpilot.postings;

import io.jobpilot.taxonomy.Analyzers;
import io.jobpilot.taxonomy.TextEmbedder;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Hybrid retrieval over one searcher: a BM25 query on titles, bodies, skill and occupation concepts, and for English a
 * KNN query on the posting vectors, both under the same filters (checked on their hits, see {@link PostFilter}), fused
 * by reciprocal rank (scale-free and deterministic). Korean relies on Nori and the concepts: the embedding model is
 * English-only.
 */
final class PostingRetriever {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PostingRetriever.class);
    private static final int RRF_K = 60;
    private final IndexSearcher searcher;
    private final Analyzer analyzer;
    private final TextEmbedder embedder;

    PostingRetriever(IndexSearcher searcher, Analyzer analyzer, TextEmbedder embedder) {
        this.searcher = searcher;
        this.analyzer = analyzer;
        this.embedder = embedder;
    }

    List<PostingIndex.Candidate> retrieve(Retrieval r) throws IOException {
        Query filter = filter(r.filters());
        PostFilter passing = new PostFilter(searcher, filter);
        Map<Integer, Double> fused = new HashMap<>();
        BooleanQuery text = textQuery(r);
        if (text != null) {
            fuse(fused, RareFirst.top(searcher, passing, text, r.k(), RareFirst.MIN_DOCS).scoreDocs);
        }
        boolean english = !"ko".equals(r.lang());
        float[] meaning = english && embedder != null && r.text() != null && !r.text().isBlank() ? query(r.text()) : null;
        if (meaning != null) {
            fuse(fused, nearest(meaning, Math.max(10, r.k() / 2), passing, filter));
        }
        if (text == null && fused.isEmpty()) {
            fuse(fused, searcher.search(new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST)
                    .add(filter, Occur.FILTER).build(), r.k()).scoreDocs);
        }
        // only the best-fused candidates are read back and scored: parsing a posting is the costly part
        List<Map.Entry<Integer, Double>> best = new ArrayList<>(fused.entrySet());
        best.sort((x, y) -> x.getValue().equals(y.getValue()) ? Integer.compare(x.getKey(), y.getKey())
                : Double.compare(y.getValue(), x.getValue()));
        List<Map.Entry<Integer, Double>> chosen = new ArrayList<>(best.subList(0, Math.min(r.k(), best.size())));
        chosen.sort(Map.Entry.comparingByKey());
        IndexedPosting[] postings = PostingDocument.read(searcher.getIndexReader(),
                chosen.stream().mapToInt(Map.Entry::getKey).toArray());
        List<PostingIndex.Candidate> out = new ArrayList<>(chosen.size());
        for (int i = 0; i < postings.length; i++) {
            out.add(new PostingIndex.Candidate(postings[i], chosen.get(i).getValue()));
        }
        out.sort((x, y) -> x.retrievalScore() != y.retrievalScore() ? Double.compare(y.retrievalScore(), x.retrievalScore())
                : x.posting().id().compareTo(y.posting().id()));
        return out;
    }

    /** The query's vector, or null when the model fails now (endpoint down, timeout): the query then runs on BM25 alone. */
    private float[] query(String text) {
        try {
            return embedder.embed(text);
        } catch (RuntimeException e) {
            // the reason names the model, never the query (it may be a seeker's words)
            LOG.warn("embedding the query failed, searching by words only: {}", e.getMessage());
            return null;
        }
    }

    /**
     * KNN for English meaning. When most postings pass the filters, the search runs unfiltered, a little wider, and the
     * failing hits are dropped: a filtered KNN first builds a bit set over every document, which at a million postings
     * costs more than the search itself. A narrow filter (a small town, remote only) keeps the filtered search, which
     * finds the nearest passing postings however few there are.
     */
    private ScoreDoc[] nearest(float[] v, int k, PostFilter passing, Query filter) throws IOException {
        if (passing.narrow()) {
            return searcher.search(new KnnFloatVectorQuery(PostingDocument.VECTOR, v, k, filter), k).scoreDocs;
        }
        int wide = (int) Math.min(4L * k, (long) Math.ceil(k / passing.passingShare()));
        ScoreDoc[] hits = searcher.search(new KnnFloatVectorQuery(PostingDocument.VECTOR, v, wide), wide).scoreDocs;
        return passing.firstPassing(hits, k);
    }

    private static void fuse(Map<Integer, Double> fused, ScoreDoc[] ranked) {
        for (int i = 0; i < ranked.length; i++) {
            fused.merge(ranked[i].doc, 1.0 / (RRF_K + i + 1), Double::sum);
        }
    }

    private BooleanQuery textQuery(Retrieval r) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int clauses = 0;
        String lang = "ko".equals(r.lang()) ? "ko" : "en";
        if (r.text() != null && !r.text().isBlank()) {
            for (String lg : List.of(lang, "ko".equals(lang) ? "en" : "ko")) { // in this order: clause order fixes how scores sum
                float weight = lg.equals(lang) ? 1f : 0.5f;
                for (String t : terms(PostingDocument.title(lg), r.text())) {
                    b.add(new BoostQuery(new TermQuery(new Term(PostingDocument.title(lg), t)), 3f * weight), Occur.SHOULD);
                    b.add(new BoostQuery(new TermQuery(new Term(PostingDocument.body(lg), t)), weight), Occur.SHOULD);
                    clauses += 2;
                }
            }
        }
        for (String s : r.skillIds()) {
            b.add(new BoostQuery(new TermQuery(new Term(PostingDocument.SKILL, s)), 2f), Occur.SHOULD);
            clauses++;
        }
        for (String o : r.occupationIds()) {
            b.add(new BoostQuery(new TermQuery(new Term(PostingDocument.OCCUPATION, o)), 4f), Occur.SHOULD);
            clauses++;
        }
        return clauses == 0 ? null : b.build();
    }

    private Query filter(Retrieval.Filters f) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST);
        // points lead when few postings are open, doc values check a candidate when the text query leads
        Query open = new IndexOrDocValuesQuery(
                LongPoint.newRangeQuery(PostingDocument.VALID_UNTIL, f.openOn().toEpochDay(), Long.MAX_VALUE),
                NumericDocValuesField.newSlowRangeQuery(PostingDocument.VALID_UNTIL,
                        f.openOn().toEpochDay(), Long.MAX_VALUE));
        if (f.includeArchived()) {
            open = new BooleanQuery.Builder().add(open, Occur.SHOULD)
                    .add(new TermQuery(new Term(PostingDocument.ARCHIVED, "1")), Occur.SHOULD).build();
        }
        b.add(open, Occur.FILTER);
        if (f.remoteOnly()) {
            b.add(new TermQuery(new Term(PostingDocument.REMOTE, "1")), Occur.FILTER);
        }
        if (!f.places().isEmpty()) {
            BooleanQuery.Builder places = new BooleanQuery.Builder();
            f.places().forEach(p -> places.add(new TermQuery(new Term(PostingDocument.PLACE, p)), Occur.SHOULD));
            places.add(new TermQuery(new Term(PostingDocument.REMOTE, "1")), Occur.SHOULD);
            places.add(new TermQuery(new Term(PostingDocument.PLACE, PostingDocument.UNKNOWN_PLACE)), Occur.SHOULD);
            b.add(places.build(), Occur.FILTER);
        }
        if (!f.employmentTypes().isEmpty()) {
            BooleanQuery.Builder types = new BooleanQuery.Builder();
            f.employmentTypes().forEach(t -> types.add(new TermQuery(new Term(PostingDocument.EMPLOYMENT, t)), Occur.SHOULD));
            b.add(types.build(), Occur.FILTER);
        }
        if (f.minAnnualSalary() != null) {
            // postings with an unknown salary stay: unknown is shown as unknown, not filtered out as a mismatch
            BooleanQuery.Builder salary = new BooleanQuery.Builder()
                    .add(DoublePoint.newRangeQuery(PostingDocument.SALARY, f.minAnnualSalary(), Double.MAX_VALUE), Occur.SHOULD)
                    .add(new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST)
                            .add(DoublePoint.newRangeQuery(PostingDocument.SALARY, Double.NEGATIVE_INFINITY, Double.MAX_VALUE),
                                    Occur.MUST_NOT).build(), Occur.SHOULD);
            b.add(salary.build(), Occur.FILTER);
        }
        f.excludedOrganizations().forEach(o -> b.add(new TermQuery(new Term(PostingDocument.ORGANIZATION,
                PostingDocument.organizationKey(o))), Occur.MUST_NOT));
        for (String k : f.excludedKeywords()) {
            for (String lg : List.of("ko", "en")) {
                for (String t : terms(PostingDocument.title(lg), k)) {
                    b.add(new TermQuery(new Term(PostingDocument.title(lg), t)), Occur.MUST_NOT);
                    b.add(new TermQuery(new Term(PostingDocument.body(lg), t)), Occur.MUST_NOT);
                }
            }
        }
        return b.build();
    }

    private Set<String> terms(String field, String text) {
        return Analyzers.terms(analyzer, field, text);
    }
}
