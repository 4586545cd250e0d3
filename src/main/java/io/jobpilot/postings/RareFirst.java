package io.jobpilot.postings;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;

import java.io.IOException;
import java.util.ArrayList;
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
        if (reader.maxDoc() < minDocs || disjunction.getMinimumNumberShouldMatch() > 0) {
            return passing.top(disjunction, k);
        }
        BooleanQuery.Builder rare = new BooleanQuery.Builder();
        BooleanQuery.Builder common = new BooleanQuery.Builder();
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int rareCount = 0;
        int commonCount = 0;
        for (BooleanClause c : disjunction.clauses()) {
            TermClause term = TermClause.of(c);
            if (term == null) {
                all.add(c);
                rare.add(c);
                rareCount++;
                continue;
            }
            // the term's statistics are looked up once, for the split and for both passes' scoring
            TermStates states = TermStates.build(searcher, term.query().getTerm(), true);
            BooleanClause looked = new BooleanClause(new BoostQuery(new TermQuery(term.query().getTerm(), states),
                    term.boost()), BooleanClause.Occur.SHOULD);
            all.add(looked);
            if (states.docFreq() > COMMON * reader.maxDoc()) {
                common.add(looked);
                commonCount++;
            } else {
                rare.add(looked);
                rareCount++;
            }
        }
        if (commonCount == 0 || rareCount == 0) {
            return passing.top(all.build(), k);
        }
        TopDocs first = passing.top(rare.build(), WINDOW * k);
        if (first.scoreDocs.length < k) {
            return passing.top(all.build(), k);
        }
        ScoreDoc[] rescored = withScores(searcher, common.build(), first.scoreDocs);
        Arrays.sort(rescored, Comparator.comparingDouble((ScoreDoc h) -> -h.score).thenComparingInt(h -> h.doc));
        return new TopDocs(first.totalHits, Arrays.copyOf(rescored, k));
    }

    /** The hits with {@code extra}'s score for each added to theirs. */
    private static ScoreDoc[] withScores(IndexSearcher searcher, Query extra, ScoreDoc[] hits) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(extra), ScoreMode.COMPLETE, 1f);
        List<ScoreDoc> out = new ArrayList<>(hits.length);
        DocOrder.walk(searcher.getIndexReader().leaves(), hits, weight::scorer, (hit, scorer, doc) ->
                out.add(new ScoreDoc(hit.doc, DocOrder.on(scorer == null ? null : scorer.iterator(), doc)
                        ? hit.score + scorer.score() : hit.score)));
        return out.toArray(ScoreDoc[]::new);
    }
}
