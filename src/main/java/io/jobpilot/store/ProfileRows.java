package io.jobpilot.store;

import io.jobpilot.profile.ProfileStore.Version;
import io.jobpilot.profile.SeekerProfile;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The profiles table: one row per version, each with the message that caused it. */
final class ProfileRows {
    private ProfileRows() {
    }

    /**
     * Saves the profile as the next version (the caller's version number is ignored: the store owns numbering) and
     * logs any consent flag that changed. Call inside the turn's transaction.
     */
    static void append(Connection c, SeekerProfile profile, long causeMessageId, Instant at) throws SQLException {
        String userId = profile.userId();
        Optional<SeekerProfile> previous = current(c, userId);
        long version = previous.map(p -> p.version() + 1).orElse(1L);
        Jdbc.update(c, "INSERT INTO profiles (user_id, version, json, cause_message_id, at) VALUES (?, ?, ?, ?, ?)",
                userId, version, ProfileJson.write(ProfileJson.withVersion(profile, version)), causeMessageId, at);
        ConsentLog.recordChanges(c, userId, previous.map(SeekerProfile::consent).orElse(null), profile.consent(),
                causeMessageId, at);
    }

    static Optional<SeekerProfile> current(Connection c, String userId) throws SQLException {
        return Jdbc.first(c, "SELECT json FROM profiles WHERE user_id = ? ORDER BY version DESC LIMIT 1",
                rs -> ProfileJson.read(rs.getString(1)), userId);
    }

    static List<Version> history(Connection c, String userId) throws SQLException {
        return Jdbc.list(c,
                "SELECT json, cause_message_id, at FROM profiles WHERE user_id = ? ORDER BY version",
                rs -> new Version(ProfileJson.read(rs.getString("json")), String.valueOf(rs.getLong("cause_message_id")),
                        Jdbc.instant(rs.getString("at"))),
                userId);
    }

    /** Newest versions whose consent says findable; the JSON filter keeps non-consenting profiles out of memory. */
    static List<SeekerProfile> findable(Connection c) throws SQLException {
        return Jdbc.list(c, "SELECT p.json FROM profiles p WHERE p.version = (SELECT max(version) FROM profiles"
                        + " WHERE user_id = p.user_id) AND json_extract(p.json, '$.consent.findable') = 1 ORDER BY p.user_id",
                rs -> ProfileJson.read(rs.getString(1))).stream().filter(p -> p.consent().findable()).toList();
    }
}
