package io.jobpilot.channel.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The send queue's timing, within Telegram's limits: about 30 messages a second in all, and about one a second in
 * one chat (a short burst allowed). Each send reserves the earliest slot both limits allow (a generic cell rate
 * algorithm per limit), so concurrent senders line up in order of arrival; a 429 pauses every send for retry_after.
 */
final class Pacer {
    /** One limit: one send per {@code interval}, with up to {@code burst} sends at once after a quiet spell. */
    record Limit(Duration interval, int burst) {
        Limit {
            if (interval.isNegative() || interval.isZero() || burst < 1) {
                throw new IllegalArgumentException("a limit needs a positive interval and a burst of at least 1: "
                        + interval + ", " + burst);
            }
        }
    }

    static final Limit GLOBAL = new Limit(Duration.ofMillis(34), 30);
    static final Limit PER_CHAT = new Limit(Duration.ofSeconds(1), 3);
    private final Clock clock;
    private final Sleeper sleeper;
    private final Limit global;
    private final Limit perChat;
    private Instant globalTat = Instant.MIN;
    private Instant pausedUntil = Instant.MIN;
    private final Map<String, Instant> chatTat = new HashMap<>();

    Pacer(Clock clock, Sleeper sleeper, Limit global, Limit perChat) {
        this.clock = clock;
        this.sleeper = sleeper;
        this.global = global;
        this.perChat = perChat;
    }

    /** Waits for this chat's turn to send. */
    void await(String chatId) throws InterruptedException {
        Duration wait = reserve(chatId);
        if (!wait.isZero()) {
            sleeper.sleep(wait);
        }
    }

    /** Telegram said 429: nothing is sent before {@code retryAfter} has passed. */
    synchronized void pause(Duration retryAfter) {
        Instant until = clock.instant().plus(retryAfter);
        if (until.isAfter(pausedUntil)) {
            pausedUntil = until;
        }
    }

    /** Reserves the earliest slot and returns how long to wait for it. */
    synchronized Duration reserve(String chatId) {
        Instant now = clock.instant();
        Instant at = max(max(now, pausedUntil), max(earliest(globalTat, global), earliest(chatTat.getOrDefault(chatId, Instant.MIN), perChat)));
        globalTat = max(globalTat, at).plus(global.interval());
        chatTat.put(chatId, max(chatTat.getOrDefault(chatId, Instant.MIN), at).plus(perChat.interval()));
        if (chatTat.size() > 10_000) {
            chatTat.values().removeIf(t -> t.isBefore(now)); // chats quiet for a while need no memory
        }
        return Duration.between(now, at);
    }

    private static Instant earliest(Instant tat, Limit limit) {
        return tat == Instant.MIN ? Instant.MIN : tat.minus(limit.interval().multipliedBy(limit.burst() - 1L));
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
