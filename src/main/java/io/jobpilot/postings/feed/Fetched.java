package io.jobpilot.postings.feed;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/**
 * What one fetch got: a 2xx status and its body, or "not modified" when a conditional GET was answered 304, which
 * tells the refresh to keep the postings it already has.
 */
public record Fetched(int status, byte[] body) {
    private static final int NOT_MODIFIED = 304;

    public static Fetched notModified() {
        return new Fetched(NOT_MODIFIED, new byte[0]);
    }

    public boolean isNotModified() {
        return status == NOT_MODIFIED;
    }

    /** The body for a {@link FeedReader}. */
    public InputStream stream() {
        return new ByteArrayInputStream(body);
    }
}
