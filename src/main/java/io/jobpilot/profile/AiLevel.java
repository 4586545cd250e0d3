package io.jobpilot.profile;

/**
 * The AI-literacy ladder jobpilot places a seeker on (the certification catalogue maps every certificate tier to it).
 */
public enum AiLevel {
    /** Does not use AI tools at work yet. */
    L0,
    /** Uses chat assistants at work (asks, drafts, summarises). */
    L1,
    /** Writes structured prompts: roles, examples, formats, checks the answers. */
    L2,
    /** Builds custom assistants or automations (GPTs, no-code workflows, RAG over own documents). */
    L3,
    /** Builds AI software: calls models from code, evaluates, fine-tunes, deploys. */
    L4
}
