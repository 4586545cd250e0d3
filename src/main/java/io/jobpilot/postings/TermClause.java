package io.jobpilot.postings;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** An optional clause of one term, boosted or not: the unit {@link RareFirst} and {@link ThresholdSeed} work on. */
record TermClause(TermQuery query, float boost) {
    /** The clause as its term query and boost, or null when it is not an optional single term. */
    static TermClause of(BooleanClause c) {
        Query q = c.getQuery();
        float boost = q instanceof BoostQuery b ? b.getBoost() : 1f;
        Query inner = q instanceof BoostQuery b ? b.getQuery() : q;
        return c.getOccur() == BooleanClause.Occur.SHOULD && inner instanceof TermQuery tq ? new TermClause(tq, boost) : null;
    }
}
