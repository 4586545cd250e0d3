package io.jobpilot.postings.feed;

import io.jobpilot.postings.FeedResult;
import io.jobpilot.postings.Posting;
import io.jobpilot.postings.RowError;
import io.jobpilot.postings.RowProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Collects what a reader got from one input: each row either becomes a posting or one error, and the other rows go
 * on. Readers pass the feed's own field names to the parsing setters; the few problems {@code build()} reports in
 * schema.org terms (identifier, title, validThrough, baseSalary) are renamed here through {@code feedNames}, so an
 * error always names the field someone fixing the feed will search for.
 */
final class Rows {
    private final String source;
    private final Map<String, String> feedNames;
    private final List<Posting> postings = new ArrayList<>();
    private final List<RowError> errors = new ArrayList<>();

    Rows(String source, Map<String, String> feedNames) {
        this.source = source;
        this.feedNames = feedNames;
    }

    void read(String where, Supplier<Posting> row) {
        read(where, feedNames, row);
    }

    void read(String where, Map<String, String> names, Supplier<Posting> row) {
        try {
            postings.add(row.get());
        } catch (RowProblem p) {
            errors.add(new RowError(source, where, names.getOrDefault(p.field(), p.field()), p.getMessage()));
        } catch (RuntimeException e) {
            // a shape no reader expected (an object where text belongs, a number out of range) costs this row only
            errors.add(new RowError(source, where, null, "unreadable row: " + e));
        }
    }

    void reject(String where, String field, String reason) {
        errors.add(new RowError(source, where, field, reason));
    }

    FeedResult result() {
        return new FeedResult(postings, errors);
    }

    /** The result for a document that could not be read at all: nothing kept, one error saying why. */
    static FeedResult unreadable(String source, String reason) {
        return new FeedResult(List.of(), List.of(new RowError(source, "document", null, reason)));
    }
}
