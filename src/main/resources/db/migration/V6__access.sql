-- Issue 9: API keys, counsellor links and notes, contact requests, business jobs and the audit log.
-- Tables about a seeker have a user_id column (so /forget clears them). Tables without one hold no personal data about
-- seekers: organisations' keys, invite codes, jobs posted by businesses, and the audit log, whose rows name a seeker
-- only by a pseudonym that /forget unlinks (the pseudonyms table has a user_id and is deleted).

-- Only a SHA-256 of the secret is kept: the secret is 256 random bits, so no salt or slow hash is needed to resist
-- guessing; the id (a prefix of the key) finds the row without comparing every hash.
CREATE TABLE api_keys (
    id                  TEXT PRIMARY KEY,
    role                TEXT    NOT NULL CHECK (role IN ('business', 'counsellor', 'admin')),
    org                 TEXT    NOT NULL,
    secret_hash         TEXT    NOT NULL,
    requests_per_minute INTEGER NOT NULL CHECK (requests_per_minute >= 1),
    created_at          TEXT    NOT NULL,
    revoked_at          TEXT
);

-- A seeker's stable pseudonym: what counsellors' consoles and the audit log use instead of the user id.
CREATE TABLE pseudonyms (
    user_id   TEXT PRIMARY KEY REFERENCES users (id),
    pseudonym TEXT NOT NULL UNIQUE
);

-- Codes a counsellor hands to a client; the client links by sending /counsellor CODE.
CREATE TABLE counsellor_invites (
    code       TEXT PRIMARY KEY,
    key_id     TEXT NOT NULL REFERENCES api_keys (id),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at    TEXT
);

CREATE TABLE counsellor_links (
    user_id   TEXT    NOT NULL REFERENCES users (id),
    key_id    TEXT    NOT NULL REFERENCES api_keys (id),
    copilot   INTEGER NOT NULL DEFAULT 0 CHECK (copilot IN (0, 1)),
    linked_at TEXT    NOT NULL,
    PRIMARY KEY (user_id, key_id)
);

CREATE TABLE counsellor_notes (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id TEXT NOT NULL REFERENCES users (id),
    key_id  TEXT NOT NULL REFERENCES api_keys (id),
    text    TEXT NOT NULL,
    at      TEXT NOT NULL
);
CREATE INDEX counsellor_notes_user ON counsellor_notes (user_id, key_id, id);

-- A job a business posted (schema.org JobPosting JSON); it is the business's own data, not a seeker's.
CREATE TABLE business_jobs (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    key_id     TEXT NOT NULL REFERENCES api_keys (id),
    json       TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- The opaque handle a business sees for a candidate: one per (business key, seeker), so two businesses cannot
-- correlate their lists.
CREATE TABLE candidate_handles (
    handle  TEXT PRIMARY KEY,
    key_id  TEXT NOT NULL REFERENCES api_keys (id),
    user_id TEXT NOT NULL REFERENCES users (id),
    UNIQUE (key_id, user_id)
);

-- shared: what the seeker chose to give the business when accepting (their words), NULL until then.
CREATE TABLE contact_requests (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id     TEXT NOT NULL REFERENCES users (id),
    key_id      TEXT NOT NULL REFERENCES api_keys (id),
    job_id      INTEGER NOT NULL REFERENCES business_jobs (id),
    message     TEXT,
    status      TEXT NOT NULL CHECK (status IN ('pending', 'accepted', 'declined')),
    shared      TEXT,
    created_at  TEXT NOT NULL,
    answered_at TEXT
);
CREATE INDEX contact_requests_key ON contact_requests (key_id, id);
CREATE INDEX contact_requests_user ON contact_requests (user_id, id);

-- Every access to personal data: who (key and organisation), what, which seeker (pseudonym), when.
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    key_id    TEXT NOT NULL,
    org       TEXT NOT NULL,
    action    TEXT NOT NULL,
    pseudonym TEXT NOT NULL,
    at        TEXT NOT NULL
);
CREATE INDEX audit_log_pseudonym ON audit_log (pseudonym);

-- A hiring brief written in chat (/hire), kept until the writer confirms the draft it became.
CREATE TABLE hire_drafts (
    user_id TEXT PRIMARY KEY REFERENCES users (id),
    brief   TEXT NOT NULL,
    at      TEXT NOT NULL
);
