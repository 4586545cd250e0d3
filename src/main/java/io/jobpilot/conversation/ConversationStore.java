package io.jobpilot.conversation;

import io.jobpilot.profile.SeekerProfile;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the turn pipeline keeps. A turn is committed in one transaction: the inbound id (so it is processed once), the
 * messages, the conversation state and the profile change. Nothing is kept before the seeker consents, except what is
 * needed to ask for consent.
 */
public interface ConversationStore {
    /** The jobpilot user id behind a channel identity, created on first contact. */
    String userFor(String channel, String channelUserId);

    /** The jobpilot user id behind a channel identity, if it ever wrote; never creates one. */
    java.util.Optional<String> knownUser(String channel, String channelUserId);

    /** The saved conversation state (the flow's step and slots as JSON), if any. */
    Optional<String> state(String userId);

    /** True when this inbound message was already processed (a redelivered Telegram update, a resent web message). */
    boolean processed(String channel, String inboundId);

    /** Commits a turn atomically; after it returns, a crash loses nothing of it. */
    void commit(Turn turn);

    /** The conversation so far, oldest first. */
    List<StoredMessage> transcript(String userId);

    /** Deletes every row about the user, in every table; returns how many rows went. */
    int forget(String userId);

    /**
     * One turn's effects.
     *
     * @param inboundId   the channel's id of the inbound message (idempotency key)
     * @param storeText   false before consent: the text itself is not kept, only that a message was processed
     * @param profile     the new profile version to save, or null when the profile did not change
     */
    record Turn(String userId, String channel, String inboundId, String inboundText, List<String> replies,
                String state, SeekerProfile profile, boolean storeText, Instant at) {
    }

    /** A stored message: who said it ("user" or "bot"), the text, when. */
    record StoredMessage(String id, String role, String text, Instant at) {
    }
}
