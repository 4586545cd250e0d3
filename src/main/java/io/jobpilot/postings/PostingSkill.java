package io.jobpilot.postings;

/**
 * A skill a posting asks for, with the posting's own words.
 *
 * @param section where the posting says it: a requirement, a preference, or just in the description
 */
public record PostingSkill(String skillId, String label, String evidence, Section section) {
    /** How strongly the posting asks for the skill. */
    public enum Section { REQUIRED, PREFERRED, MENTIONED }
}
