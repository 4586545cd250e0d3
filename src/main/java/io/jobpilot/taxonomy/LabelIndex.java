package io.jobpilot.taxonomy;

import org.apache.lucene.analysis.Analyzer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Occupation labels of one language, cut into terms by a Lucene analyser (Nori for Korean, the English analyser with
 * stemming for English), with a term → labels map for finding candidates. Each candidate is scored by an IDF-weighted
 * Dice overlap of query and label terms: a 0..1 score that means the same for every query (BM25 scores do not), so a
 * threshold can tell "unknown" from a match. Labels are a few words each, so a full search index would add start-up
 * time (a second) and nothing else; the posting index uses Lucene proper.
 */
final class LabelIndex {
    private static final String FIELD = "label";
    private static final int[] NONE = new int[0];
    /** Best first; ties by occupation id, so the same input always gives the same order. */
    private static final java.util.Comparator<Hit> BY_SCORE = (x, y) -> x.score() != y.score()
            ? Double.compare(y.score(), x.score()) : x.occupationId().compareTo(y.occupationId());

    /** The best label of one occupation for a query. */
    record Hit(String occupationId, String label, double score, List<String> sharedTerms) {
    }

    private final Analyzer analyzer;
    private final Map<String, int[]> postings;
    private final Map<String, String> canonical;
    private final String[] docOccupation;
    private final String[] docLabel;
    private final List<Set<String>> docTerms;
    private final Map<String, Integer> df;
    private final Map<String, List<Integer>> docsOf = new HashMap<>();
    private final double[] docWeight;
    private final int[] docOrdinal;
    private final Map<String, Integer> ordinals = new HashMap<>();
    private final int occupationCount;

    private LabelIndex(Analyzer analyzer, Map<String, int[]> postings, String[] docOccupation, String[] docLabel,
                       List<Set<String>> docTerms, Map<String, Integer> df, Map<String, String> canonical) {
        this.analyzer = analyzer;
        this.canonical = canonical;
        this.postings = postings;
        this.docOccupation = docOccupation;
        this.docLabel = docLabel;
        this.docTerms = docTerms;
        this.df = df;
        this.docWeight = new double[docOccupation.length];
        this.docOrdinal = new int[docOccupation.length];
        for (int i = 0; i < docOccupation.length; i++) {
            Integer o = ordinals.get(docOccupation[i]);
            if (o == null) {
                o = ordinals.size();
                ordinals.put(docOccupation[i], o);
            }
            docOrdinal[i] = o;
            docsOf.computeIfAbsent(docOccupation[i], k -> new ArrayList<>()).add(i);
            docWeight[i] = docTerms.get(i).stream().mapToDouble(this::idf).sum();
        }
        this.occupationCount = ordinals.size();
    }

    /** Labels to index: occupation id and label text, in order. */
    static LabelIndex build(Analyzer analyzer, List<Map.Entry<String, String>> labels,
                            java.util.function.Function<String, Set<String>> analysed, Map<String, String> canonical) {
        List<Set<String>> terms = new ArrayList<>(labels.size());
        Map<String, Integer> df = new HashMap<>();
        String[] occ = new String[labels.size()];
        String[] text = new String[labels.size()];
        Map<String, List<Integer>> postings = new HashMap<>();
        int i = 0;
        for (var l : labels) {
            Set<String> t = canonical(analysed.apply(l.getValue()), canonical);
            for (String term : t) {
                df.merge(term, 1, Integer::sum);
                postings.computeIfAbsent(term, k -> new ArrayList<>(2)).add(i);
            }
            terms.add(t);
            occ[i] = l.getKey();
            text[i] = l.getValue();
            i++;
        }
        Map<String, int[]> packed = new HashMap<>(postings.size() * 2);
        postings.forEach((k, v) -> packed.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return new LabelIndex(analyzer, packed, occ, text, terms, df, canonical);
    }

    /** Terms with same-meaning title terms replaced by one canonical term. */
    static Set<String> canonical(Set<String> terms, Map<String, String> canonical) {
        if (canonical.isEmpty()) {
            return terms;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String t : terms) {
            out.add(canonical.getOrDefault(t, t));
        }
        return out;
    }

    static Set<String> terms(Analyzer analyzer, String text) {
        return Analyzers.terms(analyzer, FIELD, text);
    }

    /** A query analysed once: its terms and their summed IDF. */
    record Query(Set<String> terms, double weight) {
    }

    Query analyse(String text) {
        Set<String> q = canonical(terms(analyzer, text), canonical);
        return new Query(q, q.stream().mapToDouble(this::idf).sum());
    }

    /** The best label per occupation, best first, at most {@code limit}. */
    List<Hit> search(Query query, int limit) {
        if (query.terms().isEmpty()) {
            return List.of();
        }
        // accumulate the shared IDF per label from the postings, then Dice = 2·shared / (query + label weight)
        float[] shared = new float[docOccupation.length];
        int[] touched = new int[docOccupation.length];
        int count = 0;
        for (String t : query.terms()) {
            float idf = (float) idf(t);
            for (int d : postings.getOrDefault(t, NONE)) {
                if (shared[d] == 0) {
                    touched[count++] = d;
                }
                shared[d] += idf;
            }
        }
        // best label per occupation, kept in arrays indexed by occupation ordinal (no boxing on the hot path)
        float[] best = new float[occupationCount];
        int[] bestDoc = new int[occupationCount];
        int[] seen = new int[Math.min(count, occupationCount)];
        int seenCount = 0;
        for (int i = 0; i < count; i++) {
            int d = touched[i];
            int o = docOrdinal[d];
            float dice = (float) (2 * shared[d] / (query.weight() + docWeight[d]));
            if (best[o] == 0) {
                seen[seenCount++] = o;
            }
            if (dice > best[o]) {
                best[o] = dice;
                bestDoc[o] = d;
            }
        }
        List<Hit> hits = new ArrayList<>(seenCount);
        for (int i = 0; i < seenCount; i++) {
            int o = seen[i];
            hits.add(new Hit(docOccupation[bestDoc[o]], docLabel[bestDoc[o]], best[o], List.of()));
        }
        hits.sort(BY_SCORE);
        return hits.stream().limit(limit)
                .map(h -> dice(bestDocOf(h, bestDoc), query.terms(), query.weight()))
                .toList();
    }

    private int bestDocOf(Hit h, int[] bestDoc) {
        return bestDoc[ordinals.get(h.occupationId())];
    }

    /** The best label of one occupation for the query (score 0 when no label shares a term). */
    Hit best(String occupationId, Query query) {
        Set<String> q = query.terms();
        double qWeight = query.weight();
        Hit best = new Hit(occupationId, "", 0, List.of());
        for (int doc : docsOf.getOrDefault(occupationId, List.of())) {
            Hit h = dice(doc, q, qWeight);
            if (h.score() > best.score()) {
                best = h;
            }
        }
        return best;
    }

    private Hit dice(int doc, Set<String> q, double qWeight) {
        double shared = 0;
        List<String> sharedTerms = new ArrayList<>();
        for (String t : docTerms.get(doc)) {
            if (q.contains(t)) {
                shared += idf(t);
                sharedTerms.add(t);
            }
        }
        return new Hit(docOccupation[doc], docLabel[doc], 2 * shared / (qWeight + docWeight[doc]), sharedTerms);
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
