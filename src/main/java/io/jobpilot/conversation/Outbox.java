package io.jobpilot.conversation;

import io.jobpilot.interview.Interview;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Messages the bot sends without being asked (a new matching opening, a counsellor's suggestion, a business's contact
 * request). Whoever has something to say posts a notice for a user; channels deliver it: Telegram pushes at once, the
 * web chat shows it on the next visit. A notice is delivered once, by whichever channel gets there first.
 */
public interface Outbox {
    /** Queues a notice, already rendered in the user's language; returns its id. */
    long post(String userId, String kind, String text, List<Interview.Choice> choices, Instant at);

    /** The user's undelivered notices, oldest first. */
    List<Notice> pending(String userId);

    /** Undelivered notices of every user, oldest first, at most {@code limit}. */
    List<Notice> pending(int limit);

    /** Undelivered notices of users who have an identity on {@code channel}, oldest first, at most {@code limit}. */
    List<Notice> pending(String channel, int limit);

    /** Marks a notice delivered through a channel; false when it was delivered already (or no longer exists). */
    boolean delivered(long noticeId, String channel, Instant at);

    /** The user's id on a channel (a Telegram chat id, a web client id), if the user ever wrote from it. */
    Optional<String> channelUserId(String userId, String channel);

    /**
     * A notice for one user.
     *
     * @param kind what it is, e.g. "alert", "counsellor", "contact_request"
     */
    record Notice(long id, String userId, String kind, String text, List<Interview.Choice> choices, Instant at) {
        public Notice {
            choices = List.copyOf(choices);
        }
    }
}
