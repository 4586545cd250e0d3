package io.jobpilot.postings.feed;

import java.time.Duration;

/** Waiting between fetch retries, injected so tests record the waits instead of sleeping through them. */
@FunctionalInterface
public interface Sleeper {
    /** The real thing, for production. */
    Sleeper THREAD = d -> Thread.sleep(d.toMillis());

    void sleep(Duration d) throws InterruptedException;
}
