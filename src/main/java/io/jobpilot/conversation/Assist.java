package io.jobpilot.conversation;

import java.util.Collection;
import java.util.Optional;

/**
 * A language model's part in a turn: phrasing replies more naturally and answering free questions. It never decides a
 * score, a step or an eligibility. {@link #NONE} (no model configured) changes nothing: every reply is the template's.
 */
public interface Assist {
    Assist NONE = (userId, lang) -> Session.OFFLINE;

    /**
     * Opens the model's part of one turn. The user is bound here, in code: nothing the model says can reach another
     * user's data. Every model call until {@link Session#close()} shares the turn's time budget.
     */
    Session open(String userId, String lang);

    /** One turn's use of the model. Never throws: a timeout, an error or malformed output gives the offline answer. */
    interface Session extends AutoCloseable {
        Session OFFLINE = new Session() {
            @Override
            public String phrase(String text, Collection<String> facts) {
                return text;
            }

            @Override
            public Optional<String> answer(String question) {
                return Optional.empty();
            }

            @Override
            public void close() {
            }
        };

        /**
         * The text said more naturally, or the text itself. The caller checks the facts ({@link Facts}) and keeps the
         * template's text when one changed.
         *
         * @param facts the values the text was rendered from
         */
        String phrase(String text, Collection<String> facts);

        /** An answer to a free question, with what the tools found about this user; empty: answer as offline. */
        Optional<String> answer(String question);

        @Override
        void close();
    }
}
