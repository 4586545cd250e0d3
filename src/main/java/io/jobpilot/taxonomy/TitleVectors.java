package io.jobpilot.taxonomy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The precomputed English label vectors (one for the preferred label, one centroid of all labels, per occupation) and
 * the model that embeds queries the same way. Used only when the model named in the file is the one configured.
 */
final class TitleVectors {
    /** The nearest occupation by meaning: cosine of the query to the better of its two vectors. */
    record Near(String occupationId, double cosine) {
    }

    private final TextEmbedder embedder;
    private final String[] ids;
    private final float[][] label;
    private final float[][] centroid;

    private TitleVectors(TextEmbedder embedder, String[] ids, float[][] label, float[][] centroid) {
        this.embedder = embedder;
        this.ids = ids;
        this.label = label;
        this.centroid = centroid;
    }

    static TitleVectors of(VectorFile.Loaded file, TextEmbedder embedder) {
        if (!file.model().equals(embedder.model()) || file.dims() != embedder.dimensions()) {
            throw new IllegalStateException("occupation vectors were made by " + file.model() + " (" + file.dims()
                    + " dims) but the configured model is " + embedder.model() + ": run `jobpilot extract-data` again");
        }
        Map<String, float[][]> byId = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (VectorFile.Entry e : file.entries()) {
            float[][] pair = byId.computeIfAbsent(e.id(), k -> {
                order.add(k);
                return new float[2][];
            });
            pair["label".equals(e.kind()) ? 0 : 1] = e.vector();
        }
        int n = order.size();
        String[] ids = order.toArray(new String[0]);
        float[][] label = new float[n][];
        float[][] centroid = new float[n][];
        for (int i = 0; i < n; i++) {
            float[][] pair = byId.get(ids[i]);
            label[i] = pair[0];
            centroid[i] = pair[1] != null ? pair[1] : pair[0];
        }
        return new TitleVectors(embedder, ids, label, centroid);
    }

    /** Cosine to every occupation with vectors; index-aligned with {@link #ids()}. */
    List<Near> nearest(String text, int limit) {
        float[] q = embedder.embed(text);
        List<Near> all = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            double c = Math.max(VectorFile.dot(q, label[i]), VectorFile.dot(q, centroid[i]));
            all.add(new Near(ids[i], c));
        }
        all.sort((a, b) -> Double.compare(b.cosine(), a.cosine()));
        return all.subList(0, Math.min(limit, all.size()));
    }

    int size() {
        return ids.length;
    }
}
