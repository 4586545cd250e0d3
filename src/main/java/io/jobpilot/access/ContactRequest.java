package io.jobpilot.access;

import java.time.Instant;

/**
 * A business asked to contact a seeker about a job. The seeker answers in chat; only an accepted request carries what
 * the seeker chose to share.
 *
 * @param shared the seeker's own words (name, phone, e-mail...) given on acceptance; null otherwise
 */
public record ContactRequest(long id, String userId, String keyId, long jobId, String message, Status status,
                             String shared, Instant createdAt, Instant answeredAt) {
    /** Where a request stands. */
    public enum Status {
        PENDING, ACCEPTED, DECLINED;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
