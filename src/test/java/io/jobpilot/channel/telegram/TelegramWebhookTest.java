package io.jobpilot.channel.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.jobpilot.channel.web.WebChannel;
import io.jobpilot.store.SqliteStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Webhook mode: the route on the web server checks the secret, runs each update once, and answers through the Bot API. */
class TelegramWebhookTest {
    @TempDir
    static Path dir;
    private static BotWorld world;
    private static TelegramEmulator emulator;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        world = new BotWorld(dir);
        emulator = TelegramEmulator.start();
    }

    @AfterAll
    static void stop() throws Exception {
        emulator.close();
        world.index.close();
    }

    @Test
    void theWebhookRejectsAWrongSecretAndRunsARedeliveredUpdateOnce() throws Exception {
        long chat = 2001;
        try (SqliteStore store = SqliteStore.open(dir.resolve("hook"));
             TelegramChannel bot = world.bot(emulator, store, "webhook")) {
            Javalin web = WebChannel.create(world.pipeline(store), List.of(bot.webhook())).start("127.0.0.1", 0);
            try {
                String update = "{\"update_id\": 77, \"message\": {\"message_id\": 5, \"date\": 1795427046,"
                        + " \"chat\": {\"id\": " + chat + ", \"type\": \"private\"},"
                        + " \"from\": {\"id\": " + chat + ", \"is_bot\": false, \"first_name\": \"S\"}, \"text\": \"hello, I need a job\"}}";
                URI hook = URI.create("http://127.0.0.1:" + web.port() + "/telegram/hook-test");
                assertThat(post(hook, update, "wrong-secret").statusCode()).isEqualTo(401);
                assertThat(post(hook, update, null).statusCode()).isEqualTo(401);
                assertThat(post(hook, update, "s3cret_Token-").statusCode()).as("a prefix of the secret").isEqualTo(401);
                assertThat(store.processed(UpdateHandler.CHANNEL, "77")).as("a rejected update is not run").isFalse();

                assertThat(post(hook, update, "s3cret_Token-1").statusCode()).isEqualTo(200);
                List<JsonNode> first = emulator.unread(chat);
                assertThat(TelegramBotTest.text(first)).contains("Do you agree?");
                assertThat(post(hook, update, "s3cret_Token-1").statusCode()).as("Telegram redelivers").isEqualTo(200);
                assertThat(emulator.unread(chat)).as("a redelivered update is answered once").isEmpty();
                assertThat(post(hook, "{\"message\": {}}", "s3cret_Token-1").statusCode()).isEqualTo(400);
            } finally {
                web.stop();
            }
        }
    }

    private HttpResponse<String> post(URI uri, String body, String secret) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            b.header(Webhook.HEADER, secret);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
