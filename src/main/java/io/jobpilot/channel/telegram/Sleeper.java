package io.jobpilot.channel.telegram;

import java.time.Duration;

/** Waiting for a send slot or a 429's retry_after, injected so tests advance a clock instead of sleeping. */
@FunctionalInterface
interface Sleeper {
    Sleeper THREAD = d -> Thread.sleep(d.toMillis(), (int) (d.toNanos() % 1_000_000));

    void sleep(Duration d) throws InterruptedException;
}
