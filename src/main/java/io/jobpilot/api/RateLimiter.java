package io.jobpilot.api;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A fixed one-minute window per key, on an injected clock: simple, and exact enough for "N requests per minute".
 * Returns the seconds to wait when the key is over its limit.
 */
final class RateLimiter {
    private final Clock clock;
    private final ConcurrentHashMap<String, long[]> windows = new ConcurrentHashMap<>();

    RateLimiter(Clock clock) {
        this.clock = clock;
    }

    /** 0 when the request may go ahead, else how many seconds until the window resets. */
    long acquire(String keyId, int perMinute) {
        long now = clock.millis();
        long minute = now / 60_000;
        long[] w = windows.compute(keyId, (k, old) -> old == null || old[0] != minute ? new long[]{minute, 1}
                : new long[]{minute, old[1] + 1});
        return w[1] <= perMinute ? 0 : Math.max(1, ((minute + 1) * 60_000 - now + 999) / 1000);
    }
}
