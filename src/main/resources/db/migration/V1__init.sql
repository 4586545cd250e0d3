-- jobpilot's own state. Every table holding data about a user has a user_id column, so that forgetting a user
-- (SqliteStore.forget) can find and clear them all, including tables added by later migrations.
-- Times are ISO-8601 instants (text); ids of users are random UUID strings.

CREATE TABLE users (
    id         TEXT PRIMARY KEY,
    created_at TEXT NOT NULL
);

CREATE TABLE channel_identities (
    channel         TEXT NOT NULL,
    channel_user_id TEXT NOT NULL,
    user_id         TEXT NOT NULL REFERENCES users (id),
    created_at      TEXT NOT NULL,
    PRIMARY KEY (channel, channel_user_id)
);
CREATE INDEX channel_identities_user ON channel_identities (user_id);

CREATE TABLE conversation_state (
    user_id    TEXT PRIMARY KEY REFERENCES users (id),
    state      TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- text is NULL when the seeker had not consented to storage: the row only records that a message was processed.
CREATE TABLE messages (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id TEXT    NOT NULL REFERENCES users (id),
    role    TEXT    NOT NULL CHECK (role IN ('user', 'bot')),
    text    TEXT,
    channel TEXT    NOT NULL,
    at      TEXT    NOT NULL
);
CREATE INDEX messages_user ON messages (user_id, id);

CREATE TABLE processed_inbound (
    channel    TEXT NOT NULL,
    inbound_id TEXT NOT NULL,
    user_id    TEXT NOT NULL REFERENCES users (id),
    at         TEXT NOT NULL,
    PRIMARY KEY (channel, inbound_id)
);
CREATE INDEX processed_inbound_user ON processed_inbound (user_id);

CREATE TABLE profiles (
    user_id          TEXT    NOT NULL REFERENCES users (id),
    version          INTEGER NOT NULL CHECK (version >= 1),
    json             TEXT    NOT NULL,
    cause_message_id INTEGER NOT NULL REFERENCES messages (id),
    at               TEXT    NOT NULL,
    PRIMARY KEY (user_id, version)
);

-- Append-only: one row per change of a consent flag, derived from the profile versions.
CREATE TABLE consents (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id          TEXT    NOT NULL REFERENCES users (id),
    kind             TEXT    NOT NULL CHECK (kind IN ('store_data', 'findable')),
    granted          INTEGER NOT NULL CHECK (granted IN (0, 1)),
    at               TEXT    NOT NULL,
    cause_message_id INTEGER NOT NULL REFERENCES messages (id)
);
CREATE INDEX consents_user ON consents (user_id, id);
