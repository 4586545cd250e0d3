package io.jobpilot.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jobpilot.conversation.Outbox.Notice;
import io.jobpilot.interview.Interview;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** The outbox table: notices waiting for a channel to deliver them. */
final class OutboxRows {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Interview.Choice>> CHOICES = new TypeReference<>() {
    };
    private static final String COLUMNS = "id, user_id, kind, text, choices, at";

    private OutboxRows() {
    }

    static long post(Connection c, String userId, String kind, String text, List<Interview.Choice> choices, Instant at)
            throws SQLException {
        if (Jdbc.first(c, "SELECT 1 FROM users WHERE id = ?", rs -> true, userId).isEmpty()) {
            throw new IllegalArgumentException("no user " + userId + " to post a notice to");
        }
        return Jdbc.insert(c, "INSERT INTO outbox (user_id, kind, text, choices, at) VALUES (?, ?, ?, ?, ?)",
                userId, kind, text, json(choices), at);
    }

    static List<Notice> pending(Connection c, String userId) throws SQLException {
        return Jdbc.list(c, "SELECT " + COLUMNS + " FROM outbox WHERE user_id = ? AND delivered_at IS NULL ORDER BY id",
                OutboxRows::notice, userId);
    }

    static List<Notice> pending(Connection c, int limit) throws SQLException {
        return Jdbc.list(c, "SELECT " + COLUMNS + " FROM outbox WHERE delivered_at IS NULL ORDER BY id LIMIT ?",
                OutboxRows::notice, limit);
    }

    static List<Notice> pending(Connection c, String channel, int limit) throws SQLException {
        return Jdbc.list(c, "SELECT " + COLUMNS + " FROM outbox o WHERE delivered_at IS NULL AND EXISTS (SELECT 1 FROM"
                        + " channel_identities i WHERE i.user_id = o.user_id AND i.channel = ?) ORDER BY id LIMIT ?",
                OutboxRows::notice, channel, limit);
    }

    static boolean delivered(Connection c, long id, String channel, Instant at) throws SQLException {
        return Jdbc.update(c, "UPDATE outbox SET delivered_at = ?, delivered_by = ? WHERE id = ? AND delivered_at IS NULL",
                at, channel, id) == 1;
    }

    private static Notice notice(ResultSet rs) throws SQLException {
        return new Notice(rs.getLong("id"), rs.getString("user_id"), rs.getString("kind"), rs.getString("text"),
                choices(rs.getString("choices")), Jdbc.instant(rs.getString("at")));
    }

    private static String json(List<Interview.Choice> choices) {
        try {
            return JSON.writeValueAsString(choices == null ? List.of() : choices);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Interview.Choice> choices(String json) throws SQLException {
        try {
            return JSON.readValue(json, CHOICES);
        } catch (JsonProcessingException e) {
            throw new SQLException("outbox choices are unreadable: " + e.getOriginalMessage(), e);
        }
    }
}
