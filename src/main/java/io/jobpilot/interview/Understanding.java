package io.jobpilot.interview;

/**
 * Reads slots from a seeker's free text with a language model. It only proposes: every value comes with the seeker's
 * words it was read from, and the interview keeps a value only when those words occur in the text and map onto the
 * taxonomy, so no implementation can add a skill the seeker did not state. {@link #NONE} (no model configured) reads
 * nothing, and the offline reading stands alone.
 */
public interface Understanding {
    Understanding NONE = (step, text, lang) -> Understood.NOTHING;

    /**
     * What the text says, for the question of {@code step} (a pasted résumé may say more). Never throws: on a timeout,
     * an error or malformed output it returns {@link Understood#NOTHING}.
     */
    Understood understand(Step step, String text, String lang);
}
