package io.jobpilot.certification;

import io.jobpilot.profile.AiLevel;

import java.util.Locale;
import java.util.Optional;

/**
 * The common certificate scale (see data/certification/ladder.md) and its crosswalk to the profile's AI-use level.
 * The profile ladder has five steps, L0 (no AI use yet) to L4 (builds AI software); the certificate scale starts at
 * L1 and splits "builds" (L4) from "builds and operates" (L5). L1–L4 mean the same on both ladders, so they map one to
 * one; certificate L5 maps to profile L4 (the profile has no separate operating step); profile L0 lies below every
 * certificate.
 */
public enum Level {
    L1, L2, L3, L4, L5;

    /** The profile level this certificate level evidences (L5 folds into the profile's top step, L4). */
    public AiLevel toAiLevel() {
        return this == L5 ? AiLevel.L4 : AiLevel.valueOf(name());
    }

    /** The certificate level a profile level corresponds to; empty for L0 or unknown (below the certificate scale). */
    public static Optional<Level> of(AiLevel ai) {
        return ai == null || ai == AiLevel.L0 ? Optional.empty() : Optional.of(valueOf(ai.name()));
    }

    /** "L3", "l3" or "3"; fails naming the value otherwise. */
    public static Level parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (t.matches("[1-5]")) {
            t = "L" + t;
        }
        try {
            return valueOf(t);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("level '" + text + "' is not one of L1, L2, L3, L4, L5");
        }
    }
}
