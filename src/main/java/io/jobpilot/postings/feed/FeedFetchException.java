package io.jobpilot.postings.feed;

import java.io.IOException;

/** A fetch that failed for good: a status retrying cannot fix (most 4xx), or every attempt used up. */
public class FeedFetchException extends IOException {
    private final int status;

    FeedFetchException(String message, int status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** The last HTTP status, or 0 when no answer came (connection refused, timeout). */
    public int status() {
        return status;
    }
}
