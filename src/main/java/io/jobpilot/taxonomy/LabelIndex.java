package io.jobpilot.taxonomy;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Occupation labels of one language in an in-memory Lucene index. Lucene's analyser (Nori for Korean, the English
 * analyser with stemming for English) turns labels and queries into terms and BM25 finds candidates; each candidate is
 * then scored by an IDF-weighted Dice overlap of query and label terms, a 0..1 score that means the same for every
 * query (BM25 scores do not), so a threshold can tell "unknown" from a match.
 */
final class LabelIndex {
    private static final String FIELD = "label";

    /** The best label of one occupation for a query. */
    record Hit(String occupationId, String label, double score, List<String> sharedTerms) {
    }

    private final Analyzer analyzer;
    private final IndexSearcher searcher;
    private final String[] docOccupation;
    private final String[] docLabel;
    private final List<Set<String>> docTerms;
    private final Map<String, Integer> df;
    private final double maxIdf;

    private LabelIndex(Analyzer analyzer, IndexSearcher searcher, String[] docOccupation, String[] docLabel,
                       List<Set<String>> docTerms, Map<String, Integer> df) {
        this.analyzer = analyzer;
        this.searcher = searcher;
        this.docOccupation = docOccupation;
        this.docLabel = docLabel;
        this.docTerms = docTerms;
        this.df = df;
        this.maxIdf = idf(0);
    }

    /** Labels to index: occupation id and label text, in order. */
    static LabelIndex build(Analyzer analyzer, List<Map.Entry<String, String>> labels) {
        try {
            ByteBuffersDirectory dir = new ByteBuffersDirectory();
            List<Set<String>> terms = new ArrayList<>(labels.size());
            Map<String, Integer> df = new HashMap<>();
            String[] occ = new String[labels.size()];
            String[] text = new String[labels.size()];
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64))) {
                int i = 0;
                for (var l : labels) {
                    Set<String> t = terms(analyzer, l.getValue());
                    t.forEach(term -> df.merge(term, 1, Integer::sum));
                    terms.add(t);
                    occ[i] = l.getKey();
                    text[i] = l.getValue();
                    Document d = new Document();
                    d.add(new TextField(FIELD, l.getValue(), Field.Store.NO));
                    w.addDocument(d);
                    i++;
                }
            }
            IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(dir));
            return new LabelIndex(analyzer, searcher, occ, text, terms, df);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the in-memory label index", e);
        }
    }

    static Set<String> terms(Analyzer analyzer, String text) {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream ts = analyzer.tokenStream(FIELD, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The best label per occupation, best first, at most {@code limit}; {@code excluded} labels are skipped. */
    List<Hit> search(String query, int limit, Set<String> excluded) {
        Set<String> q = terms(analyzer, query);
        if (q.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        q.forEach(t -> b.add(new TermQuery(new Term(FIELD, t)), BooleanClause.Occur.SHOULD));
        double qWeight = q.stream().mapToDouble(this::idf).sum();
        Map<String, Hit> best = new LinkedHashMap<>();
        try {
            for (ScoreDoc sd : searcher.search(b.build(), 300).scoreDocs) {
                if (excluded.contains(docLabel[sd.doc])) {
                    continue;
                }
                Set<String> d = docTerms.get(sd.doc);
                double shared = 0;
                double dWeight = 0;
                List<String> sharedTerms = new ArrayList<>();
                for (String t : d) {
                    double idf = idf(t);
                    dWeight += idf;
                    if (q.contains(t)) {
                        shared += idf;
                        sharedTerms.add(t);
                    }
                }
                double dice = 2 * shared / (qWeight + dWeight);
                Hit h = new Hit(docOccupation[sd.doc], docLabel[sd.doc], dice, sharedTerms);
                best.merge(h.occupationId(), h, (a, c) -> c.score() > a.score() ? c : a);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return best.values().stream().sorted((x, y) -> Double.compare(y.score(), x.score())).limit(limit).toList();
    }

    private double idf(String term) {
        return idf(df.getOrDefault(term, 0));
    }

    private double idf(int docFreq) {
        return Math.log(1 + (docOccupation.length - docFreq + 0.5) / (docFreq + 0.5));
    }

    int size() {
        return docOccupation.length;
    }
}
