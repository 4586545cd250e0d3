package io.jobpilot.taxonomy;

import java.util.List;

/**
 * What {@link Taxonomy#normaliseTitle(String)} found.
 *
 * @param cleaned the title as looked up (seniority and noise removed)
 * @param removed the words removed, e.g. "Senior", "3년차"
 * @param matches ranked candidates; empty when the title is unknown
 */
public record TitleResult(String input, String cleaned, List<String> removed, List<TitleMatch> matches) {
    /** True when nothing scored high enough to name: the honest answer for nonsense. */
    public boolean unknown() {
        return matches.isEmpty();
    }

    public TitleMatch best() {
        return matches.isEmpty() ? null : matches.get(0);
    }
}
