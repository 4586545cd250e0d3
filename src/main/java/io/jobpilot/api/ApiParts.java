package io.jobpilot.api;

import io.jobpilot.access.AccessStore;
import io.jobpilot.access.Keys;
import io.jobpilot.conversation.ConversationStore;
import io.jobpilot.conversation.Notices;
import io.jobpilot.hiring.BriefReader;
import io.jobpilot.hiring.Suggestions;
import io.jobpilot.matching.Matcher;
import io.jobpilot.profile.ProfileStore;

import java.time.Clock;
import java.util.function.Supplier;

/** What the API needs, built by App. */
public record ApiParts(AccessStore access, Keys keys, ProfileStore profiles, ConversationStore conversations,
                       Notices notices, BriefReader briefs, Suggestions suggestions, Supplier<Matcher> matcher,
                       io.jobpilot.certification.Certification certification, Clock clock) {
}
