package io.jobpilot.matching;

import io.jobpilot.profile.SeekerProfile;

import java.util.Set;

/** A seeker profile as a match query: only what the seeker stated, unknowns stay unknown. */
public final class ProfileQueries {
    private ProfileQueries() {
    }

    public static MatchQuery from(SeekerProfile p) {
        String text = String.join(" ", p.targets().stream().map(SeekerProfile.TargetRole::evidence).toList());
        Double floor = p.salaryFloor() == null ? null : p.salaryFloor().annual();
        return new MatchQuery(text, p.lang(), p.targets().stream().map(SeekerProfile.TargetRole::occupationId).toList(),
                p.skills().stream().map(s -> new MatchQuery.SkillClaim(s.skillId(), s.evidence())).toList(),
                p.yearsExperience(), p.location(), p.remoteOnly(), p.acceptsRemote(),
                floor, p.salaryFloor() == null ? null : p.salaryFloor().currency(), p.languages(), p.certificates(),
                Set.of(), Set.of());
    }
}
