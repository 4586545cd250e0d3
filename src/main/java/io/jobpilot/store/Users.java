package io.jobpilot.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/** Users and the channel identities (Telegram id, web session...) that lead to them. */
final class Users {
    private Users() {
    }

    /** Finds the user behind an identity or creates both; call inside a write transaction so it is atomic. */
    static String findOrCreate(Connection c, String channel, String channelUserId, Supplier<String> newId, Instant now)
            throws SQLException {
        Optional<String> known = Jdbc.first(c,
                "SELECT user_id FROM channel_identities WHERE channel = ? AND channel_user_id = ?",
                rs -> rs.getString(1), channel, channelUserId);
        if (known.isPresent()) {
            return known.get();
        }
        String id = newId.get();
        Jdbc.update(c, "INSERT INTO users (id, created_at) VALUES (?, ?)", id, now);
        Jdbc.update(c, "INSERT INTO channel_identities (channel, channel_user_id, user_id, created_at) VALUES (?, ?, ?, ?)",
                channel, channelUserId, id, now);
        return id;
    }

    static boolean exists(Connection c, String userId) throws SQLException {
        return Jdbc.first(c, "SELECT 1 FROM users WHERE id = ?", rs -> true, userId).isPresent();
    }
}
