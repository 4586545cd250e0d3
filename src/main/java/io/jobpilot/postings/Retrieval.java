package io.jobpilot.postings;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What to retrieve from the index: words and concepts to look for, and hard filters.
 *
 * @param text          free text (a role, skills) searched in titles and bodies in {@code lang}; also embedded for
 *                      English meaning search
 * @param lang          "ko" or "en": which analyser reads the text
 * @param skillIds      skill concepts the seeker has
 * @param occupationIds target occupations (and their links)
 * @param k             how many candidates
 */
public record Retrieval(String text, String lang, List<String> skillIds, List<String> occupationIds, Filters filters, int k) {

    /**
     * Hard filters, applied before ranking.
     *
     * @param openOn          only postings still open on this day (unknown validThrough counts as open)
     * @param includeArchived also the archived sample postings (closed, shown as such)
     * @param remoteOnly      only TELECOMMUTE postings
     * @param places          only postings at one of these places (empty: anywhere)
     * @param excludedOrganizations blacklisted companies (lower-case names)
     * @param excludedKeywords      blacklisted words in title or body
     */
    public record Filters(LocalDate openOn, boolean includeArchived, boolean remoteOnly, List<String> places,
                          List<String> employmentTypes, Double minAnnualSalary, Set<String> excludedOrganizations,
                          Set<String> excludedKeywords) {
        public static Filters openOn(LocalDate day, boolean includeArchived) {
            return new Filters(day, includeArchived, false, List.of(), List.of(), null, Set.of(), Set.of());
        }
    }
}
