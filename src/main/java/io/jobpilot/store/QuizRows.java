package io.jobpilot.store;

import io.jobpilot.certification.Level;
import io.jobpilot.certification.QuizStore;
import io.jobpilot.profile.AiLevel;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The quiz_attempts and quiz_answers tables. */
final class QuizRows {
    private static final String OPEN = "abandoned_at IS NULL AND (finished_at IS NULL OR offer = 'PENDING')";

    private QuizRows() {
    }

    static long start(Connection c, String userId, Level level, String lang, List<String> items, Instant at)
            throws SQLException {
        Jdbc.update(c, "UPDATE quiz_attempts SET abandoned_at = ? WHERE user_id = ? AND finished_at IS NULL"
                + " AND abandoned_at IS NULL", at, userId);
        return Jdbc.insert(c, "INSERT INTO quiz_attempts (user_id, level, lang, items, started_at) VALUES (?, ?, ?, ?, ?)",
                userId, level.name(), lang, String.join("|", items), at);
    }

    static Optional<QuizStore.Attempt> open(Connection c, String userId) throws SQLException {
        Optional<Long> id = Jdbc.first(c, "SELECT id FROM quiz_attempts WHERE user_id = ? AND " + OPEN
                + " ORDER BY id DESC LIMIT 1", rs -> rs.getLong(1), userId);
        return id.isEmpty() ? Optional.empty() : Optional.of(attempt(c, id.get()));
    }

    static void answer(Connection c, long attemptId, String userId, String itemId, String answer, boolean correct,
                       Instant at) throws SQLException {
        int position = Jdbc.first(c, "SELECT COUNT(*) FROM quiz_answers WHERE attempt_id = ?", rs -> rs.getInt(1),
                attemptId).orElse(0);
        Jdbc.update(c, "INSERT OR IGNORE INTO quiz_answers (attempt_id, user_id, item_id, position, answer, correct, at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", attemptId, userId, itemId, position, answer, correct, at);
    }

    static void finish(Connection c, long attemptId, int score, AiLevel offered, Instant at) throws SQLException {
        Jdbc.update(c, "UPDATE quiz_attempts SET finished_at = ?, score = ?, offered = ?, offer = ? WHERE id = ?",
                at, score, offered == null ? null : offered.name(), offered == null ? null : "PENDING", attemptId);
    }

    static void resolveOffer(Connection c, long attemptId, QuizStore.Offer status, Instant at) throws SQLException {
        Jdbc.update(c, "UPDATE quiz_attempts SET offer = ?, offer_at = ? WHERE id = ? AND offer = 'PENDING'",
                status.name(), at, attemptId);
    }

    static void abandon(Connection c, long attemptId, Instant at) throws SQLException {
        Jdbc.update(c, "UPDATE quiz_attempts SET abandoned_at = ? WHERE id = ? AND finished_at IS NULL", at, attemptId);
    }

    static List<QuizStore.Attempt> results(Connection c, String userId) throws SQLException {
        List<Long> ids = Jdbc.list(c, "SELECT id FROM quiz_attempts WHERE user_id = ? AND finished_at IS NOT NULL"
                + " ORDER BY id DESC", rs -> rs.getLong(1), userId);
        List<QuizStore.Attempt> out = new java.util.ArrayList<>();
        for (long id : ids) {
            out.add(attempt(c, id));
        }
        return out;
    }

    private static QuizStore.Attempt attempt(Connection c, long id) throws SQLException {
        List<Boolean> correct = Jdbc.list(c, "SELECT correct FROM quiz_answers WHERE attempt_id = ? ORDER BY position",
                rs -> rs.getInt(1) == 1, id);
        return Jdbc.first(c, "SELECT * FROM quiz_attempts WHERE id = ?", rs -> row(rs, correct), id).orElseThrow();
    }

    private static QuizStore.Attempt row(ResultSet rs, List<Boolean> correct) throws SQLException {
        String offered = rs.getString("offered");
        String offer = rs.getString("offer");
        Integer score = rs.getObject("score") == null ? null : rs.getInt("score");
        return new QuizStore.Attempt(rs.getLong("id"), rs.getString("user_id"), Level.valueOf(rs.getString("level")),
                rs.getString("lang"), Arrays.asList(rs.getString("items").split("\\|")), correct, score,
                offered == null ? null : AiLevel.valueOf(offered), offer == null ? null : QuizStore.Offer.valueOf(offer),
                Jdbc.instant(rs.getString("started_at")), Jdbc.instant(rs.getString("finished_at")));
    }
}
