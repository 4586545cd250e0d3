package io.jobpilot.taxonomy;

/**
 * A skill found in a text, with the evidence: {@code text.substring(start, end)} is what the person wrote.
 *
 * @param skill   the concept
 * @param start   offset of the first character of the evidence in the input
 * @param end     offset after the last character
 * @param evidence the input's own words
 */
public record SkillMention(Skill skill, int start, int end, String evidence) {
}
