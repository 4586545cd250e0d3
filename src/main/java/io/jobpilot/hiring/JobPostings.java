package io.jobpilot.hiring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jobpilot.postings.FeedResult;
import io.jobpilot.postings.Posting;
import io.jobpilot.postings.RowError;
import io.jobpilot.postings.feed.FeedReaders;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * A business's schema.org JobPosting JSON → a validated {@link Posting}, through the same JSON-LD reader the feeds use,
 * so a job is checked exactly like a feed row and every problem names its schema.org property.
 */
public final class JobPostings {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JobPostings() {
    }

    /**
     * @param source the posting id's prefix (e.g. "business")
     * @param id     the identifier to use when the JSON has none
     * @throws InvalidJob naming the property at fault
     */
    public static Posting read(JsonNode job, String source, String id, Instant at) {
        if (job == null || !job.isObject()) {
            throw new InvalidJob("jobPosting", "expected a schema.org JobPosting JSON object");
        }
        ObjectNode copy = job.deepCopy();
        if (!copy.hasNonNull("@type")) {
            copy.put("@type", "JobPosting");
        }
        if (!copy.hasNonNull("identifier") && !copy.hasNonNull("url")) {
            copy.put("identifier", id);
        }
        FeedResult r;
        try {
            byte[] bytes = JSON.writeValueAsBytes(copy);
            r = FeedReaders.forFormat("jsonld", null).read(source, new ByteArrayInputStream(bytes), at);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!r.errors().isEmpty()) {
            RowError e = r.errors().get(0);
            throw new InvalidJob(e.field() == null ? "jobPosting" : e.field(), e.reason());
        }
        if (r.postings().isEmpty()) {
            throw new InvalidJob("@type", "'" + copy.get("@type").asText() + "' is not JobPosting");
        }
        return r.postings().get(0);
    }

    public static String write(JsonNode job) {
        try {
            return JSON.writeValueAsString(job);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode parse(String json) {
        try {
            JsonNode n = JSON.readTree(json == null ? "" : json);
            if (n == null || n.isMissingNode()) {
                throw new InvalidJob("jobPosting", "empty body; expected a schema.org JobPosting JSON object");
            }
            return n;
        } catch (IOException e) {
            throw new InvalidJob("jobPosting", "not JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** A job the reader refused; {@code field} is the schema.org property at fault. */
    public static final class InvalidJob extends IllegalArgumentException {
        private final String field;

        public InvalidJob(String field, String reason) {
            super(field + ": " + reason);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}
