package io.jobpilot.postings;

import java.util.List;

/**
 * A posting as the index keeps it: the posting plus what jobpilot derived from it, each derivation marked as such.
 *
 * @param skills             skills found in the posting's text, with its words
 * @param occupations        occupation ids: the posting's own category when it maps, else inferred from the title
 * @param occupationInferred true when the occupation was inferred from the title (shown to users as inferred)
 * @param occupationReason   why this occupation (the normaliser's reason)
 */
public record IndexedPosting(Posting posting, List<PostingSkill> skills, List<String> occupations,
                             boolean occupationInferred, String occupationReason) {
    public String id() {
        return posting.id();
    }
}
