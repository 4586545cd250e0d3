package io.jobpilot.store;

import java.nio.file.Path;

import static io.jobpilot.store.Fixtures.fullProfile;
import static io.jobpilot.store.Fixtures.turn;

/**
 * Child process for {@link CrashSafetyTest}: commits turns in a loop and prints {@code ACK <inboundId>} only after each
 * commit has returned, so every printed id is a promise the store must keep after a SIGKILL.
 */
public final class CrashWriter {
    static final String CHANNEL_USER = "crash-seeker";
    static final int MAX_TURNS = 1_000_000;

    private CrashWriter() {
    }

    public static void main(String[] args) {
        try (SqliteStore store = SqliteStore.open(Path.of(args[0]))) {
            String user = store.userFor("telegram", CHANNEL_USER);
            for (int i = 0; i < MAX_TURNS; i++) {
                String inbound = inboundId(i);
                store.commit(turn(user, inbound, text(i), Fixtures.withYears(fullProfile(user), i)));
                System.out.println("ACK " + inbound);
                System.out.flush();
                if (System.out.checkError()) {
                    return; // the parent is gone: stop instead of writing forever
                }
            }
        }
    }

    static String inboundId(int i) {
        return "in-" + i;
    }

    static String text(int i) {
        return "메시지 " + i;
    }
}
