package io.jobpilot.profile;

import java.time.Instant;
import java.util.List;

/**
 * What jobpilot knows about a job seeker, every fact with the seeker's own words as evidence. A null or empty field
 * is unknown. Versioned: each change is a new version, kept with the message that caused it.
 *
 * @param version         1 for the first saved profile, +1 per change
 * @param lang            "ko" or "en": the language the seeker last used
 * @param targets         target roles, normalised to occupations
 * @param skills          skills with evidence
 * @param yearsExperience total years of work experience
 * @param recentRoles     recent job titles as the seeker said them
 * @param aiLevel         place on the AI-literacy ladder, or null
 * @param location        where the seeker wants to work (their words, e.g. "서울 강남")
 * @param acceptsRemote   remote work is fine
 * @param remoteOnly      only remote work
 * @param salaryFloor     lowest acceptable pay, or null
 * @param employmentTypes schema.org values the seeker wants (FULL_TIME, PART_TIME...)
 * @param languages       working languages ("ko", "en", ...)
 * @param certificates    certificates held, names as the seeker wrote them
 * @param consent         what the seeker agreed to
 */
public record SeekerProfile(String userId, long version, String lang, List<TargetRole> targets, List<SkillEvidence> skills,
                            Integer yearsExperience, List<String> recentRoles, AiLevel aiLevel, String location,
                            boolean acceptsRemote, boolean remoteOnly, Money salaryFloor, List<String> employmentTypes,
                            List<String> languages, List<String> certificates, Consent consent) {

    public SeekerProfile {
        targets = List.copyOf(targets);
        skills = List.copyOf(skills);
        recentRoles = List.copyOf(recentRoles);
        employmentTypes = List.copyOf(employmentTypes);
        languages = List.copyOf(languages);
        certificates = List.copyOf(certificates);
    }

    /** An empty profile: nothing known yet, nothing consented. */
    public static SeekerProfile empty(String userId, String lang) {
        return new SeekerProfile(userId, 0, lang, List.of(), List.of(), null, List.of(), null, null, true, false, null,
                List.of(), List.of(), List.of(), Consent.NONE);
    }

    /** A target role: the occupation and the seeker's words. */
    public record TargetRole(String occupationId, String label, String evidence) {
    }

    /**
     * A skill the seeker stated.
     *
     * @param evidence the seeker's words (a span of what they wrote)
     * @param source   where it was said: an interview step, "resume", or "confirmed"
     */
    public record SkillEvidence(String skillId, String label, String evidence, String source) {
    }

    /** An amount of money per unit (YEAR, MONTH, HOUR). */
    public record Money(double amount, String currency, String unit) {
        public Double annual() {
            return switch (unit) {
                case "YEAR" -> amount;
                case "MONTH" -> amount * 12;
                case "HOUR" -> amount * 2080;
                default -> null;
            };
        }
    }

    /**
     * What the seeker agreed to, and when.
     *
     * @param storeData the seeker agreed that jobpilot stores what they say (asked first, before anything is kept)
     * @param findable  businesses may find the seeker's anonymised profile
     */
    public record Consent(boolean storeData, Instant storeDataAt, boolean findable, Instant findableAt) {
        public static final Consent NONE = new Consent(false, null, false, null);
    }
}
