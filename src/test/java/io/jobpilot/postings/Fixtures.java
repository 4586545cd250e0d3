package io.jobpilot.postings;

import io.jobpilot.taxonomy.TextEmbedder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Postings and a counting, deterministic embedder for index and matcher tests. */
public final class Fixtures {
    public static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    public static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    private Fixtures() {
    }

    public static PostingBuilder en(String source, String id, String title) {
        return new PostingBuilder(source, id).title(title).language("en").datePosted(TODAY.minusDays(3));
    }

    public static PostingBuilder ko(String source, String id, String title) {
        return new PostingBuilder(source, id).title(title).language("ko").datePosted(TODAY.minusDays(3));
    }

    public static FeedResult feed(Posting... postings) {
        return new FeedResult(List.of(postings), List.of());
    }

    /**
     * Hashes words into 64 dimensions: texts sharing words are close. Deterministic, fast, and it counts its calls so
     * tests can prove that nothing is re-embedded.
     */
    public static final class CountingEmbedder implements TextEmbedder {
        public final AtomicInteger calls = new AtomicInteger();
        public volatile boolean fail;

        @Override
        public float[] embed(String text) {
            if (fail) {
                throw new IllegalStateException("embedding model is down");
            }
            calls.incrementAndGet();
            float[] v = new float[64];
            for (String w : text.toLowerCase(java.util.Locale.ROOT).split("\\W+")) {
                if (!w.isEmpty()) {
                    v[Math.floorMod(w.hashCode(), 64)] += 1;
                }
            }
            v[0] += 0.01f;
            return io.jobpilot.taxonomy.VectorFile.normalise(v);
        }

        @Override
        public int dimensions() {
            return 64;
        }

        @Override
        public String model() {
            return "counting-test-embedder";
        }
    }
}
