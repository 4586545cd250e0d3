package io.jobpilot.conversation;

import io.jobpilot.interview.Interview;
import io.jobpilot.profile.ProfileStore;
import io.jobpilot.prompts.Templates;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Notices other parts send into a seeker's chat, rendered in the seeker's language: a business's contact request (with
 * accept and decline buttons) and a counsellor's suggestion, marked as coming from the counsellor.
 */
public final class Notices {
    private final Outbox outbox;
    private final ProfileStore profiles;
    private final Templates templates;

    public Notices(Outbox outbox, ProfileStore profiles, Templates templates) {
        this.outbox = outbox;
        this.profiles = profiles;
        this.templates = templates;
    }

    public long contactRequest(String userId, long requestId, String org, String job, String message, Instant at) {
        String lang = lang(userId);
        String text = templates.render("contact.request", lang, Map.of("org", org, "job", job, "id", requestId,
                "message", message == null || message.isBlank() ? "-" : message));
        return outbox.post(userId, "contact_request", text, AccessCommands.contactChoices(requestId, lang), at);
    }

    public long counsellorSuggestion(String userId, String org, String suggestion, Instant at) {
        String text = templates.render("counsellor.suggestion", lang(userId), Map.of("org", org, "text", suggestion));
        return outbox.post(userId, "counsellor", text, List.<Interview.Choice>of(), at);
    }

    private String lang(String userId) {
        return profiles.current(userId).map(p -> p.lang()).orElse("en");
    }
}
