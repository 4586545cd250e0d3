package io.jobpilot.alert;

import java.time.Instant;

/**
 * A seeker's alert choice.
 *
 * @param threshold the lowest match score (0..1) worth an alert
 */
public record AlertSettings(String userId, boolean enabled, Frequency frequency, double threshold, Instant updatedAt) {
    /** The score a new opt-in starts with: a fair match, not every loose one. */
    public static final double DEFAULT_THRESHOLD = 0.5;

    public AlertSettings {
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("alert settings need a user id");
        }
        if (frequency == null) {
            throw new IllegalArgumentException("alert settings need a frequency");
        }
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("alert threshold must be between 0 and 1, was " + threshold);
        }
        if (updatedAt == null) {
            throw new IllegalArgumentException("alert settings need a time");
        }
    }

    /** When alerts are sent: as soon as allowed, or once a day as a digest. */
    public enum Frequency {
        INSTANT, DAILY
    }
}
