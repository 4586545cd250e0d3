package io.jobpilot.store;

import io.jobpilot.llm.ChatHistory;

import java.time.Instant;
import java.util.Optional;

/** The chat_memory table: the assistant's conversation with each user, as JSON. */
final class ChatMemoryRows implements ChatHistory {
    private final Database db;

    ChatMemoryRows(Database db) {
        this.db = db;
    }

    @Override
    public Optional<String> load(String userId) {
        require(userId);
        return db.read("read chat memory of user " + userId, c -> Jdbc.first(c,
                "SELECT messages FROM chat_memory WHERE user_id = ?", rs -> rs.getString(1), userId));
    }

    @Override
    public void save(String userId, String messagesJson, Instant at) {
        require(userId);
        if (messagesJson == null || at == null) {
            throw new IllegalArgumentException("chat memory of user " + userId + " needs messages and a time");
        }
        db.write("save chat memory of user " + userId, c -> {
            if (Jdbc.first(c, "SELECT 1 FROM users WHERE id = ?", rs -> true, userId).isEmpty()) {
                throw new IllegalArgumentException("no user " + userId + " to keep a chat memory for");
            }
            return Jdbc.update(c, "INSERT INTO chat_memory (user_id, messages, updated_at) VALUES (?, ?, ?)"
                    + " ON CONFLICT (user_id) DO UPDATE SET messages = excluded.messages, updated_at = excluded.updated_at",
                    userId, messagesJson, at);
        });
    }

    @Override
    public void delete(String userId) {
        require(userId);
        db.write("delete chat memory of user " + userId,
                c -> Jdbc.update(c, "DELETE FROM chat_memory WHERE user_id = ?", userId));
    }

    private static void require(String userId) {
        if (userId == null) {
            throw new IllegalArgumentException("userId is null");
        }
    }
}
