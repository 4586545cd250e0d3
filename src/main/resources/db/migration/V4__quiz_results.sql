-- Practice quizzes (issue 7): attempts with their result and the AI-use level offered, and every answer scored.
-- An attempt in progress is the quiz state: a restart mid-quiz resumes at the first unanswered item.
CREATE TABLE quiz_attempts (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id      TEXT    NOT NULL REFERENCES users (id),
    level        TEXT    NOT NULL,
    lang         TEXT    NOT NULL,
    items        TEXT    NOT NULL, -- item ids in the order asked, '|'-separated
    started_at   TEXT    NOT NULL,
    finished_at  TEXT,
    abandoned_at TEXT,
    score        INTEGER,
    offered      TEXT,             -- AI-use level offered after the quiz (L0..L4), or NULL
    offer        TEXT,             -- PENDING, ACCEPTED, DECLINED, LAPSED, or NULL when nothing was offered
    offer_at     TEXT
);
CREATE INDEX quiz_attempts_user ON quiz_attempts (user_id, id);

CREATE TABLE quiz_answers (
    attempt_id INTEGER NOT NULL REFERENCES quiz_attempts (id),
    user_id    TEXT    NOT NULL REFERENCES users (id),
    item_id    TEXT    NOT NULL,
    position   INTEGER NOT NULL,
    answer     TEXT    NOT NULL,
    correct    INTEGER NOT NULL,
    at         TEXT    NOT NULL,
    PRIMARY KEY (attempt_id, item_id)
);
