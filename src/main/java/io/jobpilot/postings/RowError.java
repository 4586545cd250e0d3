package io.jobpilot.postings;

/**
 * One rejected row of a feed: which source, where (e.g. "line 12" or "index 3"), which field and why. The other rows
 * of the feed are kept.
 */
public record RowError(String source, String where, String field, String reason) {
    @Override
    public String toString() {
        return source + " " + where + (field == null ? "" : " field '" + field + "'") + ": " + reason;
    }
}
