package io.jobpilot.postings.feed;

import io.jobpilot.postings.FeedResult;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

/**
 * Turns one downloaded feed into postings and row errors. Bad data never throws: a bad row becomes a
 * {@link io.jobpilot.postings.RowError} and an unreadable document one error with where "document"; only a failing
 * stream throws.
 */
public interface FeedReader {
    /** The format name this reader is registered under in {@link FeedReaders}. */
    String format();

    /**
     * @param source    the feed's name, used in posting ids ({@code source:sourceId}) and in errors
     * @param fetchedAt when the bytes were downloaded; becomes the postings' provenance
     */
    FeedResult read(String source, InputStream in, Instant fetchedAt) throws IOException;
}
