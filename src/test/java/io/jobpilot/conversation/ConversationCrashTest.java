package io.jobpilot.conversation;

import io.jobpilot.profile.SeekerProfile;
import io.jobpilot.store.SqliteStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills a child JVM mid-conversation (SIGKILL) and checks that every acknowledged turn, and the profile change it
 * caused, is there after a restart.
 */
class ConversationCrashTest {
    private static final int ACKS_BEFORE_KILL = 60;

    @Test
    void killingTheProcessMidConversationLosesNoAcknowledgedTurn(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("data");
        Path err = tmp.resolve("child.err");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ConversationCrashWriter.class.getName(), data.toString())
                .redirectError(err.toFile()).start();
        List<int[]> acked = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.CountDownLatch enough = new java.util.concurrent.CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    String[] p = line.split(" ");
                    acked.add(new int[]{Integer.parseInt(p[1]), Integer.parseInt(p[2])});
                    if (acked.size() >= ACKS_BEFORE_KILL) {
                        enough.countDown();
                    }
                }
            } catch (java.io.IOException closedByTheKill) {
                // what was read before the kill is what the test checks
            } finally {
                enough.countDown();
            }
        });
        reader.start();
        enough.await(90, TimeUnit.SECONDS);
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        reader.join(TimeUnit.SECONDS.toMillis(30));
        assertThat(acked).as("child stderr: %s", Files.exists(err) ? Files.readString(err) : "").hasSizeGreaterThanOrEqualTo(ACKS_BEFORE_KILL);
        try (SqliteStore store = SqliteStore.open(data)) {
            for (int[] a : acked) {
                String inbound = "u" + a[0] + "-t" + a[1];
                assertThat(store.processed("crash", inbound)).as(inbound).isTrue();
                String user = store.userFor("crash", "u" + a[0]);
                SeekerProfile p = store.current(user).orElse(null);
                if (a[1] >= 2) {
                    assertThat(p.targets()).as(inbound).anyMatch(t -> t.occupationId().equals("kr:K000007494"));
                }
                if (a[1] >= 3) {
                    assertThat(p.yearsExperience()).as(inbound).isEqualTo(5);
                }
                if (a[1] >= 4) {
                    assertThat(p.skills()).as(inbound).anyMatch(s -> s.evidence().equals("엑셀"));
                }
                assertThat(store.state(user)).as(inbound).isPresent();
            }
        }
    }
}
