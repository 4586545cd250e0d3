package io.jobpilot.postings.feed;

import io.jobpilot.postings.FeedResult;
import io.jobpilot.postings.Posting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Test helpers: read a fixture under {@code feeds/} or an inline text through the real readers. */
final class Feeds {
    static final Instant FETCHED = Instant.parse("2026-04-05T06:00:00Z");

    private Feeds() {
    }

    static FeedResult fixture(FeedReader reader, String source, String path) {
        try (InputStream in = Feeds.class.getResourceAsStream("/feeds/" + path)) {
            if (in == null) {
                throw new IllegalStateException("missing test fixture feeds/" + path);
            }
            return reader.read(source, in, FETCHED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FeedResult text(FeedReader reader, String source, String text) {
        try {
            return reader.read(source, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), FETCHED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Posting byId(FeedResult result, String id) {
        return result.postings().stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no posting " + id + " in " + result.postings().stream().map(Posting::id).toList()));
    }
}
