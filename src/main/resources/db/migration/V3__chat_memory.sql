-- The assistant's conversation with each user (issue 6): LangChain4j chat messages as JSON, one row per user.
-- Written only after the user agreed to storage; /forget deletes it with the rest (it has a user_id column).
CREATE TABLE chat_memory (
    user_id    TEXT PRIMARY KEY REFERENCES users (id),
    messages   TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
