package io.jobpilot.channel.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import io.jobpilot.App;
import io.jobpilot.interview.Interview;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.TimeUnit;
import java.util.List;

import static io.jobpilot.channel.web.WebApps.message;
import static io.jobpilot.channel.web.WebApps.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** Notices waiting in the outbox (new matching openings) are shown once on the seeker's next visit to the web chat. */
class WebNoticesTest {
    private static App app;

    @BeforeAll
    static void start() {
        app = WebApps.shared();
    }

    private static Javalin server() {
        return WebChannel.create(app.pipeline(), List.of(), new WebNotices(app.store(), app.store(), app.clock()));
    }

    @Test
    void aWaitingNoticeComesWithTheNextReplyOnceAndIsMarkedDelivered() {
        JavalinTest.test(server(), (server, client) -> {
            say(client, "notice-http", "n1", "/start");
            String user = app.store().knownUser("web", "notice-http").orElseThrow();
            app.store().post(user, "alert", "New openings that match you (1):\n• Data Analyst — City Data Office",
                    List.of(new Interview.Choice("See my matches", "/jobs")), app.clock().instant());

            JsonNode reply = say(client, "notice-http", "n2", "/help");
            assertThat(reply.path("texts").get(0).asText()).contains("/alerts");
            assertThat(reply.path("notices")).singleElement().satisfies(n -> {
                assertThat(n.path("kind").asText()).isEqualTo("alert");
                assertThat(n.path("text").asText()).contains("Data Analyst — City Data Office");
                assertThat(n.path("choices").findValuesAsText("payload")).containsExactly("/jobs");
            });
            assertThat(say(client, "notice-http", "n3", "/help").path("notices")).isEmpty();
            assertThat(app.store().pending(user)).isEmpty();
        });
    }

    @Test
    void aReturningPageGetsItsNoticesWhenTheWebSocketConnects() {
        JavalinTest.test(server(), (server, client) -> {
            say(client, "notice-ws", "n1", "/start");
            String user = app.store().knownUser("web", "notice-ws").orElseThrow();
            app.store().post(user, "alert", "회원님께 맞는 새 공고가 올라왔어요 (1건):\n• 백엔드 개발자 — 한빛소프트",
                    List.of(new Interview.Choice("맞는 공고 보기", "/공고")), app.clock().instant());

            WsFrames frames = new WsFrames();
            WebSocket ws = connect(server.port(), "notice-ws", frames);
            JsonNode first = frames.next();
            assertThat(first.has("replyTo")).isFalse();
            assertThat(first.path("notices")).singleElement()
                    .satisfies(n -> assertThat(n.path("text").asText()).contains("한빛소프트"));
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();

            WsFrames again = new WsFrames();
            WebSocket second = connect(server.port(), "notice-ws", again);
            second.sendText(message("notice-ws", "n2", "/help"), true).join();
            JsonNode reply = again.next();
            assertThat(reply.path("replyTo").asText()).as("the notice is not shown twice").isEqualTo("n2");
            assertThat(reply.path("notices")).isEmpty();
            second.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
        });
    }

    @Test
    void aPageThatNeverWroteCreatesNoUserByConnecting() {
        JavalinTest.test(server(), (server, client) -> {
            WsFrames frames = new WsFrames();
            WebSocket ws = connect(server.port(), "never-wrote", frames);
            ws.sendText(message("never-wrote", "n1", "/help"), true).join();
            assertThat(frames.next().path("replyTo").asText()).isEqualTo("n1");
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
            assertThat(app.store().knownUser("web", "never-wrote")).isPresent();
            assertThat(app.store().knownUser("web", "only-connected")).isEmpty();
            WsFrames other = new WsFrames();
            connect(server.port(), "only-connected", other).sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
            assertThat(app.store().knownUser("web", "only-connected")).isEmpty();
        });
    }

    private static WebSocket connect(int port, String clientId, WsFrames frames) throws Exception {
        return HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://localhost:" + port + "/ws?clientId=" + clientId), frames).get(10, TimeUnit.SECONDS);
    }

    private static JsonNode say(io.javalin.testtools.HttpClient client, String clientId, String id, String text) {
        var r = client.post("/api/messages", message(clientId, id, text));
        assertThat(r.code()).as("POST %s", text).isEqualTo(200);
        return parse(r.body().string());
    }
}
