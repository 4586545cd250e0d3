package io.jobpilot.channel.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import io.jobpilot.App;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Locale;

import static io.jobpilot.channel.web.WebApps.message;
import static io.jobpilot.channel.web.WebApps.parse;
import static io.jobpilot.channel.web.WebApps.texts;
import static org.assertj.core.api.Assertions.assertThat;

/** The HTTP side of the web chat on a random port, with the real pipeline (SQLite, taxonomy, sample index). */
class WebChannelTest {
    private static App app;

    @BeforeAll
    static void start() {
        app = WebApps.shared();
    }

    @Test
    void servesTheChatPageAsUtf8Html() {
        JavalinTest.test(WebChannel.create(app.pipeline()), (server, client) -> {
            var page = client.get("/");
            assertThat(page.code()).isEqualTo(200);
            assertThat(type(page)).isEqualTo("text/html;charset=utf-8");
            assertThat(page.headers().get("Content-Security-Policy")).singleElement().asString().contains("default-src 'self'");
            assertThat(page.body().string()).contains("<textarea id=\"input\"", "src=\"/app.js\"", "이 채팅은");
        });
    }

    @Test
    void servesTheScriptAndTheStylesheetWithTheirTypes() {
        JavalinTest.test(WebChannel.create(app.pipeline()), (server, client) -> {
            var js = client.get("/app.js");
            assertThat(js.code()).isEqualTo(200);
            assertThat(type(js)).isEqualTo("text/javascript;charset=utf-8");
            assertThat(js.body().string()).contains("textContent", "답변을 입력하세요");
            var css = client.get("/app.css");
            assertThat(css.code()).isEqualTo(200);
            assertThat(type(css)).isEqualTo("text/css;charset=utf-8");
        });
    }

    @Test
    void healthSaysOk() {
        JavalinTest.test(WebChannel.create(app.pipeline()), (server, client) -> {
            var health = client.get("/health");
            assertThat(health.code()).isEqualTo(200);
            assertThat(parse(health.body().string()).path("status").asText()).isEqualTo("ok");
        });
    }

    @Test
    void anEnglishConversationOverPostReachesTheSummary() {
        JavalinTest.test(WebChannel.create(app.pipeline()), (server, client) -> {
            List<String> lines = List.of("/start", "yes", "backend developer", "3 years", "Java, Spring Boot, SQL", "2",
                    "Seoul", "skip", "full-time", "Korean, English", "none");
            JsonNode reply = null;
            for (int i = 0; i < lines.size(); i++) {
                reply = say(client, "en-seeker", "m" + i, lines.get(i));
                assertThat(reply.path("replyTo").asText()).isEqualTo("m" + i);
                assertThat(reply.path("lang").asText()).isEqualTo("en");
            }
            assertThat(texts(reply)).contains("Here is your profile", "Java", "Seoul");
            assertThat(reply.path("choices").findValuesAsText("payload")).containsExactly("yes", "no");
            assertThat(reply.path("cards").isArray()).isTrue();
        });
    }

    @Test
    void aResentMessageIdIsAnsweredAsDuplicate() {
        JavalinTest.test(WebChannel.create(app.pipeline()), (server, client) -> {
            JsonNode first = say(client, "resender", "same-id", "/start");
            assertThat(texts(first)).contains("Do you agree?");
            JsonNode again = say(client, "resender", "same-id", "/start");
            assertThat(again.path("duplicate").asBoolean()).isTrue();
            assertThat(again.path("replyTo").asText()).isEqualTo("same-id");
            assertThat(again.has("texts")).isFalse();
        });
    }

    @Test
    void theSameMessageIdFromTwoSeekersIsNotADuplicate() {
        JavalinTest.test(WebChannel.create(app.pipeline()), (server, client) -> {
            assertThat(texts(say(client, "seeker-a", "1", "/start"))).contains("Do you agree?");
            assertThat(texts(say(client, "seeker-b", "1", "/start"))).contains("Do you agree?");
        });
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "{not json                                   | body: not valid JSON",
            "[1, 2]                                      | body: expected a JSON object",
            "{\"clientId\": \"c\", \"text\": \"hi\"}     | id: missing",
            "{\"id\": \"1\", \"text\": \"hi\"}           | clientId: missing",
            "{\"id\": \"1\", \"clientId\": \"a b\", \"text\": \"hi\"} | clientId: expected 1 to 100 letters",
            "{\"id\": \"1\", \"clientId\": \"c\"}        | text: missing",
            "{\"id\": \"1\", \"clientId\": \"c\", \"text\": 7} | text: expected a string, got number",
            "{\"id\": \"1\", \"clientId\": \"c\", \"text\": \"  \"} | text: is blank"})
    void badMessagesAreRefusedNamingTheFieldAndReason(String body, String error) {
        JavalinTest.test(WebChannel.create(app.pipeline()), (server, client) -> {
            var r = client.post("/api/messages", body);
            assertThat(r.code()).isEqualTo(400);
            assertThat(parse(r.body().string()).path("error").asText()).startsWith(error);
        });
    }

    @Test
    void aTextOverTheLimitIsRefusedWithItsLength() {
        JavalinTest.test(WebChannel.create(app.pipeline()), (server, client) -> {
            var r = client.post("/api/messages", message("c", "long", "가".repeat(8_001)));
            assertThat(r.code()).isEqualTo(400);
            JsonNode body = parse(r.body().string());
            assertThat(body.path("error").asText()).isEqualTo("text: longer than 8000 characters (8001)");
            assertThat(body.path("replyTo").asText()).isEqualTo("long");
            assertThat(body.toString()).doesNotContain("Exception", "at io.");
        });
    }

    /** The Content-Type without spaces, lower case (Jetty writes "text/html;charset=utf-8"). */
    private static String type(Response r) {
        return String.join(",", r.headers().get("Content-Type")).replace(" ", "").toLowerCase(Locale.ROOT);
    }

    private static JsonNode say(HttpClient client, String clientId, String id, String text) {
        var r = client.post("/api/messages", message(clientId, id, text));
        assertThat(r.code()).as("POST %s", text).isEqualTo(200);
        return parse(r.body().string());
    }
}
