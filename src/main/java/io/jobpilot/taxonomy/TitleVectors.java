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
    private final int dims;
    /** All vectors in one array each (row i at i·dims): one pass over contiguous memory per query. */
    private final float[] label;
    private final float[] centroid;
    private final Map<String, Integer> index = new HashMap<>();

    private TitleVectors(TextEmbedder embedder, String[] ids, float[][] label, float[][] centroid) {
        this.embedder = embedder;
        this.ids = ids;
        this.dims = embedder.dimensions();
        this.label = flatten(label, dims);
        this.centroid = flatten(centroid, dims);
        for (int i = 0; i < ids.length; i++) {
            index.put(ids[i], i);
        }
    }

    static TitleVectors of(VectorFile.Loaded file, TextEmbedder embedder) {
        if (!file.model().equals(embedder.model()) || file.dims() != embedder.dimensions() || file.dims() % 4 != 0) {
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

    /** The query's cosine to every occupation (the better of its label and centroid vectors). */
    final class Cosines {
        private final float[] c;

        private Cosines(float[] c) {
            this.c = c;
        }

        /** The {@code limit} occupations nearest in meaning, best first. */
        List<Near> top(int limit) {
            return TitleVectors.this.top(c, limit);
        }

        /** The cosine for one occupation, or NaN when it has no vector. */
        double of(String occupationId) {
            Integer i = index.get(occupationId);
            return i == null ? Double.NaN : c[i];
        }
    }

    Cosines cosines(String text) {
        return new Cosines(cosines(embedder.embed(text)));
    }

    private static float[] flatten(float[][] rows, int dims) {
        float[] flat = new float[rows.length * dims];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, flat, i * dims, dims);
        }
        return flat;
    }

    /**
     * Centroid cosines for all, then the preferred-label cosine only for the {@link #RESCORED} best of those: the
     * label vector can only lift an occupation that its centroid already puts near the top.
     */
    private float[] cosines(float[] q) {
        float[] c = new float[ids.length];
        for (int i = 0; i < ids.length; i++) {
            c[i] = dot(q, centroid, i * dims);
        }
        for (Near n : top(c, RESCORED)) {
            int i = index.get(n.occupationId());
            c[i] = Math.max(c[i], dot(q, label, i * dims));
        }
        return c;
    }

    private static final int RESCORED = 200;

    private float dot(float[] q, float[] flat, int offset) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        for (int j = 0; j < dims; j += 4) {
            s0 += q[j] * flat[offset + j];
            s1 += q[j + 1] * flat[offset + j + 1];
            s2 += q[j + 2] * flat[offset + j + 2];
            s3 += q[j + 3] * flat[offset + j + 3];
        }
        return (s0 + s1) + (s2 + s3);
    }

    private List<Near> top(float[] c, int limit) {
        java.util.PriorityQueue<Integer> heap = new java.util.PriorityQueue<>((a, b) -> Float.compare(c[a], c[b]));
        for (int i = 0; i < c.length; i++) {
            heap.add(i);
            if (heap.size() > limit) {
                heap.poll();
            }
        }
        List<Near> out = new ArrayList<>(heap.size());
        while (!heap.isEmpty()) {
            int i = heap.poll();
            out.add(0, new Near(ids[i], c[i]));
        }
        return out;
    }

    int size() {
        return ids.length;
    }
}
