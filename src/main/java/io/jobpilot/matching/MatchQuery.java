package io.jobpilot.matching;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the matcher needs to know about a seeker (or a search). A null or empty field is unknown and is never scored
 * as agreement.
 *
 * @param text                free words to look for (e.g. the target role as the seeker said it)
 * @param lang                "ko" or "en": the language of {@code text} and of the explanations
 * @param targetOccupations   occupation ids the seeker aims at
 * @param skills              skills the seeker has, each with the seeker's own words as evidence
 * @param yearsExperience     years of experience, or null
 * @param location            where the seeker wants to work (free text, e.g. "서울 강남", "New York"), or null
 * @param remoteOnly          only remote postings
 * @param acceptsRemote       remote postings fit the location preference
 * @param salaryFloorAnnual   lowest acceptable yearly pay, or null
 * @param salaryCurrency      the currency of the floor; pay in another currency is not compared (unknown)
 * @param languages           languages the seeker works in ("ko", "en"); empty: unknown
 * @param certificates        certificates held (names as written)
 * @param blockedCompanies    never show these employers
 * @param blockedKeywords     never show postings containing these words
 */
public record MatchQuery(String text, String lang, List<String> targetOccupations, List<SkillClaim> skills,
                         Integer yearsExperience, String location, boolean remoteOnly, boolean acceptsRemote,
                         Double salaryFloorAnnual, String salaryCurrency, List<String> languages, List<String> certificates,
                         Set<String> blockedCompanies, Set<String> blockedKeywords) {

    /** A skill the seeker has, with the words that show it. */
    public record SkillClaim(String skillId, String evidence) {
    }

    public MatchQuery {
        lang = "ko".equals(lang) ? "ko" : "en";
        targetOccupations = List.copyOf(targetOccupations);
        skills = List.copyOf(skills);
        languages = List.copyOf(languages);
        certificates = List.copyOf(certificates);
        blockedCompanies = Set.copyOf(blockedCompanies);
        blockedKeywords = Set.copyOf(blockedKeywords);
    }

    /** A query with only text, for {@code search}. */
    public static MatchQuery text(String text, String lang) {
        return new MatchQuery(text, lang, List.of(), List.of(), null, null, false, true, null, null, List.of(), List.of(),
                Set.of(), Set.of());
    }

    public MatchQuery withSkills(List<SkillClaim> s) {
        return new MatchQuery(text, lang, targetOccupations, s, yearsExperience, location, remoteOnly, acceptsRemote,
                salaryFloorAnnual, salaryCurrency, languages, certificates, blockedCompanies, blockedKeywords);
    }

    public MatchQuery withTargets(List<String> t) {
        return new MatchQuery(text, lang, t, skills, yearsExperience, location, remoteOnly, acceptsRemote,
                salaryFloorAnnual, salaryCurrency, languages, certificates, blockedCompanies, blockedKeywords);
    }

    public MatchQuery withLocation(String place, boolean remoteOnlyFlag) {
        return new MatchQuery(text, lang, targetOccupations, skills, yearsExperience, place, remoteOnlyFlag, acceptsRemote,
                salaryFloorAnnual, salaryCurrency, languages, certificates, blockedCompanies, blockedKeywords);
    }

    public MatchQuery withYears(Integer years) {
        return new MatchQuery(text, lang, targetOccupations, skills, years, location, remoteOnly, acceptsRemote,
                salaryFloorAnnual, salaryCurrency, languages, certificates, blockedCompanies, blockedKeywords);
    }

    public MatchQuery withCertificates(List<String> held) {
        return new MatchQuery(text, lang, targetOccupations, skills, yearsExperience, location, remoteOnly, acceptsRemote,
                salaryFloorAnnual, salaryCurrency, languages, held, blockedCompanies, blockedKeywords);
    }

    public MatchQuery withBlocked(Set<String> companies, Set<String> keywords) {
        return new MatchQuery(text, lang, targetOccupations, skills, yearsExperience, location, remoteOnly, acceptsRemote,
                salaryFloorAnnual, salaryCurrency, languages, certificates, companies, keywords);
    }

    public MatchQuery withSalaryFloor(Double floor) {
        return new MatchQuery(text, lang, targetOccupations, skills, yearsExperience, location, remoteOnly, acceptsRemote,
                floor, salaryCurrency, languages, certificates, blockedCompanies, blockedKeywords);
    }

    public MatchQuery withLanguages(List<String> langs) {
        return new MatchQuery(text, lang, targetOccupations, skills, yearsExperience, location, remoteOnly, acceptsRemote,
                salaryFloorAnnual, salaryCurrency, langs, certificates, blockedCompanies, blockedKeywords);
    }

    /** Identifies the query for the result cache: equal queries give equal fingerprints. */
    public String fingerprint() {
        return Integer.toHexString(Objects.hash(text, lang, targetOccupations, skills, yearsExperience, location,
                remoteOnly, acceptsRemote, salaryFloorAnnual, salaryCurrency, languages, certificates, blockedCompanies, blockedKeywords))
                + ":" + hashCode();
    }
}
