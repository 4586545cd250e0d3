-- Notices the bot sends unasked (alerts, counsellor suggestions, contact requests). Delivered once, by any channel.
-- choices is a JSON array of {"label": ..., "payload": ...}.
CREATE TABLE outbox (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id      TEXT    NOT NULL REFERENCES users (id),
    kind         TEXT    NOT NULL,
    text         TEXT    NOT NULL,
    choices      TEXT    NOT NULL DEFAULT '[]',
    at           TEXT    NOT NULL,
    delivered_at TEXT,
    delivered_by TEXT
);
CREATE INDEX outbox_pending ON outbox (delivered_at, id);
CREATE INDEX outbox_user ON outbox (user_id, id);
