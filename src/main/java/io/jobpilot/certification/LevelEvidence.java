package io.jobpilot.certification;

import io.jobpilot.profile.AiLevel;
import io.jobpilot.profile.SeekerProfile;

import java.util.Optional;

/** What a quiz result says about the seeker's AI-use level, through the crosswalk in {@link Level}. */
final class LevelEvidence {
    private LevelEvidence() {
    }

    /**
     * The profile level to offer, or null when the result agrees with the profile. Passing level N evidences at least
     * N: offered when the profile is below it (or unknown). Failing level N while the profile claims N or more
     * evidences the level below N. Anything else leaves the profile as it is.
     */
    static AiLevel offer(AiLevel current, Level quizzed, boolean passed) {
        AiLevel evidenced = quizzed.toAiLevel();
        if (passed) {
            return current == null || current.compareTo(evidenced) < 0 ? evidenced : null;
        }
        Optional<Level> claimed = Level.of(current);
        if (claimed.isPresent() && claimed.get().compareTo(quizzed) >= 0) {
            return AiLevel.values()[quizzed.ordinal()]; // the profile step below quizzed level N is L(N-1)
        }
        return null;
    }

    /** Yes or no to the level offer, in either language (the interview's reading, plus a few offer-specific words). */
    static Optional<Boolean> yesNo(String text) {
        Optional<Boolean> read = io.jobpilot.interview.Answers.yesNo(text);
        if (read.isPresent()) {
            return read;
        }
        String t = text.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[.!~]+$", "");
        return t.matches("update|update it|바꿔 주세요|바꿔 줘|업데이트") ? Optional.of(true)
                : t.matches("keep|keep it|그대로|그대로 둘게요|괜찮아요") ? Optional.of(false) : Optional.empty();
    }

    static SeekerProfile withAiLevel(SeekerProfile p, AiLevel level) {
        return new SeekerProfile(p.userId(), p.version(), p.lang(), p.targets(), p.skills(), p.yearsExperience(),
                p.recentRoles(), level, p.location(), p.acceptsRemote(), p.remoteOnly(), p.salaryFloor(),
                p.employmentTypes(), p.languages(), p.certificates(), p.consent());
    }
}
