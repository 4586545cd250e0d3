package io.jobpilot.postings;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The top of a disjunction of weighted terms over a large index, in two passes. Terms found in more than a tenth of
 * all postings (Excel, Word, "operator") add little to a posting's score but make a search visit a large part of the
 * index; the first pass leaves them out and keeps twice the asked number of candidates, the second adds their scores
 * to those candidates and keeps the best. Scores are those of the whole disjunction (BM25 scores a term the same
 * whatever else is asked). A posting that only the common terms would have found is missed; when the rarer terms find
 * fewer than asked, the whole disjunction is searched instead. Below {@link #MIN_DOCS} one pass is cheap, so the
 * index is searched as asked.
 */
final class RareFirst {
    static final double COMMON = 0.1;
    static final int MIN_DOCS = 50_000;
    private static final int WINDOW = 2;

    private RareFirst() {
    }

    static TopDocs top(IndexSearcher searcher, PostFilter passing, BooleanQuery disjunction, int k, int minDocs)
            throws IOException {
        IndexReader reader = searcher.getIndexReader();
        if (reader.maxDoc() < minDocs) {
            return passing.top(disjunction, k);
        }
        BooleanQuery.Builder rare = new BooleanQuery.Builder();
        BooleanQuery.Builder common = new BooleanQuery.Builder();
        int rareCount = 0;
        int commonCount = 0;
        for (BooleanClause c : disjunction.clauses()) {
            Term t = term(c.getQuery());
            if (c.getOccur() == BooleanClause.Occur.SHOULD && t != null && reader.docFreq(t) > COMMON * reader.maxDoc()) {
                common.add(c);
                commonCount++;
            } else {
                rare.add(c);
                rareCount++;
            }
        }
        if (commonCount == 0 || rareCount == 0 || disjunction.getMinimumNumberShouldMatch() > 0) {
            return passing.top(disjunction, k);
        }
        TopDocs first = passing.top(rare.build(), WINDOW * k);
        if (first.scoreDocs.length < k) {
            return passing.top(disjunction, k);
        }
        ScoreDoc[] rescored = withScores(searcher, common.build(), first.scoreDocs);
        Arrays.sort(rescored, Comparator.comparingDouble((ScoreDoc h) -> -h.score).thenComparingInt(h -> h.doc));
        return new TopDocs(first.totalHits, Arrays.copyOf(rescored, k));
    }

    private static Term term(Query q) {
        Query inner = q instanceof BoostQuery b ? b.getQuery() : q;
        return inner instanceof TermQuery t ? t.getTerm() : null;
    }

    /** The hits with {@code extra}'s score for each added to theirs. */
    private static ScoreDoc[] withScores(IndexSearcher searcher, Query extra, ScoreDoc[] hits) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(extra), ScoreMode.COMPLETE, 1f);
        ScoreDoc[] byDoc = hits.clone();
        Arrays.sort(byDoc, Comparator.comparingInt(h -> h.doc));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        ScoreDoc[] out = new ScoreDoc[byDoc.length];
        int leafIndex = -1;
        Scorer scorer = null;
        for (int i = 0; i < byDoc.length; i++) {
            ScoreDoc h = byDoc[i];
            int at = ReaderUtil.subIndex(h.doc, leaves);
            if (at != leafIndex) {
                leafIndex = at;
                scorer = weight.scorer(leaves.get(at));
            }
            float score = h.score;
            int doc = h.doc - leaves.get(at).docBase;
            if (scorer != null) {
                DocIdSetIterator it = scorer.iterator();
                int d = it.docID() < doc ? it.advance(doc) : it.docID();
                if (d == doc) {
                    score += scorer.score();
                }
            }
            out[i] = new ScoreDoc(h.doc, score);
        }
        return out;
    }
}
