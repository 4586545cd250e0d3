package io.jobpilot.postings;

/** Thrown inside a reader when one row is unusable; the reader turns it into a {@link RowError} and goes on. */
public class RowProblem extends RuntimeException {
    private final String field;

    public RowProblem(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
