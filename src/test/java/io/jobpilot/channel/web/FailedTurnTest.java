package io.jobpilot.channel.web;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import io.jobpilot.App;
import io.jobpilot.config.Config;
import io.jobpilot.config.ConfigLoader;
import io.jobpilot.conversation.TurnPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.jobpilot.channel.web.WebApps.message;
import static io.jobpilot.channel.web.WebApps.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A turn that fails inside the pipeline (here: its store is closed) is a 500 naming the message, with no details for
 * the client and no message text in the log.
 */
class FailedTurnTest {
    @TempDir
    Path dir;

    @Test
    void aFailedTurnIsAnsweredWith500AndTheMessageIdButNoStackTrace() {
        Config c = ConfigLoader.load(null, Map.of());
        App app = new App(new Config(dir, c.httpHost(), 0, c.logLevel(), false, false, List.of())); // no sample: fast
        TurnPipeline pipeline = app.pipeline();
        app.close();
        Logger log = (Logger) LoggerFactory.getLogger(Errors.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        log.addAppender(logged);
        JavalinTest.test(WebChannel.create(pipeline), (server, client) -> {
            var r = client.post("/api/messages", message("c", "m1", "secret résumé text"));
            assertThat(r.code()).isEqualTo(500);
            JsonNode body = parse(r.body().string());
            assertThat(body.path("replyTo").asText()).isEqualTo("m1");
            assertThat(body.path("error").asText()).startsWith("internal error");
            assertThat(body.toString()).doesNotContain("Exception", "at io.", "secret");
        });
        log.detachAppender(logged);
        assertThat(logged.list).singleElement().satisfies(e -> {
            assertThat(e.getFormattedMessage()).isEqualTo("web chat: a turn failed");
            assertThat(e.getThrowableProxy()).isNotNull();
            assertThat(e.getThrowableProxy().getMessage()).doesNotContain("secret");
        });
    }
}
