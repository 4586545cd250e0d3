package io.jobpilot.postings.feed;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** How long the fetcher waits before the next attempt, and how it names a URL in logs. */
final class Backoff {
    private Backoff() {
    }

    /**
     * baseDelay·2^(attempt-1), capped, plus up to half of that again at random, so many instances retrying the same
     * server do not arrive together.
     */
    static Duration delay(int attempt, FeedFetcher.Settings s, RandomGenerator random) {
        long base = s.baseDelay().toMillis();
        long exp = base << Math.min(attempt - 1, 20);
        long capped = Math.min(exp, s.maxDelay().toMillis());
        long jitter = capped / 2 > 0 ? random.nextLong(capped / 2 + 1) : 0;
        return Duration.ofMillis(Math.min(capped + jitter, s.maxDelay().toMillis()));
    }

    /** Retry-After in seconds (the HTTP-date form falls back to the backoff), capped at maxDelay. */
    static Optional<Duration> retryAfter(String header, FeedFetcher.Settings s) {
        if (header == null) {
            return Optional.empty();
        }
        try {
            long seconds = Long.parseLong(header.strip());
            Duration d = Duration.ofSeconds(Math.max(seconds, 0));
            return Optional.of(d.compareTo(s.maxDelay()) > 0 ? s.maxDelay() : d);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** scheme://host/path: the query is left out because API keys travel there (data.go.kr's serviceKey). */
    static String redact(URI url) {
        return url.getScheme() + "://" + url.getRawAuthority() + (url.getRawPath() == null ? "" : url.getRawPath());
    }
}
