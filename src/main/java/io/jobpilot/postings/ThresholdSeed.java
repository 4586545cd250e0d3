package io.jobpilot.postings;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A starting threshold for a top-{@code k} search of a disjunction under a filter. A top-k search skips documents
 * that cannot beat the k-th best so far, but it starts from nothing: until k passing documents have been seen it
 * scores almost everything, and a post-filter that rejects most hits (a place) makes that phase long. The seed comes
 * from a small search first, over the passing documents that contain one of the disjunction's heaviest terms (the
 * target occupation, a rare title word), scored by those terms alone. A document's score in the whole disjunction is at
 * least its score in a part of it, so at least k passing documents reach the k-th best of the small search, and the
 * full search may skip anything below it from its first document. Results are unchanged: only documents that could
 * never enter the top k are skipped. (Scoring the small search by the whole disjunction gives a higher seed, but
 * moving every term's postings to each leading document cost more than the seed saved.)
 */
final class ThresholdSeed {
    /** The seeding search visits at most this share of the index. */
    static final double LEAD_SHARE = 0.02;
    /** Scores of one document may differ in the last bits between two ways of summing them. */
    private static final float SAFETY = 1e-4f;
    private final IndexSearcher searcher;
    private final Query filter;
    private final double leadShare;

    ThresholdSeed(IndexSearcher searcher, Query filter, double leadShare) {
        this.searcher = searcher;
        this.filter = filter;
        this.leadShare = leadShare;
    }

    /**
     * A score at least {@code k} passing documents reach in {@code scoring}, or 0 when the seeding search finds fewer.
     *
     * @param passingShare the share of documents the filter passes (to judge how many leading documents give k)
     */
    float of(Query scoring, int k, double passingShare) throws IOException {
        if (!(scoring instanceof BooleanQuery disjunction) || disjunction.getMinimumNumberShouldMatch() > 0
                || passingShare <= 0) {
            return 0f;
        }
        IndexReader reader = searcher.getIndexReader();
        long maxDoc = reader.maxDoc();
        List<Weighted> terms = new ArrayList<>();
        for (BooleanClause c : disjunction.clauses()) {
            if (c.getOccur() == Occur.MUST || c.getOccur() == Occur.FILTER) {
                return 0f; // a required clause already leads
            }
            TermClause term = TermClause.of(c);
            if (term != null) {
                TermStates states = term.query().getTermStates();
                int df = states != null ? states.docFreq() : reader.docFreq(term.query().getTerm());
                if (df > 0) {
                    terms.add(new Weighted(term.query().getTerm(), c.getQuery(), df, term.boost() * idf(df, maxDoc)));
                }
            }
        }
        // the heaviest terms lead, until they are likely to hold k passing documents, within the visiting budget
        terms.sort(Comparator.comparingDouble((Weighted w) -> -w.weight).thenComparing(w -> w.term));
        long wanted = (long) Math.ceil(2.0 * k / passingShare);
        long budget = (long) (leadShare * maxDoc);
        // the leading terms keep their boosts and statistics: each scores a document exactly as in the whole disjunction
        BooleanQuery.Builder lead = new BooleanQuery.Builder();
        long visited = 0;
        for (Weighted w : terms) {
            if (visited + w.df > budget) {
                break;
            }
            lead.add(w.clause, Occur.SHOULD);
            visited += w.df;
            if (visited >= wanted) {
                break;
            }
        }
        if (visited < k) {
            return 0f;
        }
        ScoreDoc[] top = searcher.search(new BooleanQuery.Builder().add(lead.build(), Occur.MUST)
                .add(filter, Occur.FILTER).build(), k).scoreDocs;
        return top.length < k ? 0f : top[k - 1].score * (1 - SAFETY);
    }

    /** BM25's inverse document frequency, enough to rank terms by how much one can add to a score. */
    private static double idf(long df, long docs) {
        return Math.log(1 + (docs - df + 0.5) / (df + 0.5));
    }

    private record Weighted(Term term, Query clause, int df, double weight) {
    }
}
