package io.jobpilot.matching;

import io.jobpilot.postings.IndexedPosting;
import io.jobpilot.postings.PostingSkill;

import java.util.List;

/**
 * A posting matched to a query, with the explanation: what fits, what is missing, what is unknown, which caps applied.
 *
 * @param score      0..1, deterministic: same query and index, same score
 * @param fits       factors that agree ("occupation: software developer", "in Seoul")
 * @param matched    skills both sides have, with the posting's and the seeker's words
 * @param missing    skills the posting asks for that the seeker has not stated
 * @param unknowns   what could not be judged (shown, never counted as a match)
 * @param caps       limits applied to the score and why
 * @param provenance where the posting came from and when it was checked
 */
public record Match(IndexedPosting posting, double score, List<String> fits, List<MatchedSkill> matched,
                    List<PostingSkill> missing, List<String> unknowns, List<String> caps, String provenance) {

    /** A skill on both sides. */
    public record MatchedSkill(String skillId, String label, String postingWords, String seekerWords) {
    }
}
