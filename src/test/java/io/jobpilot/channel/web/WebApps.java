package io.jobpilot.channel.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jobpilot.App;
import io.jobpilot.config.Config;
import io.jobpilot.config.ConfigLoader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.List;
import java.util.Map;

/** The real App for web tests: a temp data dir, no embedding model, the shipped sample of postings. */
final class WebApps {
    static final ObjectMapper JSON = new ObjectMapper();
    private static App shared;

    private WebApps() {
    }

    /**
     * One App for all web test classes (each uses its own client ids): building the pipeline indexes the sample, which
     * takes ~10 s, so it is paid once. Closed and deleted when the test JVM ends.
     */
    static synchronized App shared() {
        if (shared == null) {
            try {
                Path dir = Files.createTempDirectory("jobpilot-web-test");
                App app = app(dir);
                app.pipeline();
                app.matcher(); // index the sample now, as `serve` warms it, so no chat turn waits for it on a busy machine
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    app.close();
                    delete(dir);
                }));
                shared = app;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    static App app(Path dataDir) {
        Config defaults = ConfigLoader.load(null, Map.of());
        return new App(new Config(dataDir, defaults.httpHost(), 0, defaults.logLevel(), false, true, List.of()));
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp dir left behind is harmless
        }
    }

    /** A message as the page sends it. */
    static String message(String clientId, String id, String text) {
        ObjectNode m = JSON.createObjectNode();
        m.put("id", id);
        m.put("clientId", clientId);
        m.put("text", text);
        return m.toString();
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    /** The texts of a reply, joined: what a seeker would read. */
    static String texts(JsonNode reply) {
        StringBuilder b = new StringBuilder();
        reply.path("texts").forEach(t -> b.append(t.asText()).append('\n'));
        return b.toString();
    }
}
