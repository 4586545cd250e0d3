package io.jobpilot.profile;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Versioned profiles: every change is a new version, kept with the message that caused it. */
public interface ProfileStore {
    /** The newest version, if the user has a profile. */
    Optional<SeekerProfile> current(String userId);

    /** Every version, oldest first, each with the id of the message that caused it. */
    List<Version> history(String userId);

    /** The newest profile of every seeker who agreed to be found by businesses (consent.findable), oldest user first. */
    List<SeekerProfile> findable();

    /** A stored version of a profile. */
    record Version(SeekerProfile profile, String causeMessageId, Instant at) {
    }
}
