package io.jobpilot.api;

import io.javalin.Javalin;
import io.jobpilot.access.Role;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The counsellor console in a real headless Chromium (playwright-core from {@code .ci/web-test}, Debian's Chromium):
 * sign-in with a key, only the counsellor's own client, profile, transcript, a note, and the co-pilot consent check.
 * Skipped on a developer's machine without the tools; a failure in CI.
 */
class ChromiumConsoleTest {
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    private static final Path SCRIPT = Path.of(".ci", "web-test", "console.spec.mjs");
    private static final Path PLAYWRIGHT = Path.of(".ci", "web-test", "node_modules", "playwright-core");
    private static final Path LOG = Path.of("target", "console.log");

    @TempDir
    Path dir;

    @Test
    void aCounsellorSignsInSeesOnlyTheirClientAndAddsANote() throws Exception {
        requireBrowser();
        Files.createDirectories(LOG.getParent());
        try (ApiWorld w = new ApiWorld(dir)) {
            w.seeker("client", "서울 마포구", false);
            w.seeker("stranger", "부산", false);
            String key = w.key(Role.COUNSELLOR, "마포 고용센터", 1000);
            String other = w.key(Role.COUNSELLOR, "다른 센터", 1000);
            Javalin web = w.server().start("127.0.0.1", 0);
            try {
                String code = invite(web.port(), key);
                w.say("client", "/counsellor " + code);
                w.say("stranger", "/counsellor " + invite(web.port(), other));
                String clientId = w.app.store().access().pseudonym(w.app.store().userFor("test", "client"));
                Process node = new ProcessBuilder("node", SCRIPT.toString(), "http://127.0.0.1:" + web.port() + "/console/",
                        key, clientId, "target/console.png").redirectErrorStream(true).redirectOutput(LOG.toFile()).start();
                boolean ended = node.waitFor(90, TimeUnit.SECONDS);
                if (!ended) {
                    node.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
                String output = Files.readString(LOG, StandardCharsets.UTF_8);
                assertThat(ended).as("the browser run ended:%n%s", output).isTrue();
                assertThat(node.exitValue()).as("the browser run passed:%n%s", output).isZero();
                assertThat(output).contains("passed:");
                assertThat(w.app.store().access().auditLog(clientId)).anyMatch(e -> e.action().equals("client.transcript"));
            } finally {
                web.stop();
            }
        }
    }

    private static String invite(int port, String key) throws Exception {
        var req = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/api/v1/invites"))
                .header("Authorization", "Bearer " + key).POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build();
        String body = java.net.http.HttpClient.newHttpClient().send(req, java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        return ApiWorld.JSON.readTree(body).path("code").asText();
    }

    private static void requireBrowser() {
        if (Files.isExecutable(CHROMIUM) && Files.isDirectory(PLAYWRIGHT)) {
            return;
        }
        String message = "the console browser test needs " + CHROMIUM + " and " + PLAYWRIGHT;
        if (System.getenv("CI") != null) {
            fail("CI must run the browser test, but " + message);
        }
        Assumptions.abort("skipped outside CI: " + message);
    }
}
