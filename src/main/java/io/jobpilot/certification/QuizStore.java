package io.jobpilot.certification;

import io.jobpilot.profile.AiLevel;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where practice quizzes are kept: the attempt in progress (so a restart mid-quiz resumes), every answer with its
 * score, and the result with the level update offered and what the seeker said to it. Every row has a user_id, so
 * /forget removes them.
 */
public interface QuizStore {
    /** Starts an attempt; any other open attempt of the user is abandoned. Returns the attempt's id. */
    long start(String userId, Level level, String lang, List<String> itemIds, Instant at);

    /** The attempt still in progress, or finished with a level offer the seeker has not answered yet. */
    Optional<Attempt> open(String userId);

    /** Records an answer; answering the same item of an attempt twice keeps the first answer. */
    void answer(long attemptId, String userId, String itemId, String answer, boolean correct, Instant at);

    /** Ends the attempt with its score and the level offered (null: none offered). */
    void finish(long attemptId, int score, AiLevel offered, Instant at);

    /** The seeker's reply to the offer: ACCEPTED, DECLINED, or LAPSED when they moved on without saying. */
    void resolveOffer(long attemptId, Offer status, Instant at);

    /** Stops an attempt in progress without a score. */
    void abandon(long attemptId, Instant at);

    /** Finished attempts, newest first. */
    List<Attempt> results(String userId);

    enum Offer { PENDING, ACCEPTED, DECLINED, LAPSED }

    /**
     * One quiz attempt.
     *
     * @param items   item ids in the order asked
     * @param correct per answered item, in order: right or not
     * @param score   right answers, or null while in progress
     * @param offered the AI-use level offered after the quiz, or null
     * @param offer   the seeker's reply to the offer, or null when none was offered
     */
    record Attempt(long id, String userId, Level level, String lang, List<String> items, List<Boolean> correct,
                   Integer score, AiLevel offered, Offer offer, Instant startedAt, Instant finishedAt) {
        public Attempt {
            items = List.copyOf(items);
            correct = List.copyOf(correct);
        }

        public boolean finished() {
            return finishedAt != null;
        }
    }
}
