package io.jobpilot.channel.web;

import io.jobpilot.conversation.ConversationStore;
import io.jobpilot.conversation.Outbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The web chat's side of the outbox: a seeker's pending notices (new matching openings, ...) are shown on their next
 * visit, when the page connects or sends a message, and marked delivered by "web" so no channel shows them again.
 */
public final class WebNotices {
    private final ConversationStore users;
    private final Outbox outbox;
    private final Clock clock;

    public WebNotices(ConversationStore users, Outbox outbox, Clock clock) {
        this.users = users;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The client's undelivered notices, now marked delivered; none for a client that never wrote. */
    List<Outbox.Notice> take(String clientId) {
        List<Outbox.Notice> out = new ArrayList<>();
        users.knownUser(WireMessage.CHANNEL, clientId).ifPresent(userId -> {
            for (Outbox.Notice n : outbox.pending(userId)) {
                // false: another channel (Telegram) delivered it in the meantime
                if (outbox.delivered(n.id(), WireMessage.CHANNEL, clock.instant())) {
                    out.add(n);
                }
            }
        });
        return out;
    }
}
