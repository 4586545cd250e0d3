package io.jobpilot.store;

import io.jobpilot.profile.SeekerProfile.Consent;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/**
 * The consents table, an append-only log kept beside the profile versions so that "when did this seeker agree to be
 * found, and when did they withdraw?" is one query, not a walk over every profile JSON.
 */
final class ConsentLog {
    static final String STORE_DATA = "store_data";
    static final String FINDABLE = "findable";

    private ConsentLog() {
    }

    /** Appends one row per flag that differs between the previous and the new consent (null means none given). */
    static void recordChanges(Connection c, String userId, Consent before, Consent after, long causeMessageId,
                              Instant at) throws SQLException {
        Consent was = before == null ? Consent.NONE : before;
        Consent now = after == null ? Consent.NONE : after;
        if (was.storeData() != now.storeData()) {
            append(c, userId, STORE_DATA, now.storeData(), causeMessageId, at);
        }
        if (was.findable() != now.findable()) {
            append(c, userId, FINDABLE, now.findable(), causeMessageId, at);
        }
    }

    private static void append(Connection c, String userId, String kind, boolean granted, long causeMessageId,
                               Instant at) throws SQLException {
        Jdbc.update(c, "INSERT INTO consents (user_id, kind, granted, at, cause_message_id) VALUES (?, ?, ?, ?, ?)",
                userId, kind, granted, at, causeMessageId);
    }
}
