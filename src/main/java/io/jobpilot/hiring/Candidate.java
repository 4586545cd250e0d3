package io.jobpilot.hiring;

import io.jobpilot.matching.Match;
import io.jobpilot.postings.PostingSkill;
import io.jobpilot.profile.SeekerProfile;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A candidate as a business sees one before the seeker accepts contact: no name, no contact, no user id, no words of
 * the seeker (their evidence may name employers or people); the place only as a region or city.
 *
 * @param handle        opaque, per business: the only way to refer to the candidate
 * @param region        coarse place ("서울", "New York"), or null when unknown
 * @param matchedSkills skill labels the job asks for and the seeker has
 * @param missingSkills skill labels the job asks for that the seeker has not stated
 * @param explanation   the matcher's reasons (what fits, what is unknown, caps), about the job's side
 */
public record Candidate(String handle, double score, List<String> targetRoles, List<String> matchedSkills,
                        List<String> missingSkills, List<String> otherSkills, List<String> certificates,
                        Integer yearsExperience, String aiLevel, String region, boolean acceptsRemote,
                        List<String> employmentTypes, List<String> languages, List<String> explanation) {

    static Candidate of(String handle, SeekerProfile p, Match m) {
        Set<String> matchedIds = new java.util.HashSet<>();
        m.matched().forEach(s -> matchedIds.add(s.skillId()));
        List<String> explanation = new java.util.ArrayList<>(m.fits());
        explanation.addAll(m.caps());
        explanation.addAll(m.unknowns());
        return new Candidate(handle, Math.round(m.score() * 1000) / 1000.0,
                p.targets().stream().map(SeekerProfile.TargetRole::label).toList(),
                m.matched().stream().map(Match.MatchedSkill::label).distinct().toList(),
                m.missing().stream().map(PostingSkill::label).distinct().toList(),
                p.skills().stream().filter(s -> !matchedIds.contains(s.skillId())).map(SeekerProfile.SkillEvidence::label)
                        .distinct().toList(),
                p.certificates(), p.yearsExperience(), p.aiLevel() == null ? null : p.aiLevel().name(),
                region(p.location()), p.acceptsRemote(), p.employmentTypes(), p.languages(), explanation);
    }

    private static final List<String> KOREAN_REGIONS = List.of("서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종",
            "경기", "강원", "충북", "충남", "전북", "전남", "경북", "경남", "제주");

    /** The region of a Korean place, or the first part (up to a comma or "or") of another, at most two words. */
    static String region(String location) {
        if (location == null || location.isBlank()) {
            return null;
        }
        for (String r : KOREAN_REGIONS) {
            if (location.contains(r)) {
                return r;
            }
        }
        String first = location.split("(?i),|/|\\bor\\b|\\band\\b|\\(")[0].strip();
        String[] words = first.split("\\s+");
        String out = words.length <= 2 ? first : words[0] + " " + words[1];
        return out.isBlank() || out.toLowerCase(Locale.ROOT).matches("remote|anywhere") ? null : out;
    }
}
