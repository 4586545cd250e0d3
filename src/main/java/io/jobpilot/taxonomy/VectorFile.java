package io.jobpilot.taxonomy;

import io.jobpilot.data.DataFileException;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Precomputed label vectors, quantised to one signed byte per dimension with a per-vector scale (a quarter of the
 * size of floats; cosine error under 0.01). Computing them at start-up would take minutes, loading them takes
 * milliseconds.
 */
public final class VectorFile {
    private static final int MAGIC = 0x4A505631; // "JPV1"

    /** One vector: the owner's id and what the vector stands for (e.g. "label" or "centroid"). */
    public record Entry(String id, String kind, float[] vector) {
    }

    private VectorFile() {
    }

    public static void write(OutputStream target, String model, int dims, List<Entry> entries) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(target))) {
            out.writeInt(MAGIC);
            out.writeUTF(model);
            out.writeInt(dims);
            out.writeInt(entries.size());
            byte[] q = new byte[dims];
            for (Entry e : entries) {
                if (e.vector().length != dims) {
                    throw new IllegalArgumentException(e.id() + " has " + e.vector().length + " dimensions, not " + dims);
                }
                float max = 1e-9f;
                for (float v : e.vector()) {
                    max = Math.max(max, Math.abs(v));
                }
                float scale = max / 127f;
                for (int i = 0; i < dims; i++) {
                    q[i] = (byte) Math.round(e.vector()[i] / scale);
                }
                out.writeUTF(e.id());
                out.writeUTF(e.kind());
                out.writeFloat(scale);
                out.write(q);
            }
        }
    }

    /** Reads and de-quantises; the vectors are re-normalised to unit length. */
    public static Loaded read(String name, InputStream source) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(source))) {
            if (in.readInt() != MAGIC) {
                throw new DataFileException(name, 0, "not a jobpilot vector file (bad magic number)");
            }
            String model = in.readUTF();
            int dims = in.readInt();
            int count = in.readInt();
            List<Entry> entries = new ArrayList<>(count);
            byte[] q = new byte[dims];
            for (int n = 0; n < count; n++) {
                String id = in.readUTF();
                String kind = in.readUTF();
                in.readFloat();
                in.readFully(q);
                float[] v = new float[dims];
                double norm = 0;
                for (int i = 0; i < dims; i++) {
                    v[i] = q[i];
                    norm += v[i] * v[i];
                }
                float inv = (float) (1 / Math.sqrt(Math.max(norm, 1e-12)));
                for (int i = 0; i < dims; i++) {
                    v[i] *= inv;
                }
                entries.add(new Entry(id, kind, v));
            }
            return new Loaded(model, dims, entries);
        } catch (IOException e) {
            throw new DataFileException(name, 0, "truncated or unreadable vector file: " + e.getMessage());
        }
    }

    public record Loaded(String model, int dims, List<Entry> entries) {
    }

    public static float dot(float[] a, float[] b) {
        // four accumulators: the JIT keeps them in registers and the loop runs about three times faster
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int i = 0;
        for (; i + 3 < a.length; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < a.length; i++) {
            s0 += a[i] * b[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** Scales to unit length in place and returns the array. */
    public static float[] normalise(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float inv = (float) (1 / Math.sqrt(Math.max(norm, 1e-12)));
        for (int i = 0; i < v.length; i++) {
            v[i] *= inv;
        }
        return v;
    }
}
