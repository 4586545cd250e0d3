package io.jobpilot.store;

import io.jobpilot.certification.Level;
import io.jobpilot.certification.QuizStore;
import io.jobpilot.profile.AiLevel;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link QuizStore} on the SQLite database (V4 tables). */
final class SqliteQuizzes implements QuizStore {
    private final Database db;

    SqliteQuizzes(Database db) {
        this.db = db;
    }

    @Override
    public long start(String userId, Level level, String lang, List<String> itemIds, Instant at) {
        if (itemIds.isEmpty()) {
            throw new IllegalArgumentException("a quiz needs at least one item, level " + level + " has none");
        }
        return db.write("start a quiz for user " + userId, c -> QuizRows.start(c, userId, level, lang, itemIds, at));
    }

    @Override
    public Optional<Attempt> open(String userId) {
        return db.read("read the open quiz of user " + userId, c -> QuizRows.open(c, userId));
    }

    @Override
    public void answer(long attemptId, String userId, String itemId, String answer, boolean correct, Instant at) {
        db.write("store a quiz answer of user " + userId, c -> {
            QuizRows.answer(c, attemptId, userId, itemId, answer, correct, at);
            return null;
        });
    }

    @Override
    public void finish(long attemptId, int score, AiLevel offered, Instant at) {
        db.write("finish quiz " + attemptId, c -> {
            QuizRows.finish(c, attemptId, score, offered, at);
            return null;
        });
    }

    @Override
    public void resolveOffer(long attemptId, Offer status, Instant at) {
        db.write("resolve the level offer of quiz " + attemptId, c -> {
            QuizRows.resolveOffer(c, attemptId, status, at);
            return null;
        });
    }

    @Override
    public void abandon(long attemptId, Instant at) {
        db.write("stop quiz " + attemptId, c -> {
            QuizRows.abandon(c, attemptId, at);
            return null;
        });
    }

    @Override
    public List<Attempt> results(String userId) {
        return db.read("read quiz results of user " + userId, c -> QuizRows.results(c, userId));
    }
}
