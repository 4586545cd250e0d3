package io.jobpilot.hiring;

import io.jobpilot.matching.Match;
import io.jobpilot.matching.MatchQuery;
import io.jobpilot.matching.Matcher;
import io.jobpilot.matching.ProfileQueries;
import io.jobpilot.postings.IndexedPosting;
import io.jobpilot.postings.Posting;
import io.jobpilot.postings.PostingEnricher;
import io.jobpilot.profile.ProfileStore;
import io.jobpilot.profile.SeekerProfile;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Seekers who agreed to be found, ranked for a job with the matcher's own scoring in reverse. Only profiles whose
 * newest version says findable are read; a seeker with no overlap at all (score 0) is left out.
 */
public final class Suggestions {
    private final Supplier<Matcher> matcher;
    private final ProfileStore profiles;
    private final PostingEnricher enricher;

    public Suggestions(Supplier<Matcher> matcher, ProfileStore profiles, PostingEnricher enricher) {
        this.matcher = matcher;
        this.profiles = profiles;
        this.enricher = enricher;
    }

    /** Ranked, best first; {@code exclude} (a user id, e.g. the asker in chat) is never suggested. */
    public List<Suggested> rank(Posting job, String exclude) {
        IndexedPosting posting = enricher.enrich(job);
        List<SeekerProfile> found = profiles.findable().stream()
                .filter(p -> p.consent().findable() && !p.userId().equals(exclude)).toList();
        List<MatchQuery> queries = found.stream().map(ProfileQueries::from).toList();
        List<Suggested> out = new ArrayList<>();
        for (Matcher.Ranked r : matcher.get().rankCandidates(posting, queries)) {
            if (r.match().score() > 0) {
                out.add(new Suggested(found.get(r.candidate()), r.match()));
            }
        }
        return out;
    }

    /** A findable seeker and their match; the caller anonymises with {@link #anonymous}. */
    public record Suggested(SeekerProfile profile, Match match) {
        public Candidate anonymous(String handle) {
            return Candidate.of(handle, profile, match);
        }
    }
}
