package io.jobpilot.llm;

import java.time.Instant;
import java.util.Optional;

/**
 * The assistant's conversation with one user, kept between turns and restarts (the store implements it; /forget
 * deletes it with everything else about the user). The messages are opaque JSON to the store.
 */
public interface ChatHistory {
    Optional<String> load(String userId);

    void save(String userId, String messagesJson, Instant at);

    void delete(String userId);
}
