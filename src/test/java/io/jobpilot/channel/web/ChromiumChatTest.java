package io.jobpilot.channel.web;

import io.javalin.Javalin;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The page in a real headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core from
 * {@code .ci/web-test}): a seeker switches to Korean, answers by typing and clicking, presses "네" and sees match cards.
 * Without Chromium, node or {@code npm ci --prefix .ci/web-test} the test is skipped on a developer's machine and fails
 * in CI (CI is set).
 */
class ChromiumChatTest {
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    private static final Path SCRIPT = Path.of(".ci", "web-test", "chat.spec.mjs");
    private static final Path PLAYWRIGHT = Path.of(".ci", "web-test", "node_modules", "playwright-core");
    private static final Path SHOT = Path.of("target", "web-chat.png");
    private static final Path LOG = Path.of("target", "web-chat.log");

    @Test
    void aSeekerAnswersInKoreanByTypingAndClickingAndSeesMatchCards() throws Exception {
        requireBrowser();
        Files.createDirectories(SHOT.getParent());
        Files.deleteIfExists(SHOT);
        Javalin web = WebChannel.create(WebApps.shared().pipeline()).start("127.0.0.1", 0);
        try {
            Process node = new ProcessBuilder("node", SCRIPT.toString(), "http://127.0.0.1:" + web.port() + "/", SHOT.toString())
                    .redirectErrorStream(true).redirectOutput(LOG.toFile()).start();
            boolean ended = node.waitFor(90, TimeUnit.SECONDS);
            if (!ended) {
                node.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
            String output = Files.readString(LOG, StandardCharsets.UTF_8);
            assertThat(ended).as("the browser run ended within 90 s:%n%s", output).isTrue();
            assertThat(node.exitValue()).as("the browser run passed:%n%s", output).isZero();
            assertThat(output).contains("passed:");
            assertThat(SHOT).exists();
        } finally {
            web.stop();
        }
    }

    /** Skips on a developer's machine without the tools; in CI a missing tool is a failure. */
    private static void requireBrowser() {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(CHROMIUM)) {
            missing.add(CHROMIUM + " (apt-get install -y chromium)");
        }
        if (!runs("node", "--version")) {
            missing.add("node on the PATH");
        }
        if (!Files.isDirectory(PLAYWRIGHT)) {
            missing.add(PLAYWRIGHT + " (npm ci --prefix .ci/web-test)");
        }
        if (missing.isEmpty()) {
            return;
        }
        String message = "the browser test needs " + String.join(", ", missing);
        if (System.getenv("CI") != null) {
            fail("CI must run the browser test, but " + message);
        }
        System.err.println("ChromiumChatTest skipped: " + message);
        Assumptions.abort("skipped outside CI: " + message);
    }

    private static boolean runs(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
