package io.jobpilot.postings;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One refresh's changes to the index.
 *
 * @param upserts   new or changed postings, with their vectors (null for Korean postings or without a model)
 * @param deletions ids to remove: gone from a fully read feed, expired, or duplicates
 * @param checked   sources read successfully in this refresh, with the time
 */
public record IndexChanges(List<Upsert> upserts, List<String> deletions, Map<String, Instant> checked) {
    /** A posting to write; {@code archived} marks the shipped sample of closed postings. */
    public record Upsert(IndexedPosting posting, float[] vector, boolean archived) {
    }
}
