package io.jobpilot.taxonomy;

import java.util.List;

/**
 * One candidate occupation for a title.
 *
 * @param score  0..1, comparable across inputs: 1 is an exact alias
 * @param reason why, in plain words (which alias, which words, how close in meaning)
 * @param links  the occupation's counterparts in the other language's taxonomy
 */
public record TitleMatch(Occupation occupation, double score, String reason, List<OccupationLink> links) {
}
