package io.jobpilot.store;

import io.jobpilot.conversation.ConversationStore.StoredMessage;
import io.jobpilot.profile.ProfileStore.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

class CrashSafetyTest {
    private static final int ACKS_BEFORE_KILL = 200;
    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final String EOF = "\u0000EOF";

    @TempDir
    Path tmp;

    @Test
    void everyAcknowledgedTurnSurvivesTheWriterBeingKilled() throws Exception {
        Path data = tmp.resolve("data");
        Path childErr = tmp.resolve("child.err");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(), data.toString())
                .redirectError(childErr.toFile())
                .start();
        BlockingQueue<String> lines = readLines(child);
        Instant deadline = Instant.now().plus(LIMIT);
        List<String> acked = new ArrayList<>();
        try {
            while (acked.size() < ACKS_BEFORE_KILL) {
                String line = next(lines, deadline, childErr, acked.size());
                if (line.equals(EOF)) {
                    fail("writer exited after %d acks; its stderr:%n%s", acked.size(), Files.readString(childErr));
                }
                acked.add(ack(line));
            }
        } finally {
            child.destroyForcibly();
        }
        assertThat(child.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)).as("killed writer exits").isTrue();
        // ACKs printed before the kill landed but not read yet are promises too.
        for (String line = next(lines, deadline, childErr, acked.size()); !line.equals(EOF);
             line = next(lines, deadline, childErr, acked.size())) {
            acked.add(ack(line));
        }
        assertThat(child.exitValue()).as("killed, not finished").isNotZero();

        try (SqliteStore store = SqliteStore.open(data)) {
            String user = store.userFor("telegram", CrashWriter.CHANNEL_USER);
            Map<String, StoredMessage> messages = store.transcript(user).stream()
                    .collect(Collectors.toMap(StoredMessage::id, Function.identity()));
            Map<String, Version> versionsByCauseText = store.history(user).stream()
                    .collect(Collectors.toMap(v -> messages.get(v.causeMessageId()).text(), Function.identity()));
            List<String> texts = messages.values().stream().map(StoredMessage::text).collect(Collectors.toList());
            for (int i = 0; i < acked.size(); i++) {
                assertThat(acked.get(i)).isEqualTo(CrashWriter.inboundId(i));
                assertThat(store.processed("test", acked.get(i))).as("processed " + acked.get(i)).isTrue();
                assertThat(texts).contains(CrashWriter.text(i), "reply to " + CrashWriter.text(i));
                Version v = versionsByCauseText.get(CrashWriter.text(i));
                assertThat(v).as("profile version caused by turn %d", i).isNotNull();
                assertThat(v.profile().version()).isEqualTo(i + 1L);
                assertThat(v.profile().yearsExperience()).isEqualTo(i);
            }
        }
    }

    private static String ack(String line) {
        assertThat(line).startsWith("ACK ");
        return line.substring(4);
    }

    private static String next(BlockingQueue<String> lines, Instant deadline, Path childErr, int seen)
            throws InterruptedException, IOException {
        long left = Duration.between(Instant.now(), deadline).toMillis();
        String line = left > 0 ? lines.poll(left, TimeUnit.MILLISECONDS) : lines.poll();
        if (line == null) {
            fail("no line from the writer within %s (%d acks so far); its stderr:%n%s", LIMIT, seen,
                    Files.readString(childErr));
        }
        return line;
    }

    /** Reads the child's stdout on a daemon thread so the test can bound every wait. */
    private static BlockingQueue<String> readLines(Process child) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the stream breaks when the child is killed; what was read so far is already queued
            } finally {
                lines.add(EOF);
            }
        }, "crash-writer-stdout");
        reader.setDaemon(true);
        reader.start();
        return lines;
    }
}
