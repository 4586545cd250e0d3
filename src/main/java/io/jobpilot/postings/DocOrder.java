package io.jobpilot.postings;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreDoc;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Visits ranked hits in document order, segment by segment, so that one forward-only iterator per segment can check
 * them all (a filter's passing documents, a query's scorer).
 */
final class DocOrder {
    private DocOrder() {
    }

    /** What to open once per segment that holds hits (null when nothing in the segment can match). */
    interface PerSegment<T> {
        T open(LeafReaderContext leaf) throws IOException;
    }

    /** One hit, with its segment's state and its document number within the segment. */
    interface Visit<T> {
        void at(ScoreDoc hit, T segment, int segmentDoc) throws IOException;
    }

    static <T> void walk(List<LeafReaderContext> leaves, ScoreDoc[] hits, PerSegment<T> open, Visit<T> visit)
            throws IOException {
        ScoreDoc[] byDoc = hits.clone();
        Arrays.sort(byDoc, Comparator.comparingInt(h -> h.doc));
        int leafIndex = -1;
        T state = null;
        for (ScoreDoc h : byDoc) {
            int at = ReaderUtil.subIndex(h.doc, leaves);
            if (at != leafIndex) {
                leafIndex = at;
                state = open.open(leaves.get(at));
            }
            visit.at(h, state, h.doc - leaves.get(at).docBase);
        }
    }

    /** Moves {@code it} forward to {@code doc} if it is behind; true when it stands on {@code doc}. */
    static boolean on(DocIdSetIterator it, int doc) throws IOException {
        return it != null && (it.docID() < doc ? it.advance(doc) : it.docID()) == doc;
    }
}
