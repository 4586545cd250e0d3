package io.jobpilot.channel.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.TimeUnit;

import static io.jobpilot.channel.web.WebApps.message;
import static io.jobpilot.channel.web.WebApps.parse;
import static io.jobpilot.channel.web.WebApps.texts;
import static org.assertj.core.api.Assertions.assertThat;

/** The chat over the WebSocket at /ws, with the JDK's client, as the page uses it. */
class WebSocketChatTest {

    @Test
    void messagesOverTheWebSocketAreAnsweredWithTheirIdsAndAnErrorKeepsTheConnection() {
        JavalinTest.test(WebChannel.create(WebApps.shared().pipeline()), (server, client) -> {
            WsFrames frames = new WsFrames();
            WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder()
                    .buildAsync(URI.create("ws://localhost:" + server.port() + "/ws"), frames).get(10, TimeUnit.SECONDS);

            ws.sendText(message("ws-seeker", "w1", "/start"), true).join();
            JsonNode hello = frames.next();
            assertThat(hello.path("replyTo").asText()).isEqualTo("w1");
            assertThat(texts(hello)).contains("Do you agree?");
            assertThat(hello.path("choices").findValuesAsText("label")).containsExactly("Yes", "No");

            ws.sendText("{\"id\": \"w2\", \"clientId\": \"ws-seeker\"}", true).join();
            JsonNode error = frames.next();
            assertThat(error.path("replyTo").asText()).isEqualTo("w2");
            assertThat(error.path("error").asText()).isEqualTo("text: missing");

            ws.sendText(message("ws-seeker", "w3", "네"), true).join();
            JsonNode next = frames.next();
            assertThat(next.path("replyTo").asText()).isEqualTo("w3");
            assertThat(next.path("lang").asText()).isEqualTo("ko");
            assertThat(texts(next)).contains("어떤 일을 찾고 계신가요?");

            ws.sendText(message("ws-seeker", "w3", "네"), true).join();
            assertThat(frames.next().path("duplicate").asBoolean()).isTrue();
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
        });
    }
}
