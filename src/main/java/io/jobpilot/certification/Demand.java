package io.jobpilot.certification;

import io.jobpilot.matching.Match;
import io.jobpilot.matching.MatchQuery;
import io.jobpilot.matching.Matcher;
import io.jobpilot.postings.IndexedPosting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which postings are in a seeker's match list, by re-running the deterministic matcher. A posting is in the list when
 * it is among the matcher's first {@link #LIST} results, no hard requirement caps it (required certificate,
 * seniority, pay, language), and it scores at least {@link #LISTED}: half of the attainable score, which is also the
 * highest score a capped posting can have, so a posting counts only when it outranks everything the seeker does not
 * qualify for. The same rule judges one posting for a posting plan.
 */
final class Demand {
    static final int LIST = 50;
    static final double LISTED = 0.5;
    private final Matcher matcher;

    Demand(Matcher matcher) {
        this.matcher = matcher;
    }

    List<Match> matches(MatchQuery q) {
        return matcher.match(q, LIST);
    }

    static boolean listed(Match m) {
        return m.caps().isEmpty() && m.score() >= LISTED;
    }

    /** Ids of the postings in the match list, sorted. */
    Set<String> listed(MatchQuery q) {
        Set<String> out = new TreeSet<>();
        matches(q).stream().filter(Demand::listed).forEach(m -> out.add(m.posting().id()));
        return out;
    }

    /** For a posting plan: the posting's id when it is in the list for this query, else nothing. */
    Set<String> listed(MatchQuery q, IndexedPosting posting) {
        Match m = matcher.rankCandidates(posting, List.of(q)).get(0).match();
        return listed(m) ? Set.of(posting.id()) : Set.of();
    }

    /** The query as if the seeker held the certificate: its skills (evidenced by the certificate) and its names. */
    static MatchQuery holding(MatchQuery q, Certificate c) {
        Set<String> have = new HashSet<>();
        q.skills().forEach(s -> have.add(s.skillId()));
        List<MatchQuery.SkillClaim> skills = new ArrayList<>(q.skills());
        for (String s : c.skills()) {
            if (have.add(s)) {
                skills.add(new MatchQuery.SkillClaim(s, c.name(q.lang())));
            }
        }
        List<String> held = new ArrayList<>(q.certificates());
        held.addAll(c.names());
        return q.withSkills(skills).withCertificates(held);
    }
}
