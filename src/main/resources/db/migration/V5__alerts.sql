-- Alerts for new matching openings (issue 8). A seeker's opt-in and how often; each posting alerted at most once.
CREATE TABLE alert_settings (
    user_id    TEXT    PRIMARY KEY REFERENCES users (id),
    enabled    INTEGER NOT NULL,
    frequency  TEXT    NOT NULL,
    threshold  REAL    NOT NULL,
    updated_at TEXT    NOT NULL
);
-- One row per seeker and posting, ever: found by a refresh, then sent (in a notice) or dropped (too old to send).
CREATE TABLE alert_items (
    user_id    TEXT NOT NULL REFERENCES users (id),
    posting_id TEXT NOT NULL,
    company    TEXT NOT NULL,
    title      TEXT NOT NULL,
    score      REAL NOT NULL,
    found_at   TEXT NOT NULL,
    status     TEXT NOT NULL DEFAULT 'pending',
    sent_at    TEXT,
    PRIMARY KEY (user_id, posting_id)
);
CREATE INDEX alert_items_pending ON alert_items (status, user_id);
