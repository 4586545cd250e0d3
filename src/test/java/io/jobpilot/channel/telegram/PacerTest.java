package io.jobpilot.channel.telegram;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The send queue's timing on a clock the test moves: sleeping advances it. */
class PacerTest {
    private final MovableClock clock = new MovableClock();
    private final List<Duration> waits = new ArrayList<>();
    private final Pacer pacer = new Pacer(clock, d -> {
        waits.add(d);
        clock.now = clock.now.plus(d);
    }, new Pacer.Limit(Duration.ofMillis(100), 2), new Pacer.Limit(Duration.ofSeconds(1), 2));

    @Test
    void oneChatGetsAShortBurstThenOneMessageASecond() throws Exception {
        for (int i = 0; i < 4; i++) {
            pacer.await("a");
        }
        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void otherChatsAreHeldOnlyByTheGlobalRate() throws Exception {
        pacer.await("a");
        pacer.await("a");
        pacer.await("b");
        pacer.await("c");
        assertThat(waits).as("the global burst of 2 is used up: 100 ms apart").containsExactly(Duration.ofMillis(100),
                Duration.ofMillis(100));
    }

    @Test
    void a429PausesEverySendForRetryAfter() throws Exception {
        pacer.await("a");
        pacer.pause(Duration.ofSeconds(7));
        pacer.await("b");
        assertThat(waits).containsExactly(Duration.ofSeconds(7));
    }

    private static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-23T09:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
