package io.jobpilot.interview;

/**
 * Per-chat state: the current step, the reply language, and whether the seeker fixed the language with /lang.
 *
 * @param returnToSummary a correction from the summary: after this step, go back to the summary
 * @param forgetPending   /forget was asked and awaits "/forget yes"
 */
public record InterviewState(Step step, String lang, boolean langLocked, boolean returnToSummary, boolean forgetPending) {
    public static InterviewState start(String lang) {
        return new InterviewState(Step.CONSENT, lang, false, false, false);
    }

    public InterviewState at(Step s) {
        return new InterviewState(s, lang, langLocked, false, false);
    }

    public InterviewState correcting(Step s) {
        return new InterviewState(s, lang, langLocked, true, false);
    }

    public InterviewState inLang(String l, boolean locked) {
        return new InterviewState(step, l, locked || langLocked, returnToSummary, forgetPending);
    }

    public InterviewState forgetAsked(boolean pending) {
        return new InterviewState(step, lang, langLocked, returnToSummary, pending);
    }
}
