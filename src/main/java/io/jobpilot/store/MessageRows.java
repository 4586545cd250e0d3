package io.jobpilot.store;

import io.jobpilot.conversation.ConversationStore.StoredMessage;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** The messages table: what the seeker and the bot said (text NULL before consent to storage). */
final class MessageRows {
    static final String USER = "user";
    static final String BOT = "bot";

    private MessageRows() {
    }

    static long insert(Connection c, String userId, String role, String text, String channel, Instant at)
            throws SQLException {
        return Jdbc.insert(c, "INSERT INTO messages (user_id, role, text, channel, at) VALUES (?, ?, ?, ?, ?)",
                userId, role, text, channel, at);
    }

    /** Oldest first; ids grow with every insert, so they order messages even when clocks tie. */
    static List<StoredMessage> transcript(Connection c, String userId) throws SQLException {
        return Jdbc.list(c, "SELECT id, role, text, at FROM messages WHERE user_id = ? ORDER BY id",
                rs -> new StoredMessage(String.valueOf(rs.getLong("id")), rs.getString("role"), rs.getString("text"),
                        Jdbc.instant(rs.getString("at"))),
                userId);
    }
}
