package io.jobpilot.postings;

import java.util.List;

/** What a feed reader got from one input: the good postings and an error per rejected row. */
public record FeedResult(List<Posting> postings, List<RowError> errors) {
    public FeedResult {
        postings = List.copyOf(postings);
        errors = List.copyOf(errors);
    }
}
