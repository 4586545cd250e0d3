package io.jobpilot.certification;

import java.util.List;

/**
 * A certification path for one seeker, computed against one generation of the posting index.
 *
 * @param targets    occupation ids (or the posting id, for a posting plan) the path aims at
 * @param listedNow  postings in the seeker's match list now (see {@link PathPlanner} for what "in the list" means)
 * @param steps      the path in order: every prerequisite before the certificate that needs it
 * @param verdict    whether a certificate helps and, when none does, why
 * @param evaluated  how many certificates were tried
 * @param generation the index generation the uplifts were computed on
 */
public record Plan(String lang, List<String> targets, int listedNow, List<Step> steps, Verdict verdict, int evaluated,
                   long generation) {
    public Plan {
        targets = List.copyOf(targets);
        steps = List.copyOf(steps);
    }

    /** Why there is (or is not) a path. */
    public enum Verdict {
        /** At least one certificate adds postings to the match list. */
        HELPS,
        /** No certificate adds a posting, but more years of experience would: the gap is experience. */
        EXPERIENCE_GAP,
        /** The index has no posting for the targets at all. */
        NO_POSTINGS,
        /** No certificate adds a posting, and neither would more experience. */
        NOTHING_ADDS
    }

    /**
     * One certificate on the path.
     *
     * @param prerequisiteOf   the certificate this one is taken for, or null for a goal chosen for its own uplift
     * @param required         for a prerequisite: the later certificate requires it (false: the issuer advises it)
     * @param coversSkills     taxonomy skill ids it covers that the targets need and the seeker has not stated
     * @param uplift           postings that would enter the match list if the seeker held it
     * @param entering         ids of those postings
     * @param upliftPerHour    uplift divided by the issuer's hours, or null when the hours are unknown
     */
    public record Step(Certificate certificate, String prerequisiteOf, boolean required, List<String> coversSkills,
                       int uplift, List<String> entering, Double upliftPerHour) {
        public Step {
            coversSkills = List.copyOf(coversSkills);
            entering = List.copyOf(entering);
        }
    }
}
