package io.jobpilot.postings;

import io.jobpilot.postings.feed.FeedReaders;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The real postings shipped inside the jar (ALIO public institutions, NYC Open Data), so the bot is useful with no
 * feed configured. They are a past snapshot: indexed as an archived sample, and every match from them says it is
 * closed or a sample, never a current opening.
 */
public final class ShippedSample {
    /** Source name → resource and feed format. */
    private static final List<String[]> FILES = List.of(
            new String[]{"alio-sample", "data/postings/alio_sample.json", "alio"},
            new String[]{"nyc-sample", "data/postings/nyc_sample.jsonl", "nyc"});

    private ShippedSample() {
    }

    public static List<PostingRefresher.SourceBatch> batches(Instant now) {
        List<PostingRefresher.SourceBatch> out = new ArrayList<>();
        for (String[] f : FILES) {
            try (InputStream in = ShippedSample.class.getClassLoader().getResourceAsStream(f[1])) {
                if (in == null) {
                    throw new IllegalStateException(f[1] + " is missing from the jar");
                }
                FeedResult r = FeedReaders.forFormat(f[2], null).read(f[0], in, now);
                out.add(new PostingRefresher.SourceBatch(f[0], r, true, true));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + f[1], e);
            }
        }
        return out;
    }

    public static boolean isSample(String source) {
        return source.endsWith("-sample");
    }
}
