package io.jobpilot.channel.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import okhttp3.ResponseBody;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The npm Bot API emulator (telegram-test-api, installed under .ci/telegram-test) as a child process on a free port,
 * with its client API to play a seeker: say something, press a button, read the bot's messages.
 */
final class TelegramEmulator implements AutoCloseable {
    static final String TOKEN = "123456:TEST-token";
    private static final Path DIR = Path.of(".ci/telegram-test");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern MILLIS_DATE = Pattern.compile("\"date\":(\\d{13})");
    private final Process node;
    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();
    private long emptyPolls;
    private int inFlight;
    private final List<java.util.concurrent.atomic.AtomicBoolean> bots = new java.util.concurrent.CopyOnWriteArrayList<>();

    private TelegramEmulator(Process node, int port) {
        this.node = node;
        this.port = port;
    }

    static TelegramEmulator start() throws IOException {
        if (!Files.isDirectory(DIR.resolve("node_modules/telegram-test-api"))) {
            throw new IllegalStateException("the Telegram emulator is not installed: run"
                    + " `npm ci --prefix .ci/telegram-test --no-audit --no-fund` (CI's .ci/run does)");
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Process p = new ProcessBuilder("node", "emulator.js", String.valueOf(port)).directory(DIR.toFile())
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (line == null || !line.equals("listening " + port)) {
            p.destroy();
            throw new IllegalStateException("the Telegram emulator did not start: " + line);
        }
        Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "emulator-output");
        drain.setDaemon(true);
        drain.start();
        return new TelegramEmulator(p, port);
    }

    URI apiUrl() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /**
     * The bot's HTTP client with the emulator's quirks fixed: getUpdates answers at once (throttled here, as
     * Telegram's long poll would wait), dates come in milliseconds (rewritten to seconds), and editMessageText
     * answers null instead of true.
     */
    OkHttpClient botHttp() {
        java.util.concurrent.atomic.AtomicBoolean retired = new java.util.concurrent.atomic.AtomicBoolean();
        bots.add(retired);
        Interceptor quirks = chain -> {
            String path = chain.request().url().encodedPath().toLowerCase(java.util.Locale.ROOT);
            if (path.endsWith("/getupdates")) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
            boolean poll = path.endsWith("/getupdates");
            synchronized (this) {
                if (retired.get()) {
                    throw new IOException("this bot was stopped"); // as if its process were gone
                }
                inFlight += poll ? 1 : 0;
            }
            Response r;
            String body;
            try {
                r = chain.proceed(chain.request());
                body = r.body() == null ? "" : r.body().string();
            } finally {
                synchronized (this) {
                    inFlight -= poll ? 1 : 0;
                    notifyAll();
                }
            }
            Matcher m = MILLIS_DATE.matcher(body);
            body = m.replaceAll(d -> "\"date\":" + Long.parseLong(d.group(1)) / 1000);
            if (path.endsWith("/editmessagetext")) {
                body = body.replace("\"result\":null", "\"result\":true");
            }
            if (path.endsWith("/getupdates") && body.contains("\"result\":[]")) {
                synchronized (this) {
                    emptyPolls++;
                    notifyAll();
                }
            }
            return r.newBuilder().body(ResponseBody.create(body, r.body().contentType())).build();
        };
        return new OkHttpClient.Builder().addInterceptor(quirks).readTimeout(Duration.ofSeconds(30)).build();
    }

    /** The seeker in chat {@code chat} sends a text. */
    void say(long chat, String text) throws IOException, InterruptedException {
        post("/sendMessage", Map.of("botToken", TOKEN, "date", Instant.now().getEpochSecond(), "text", text,
                "from", user(chat), "chat", Map.of("id", chat, "type", "private", "first_name", "Seeker")));
    }

    /** The seeker presses a button with callback data {@code data} under the bot's message {@code messageId}. */
    void press(long chat, int messageId, String data) throws IOException, InterruptedException {
        post("/sendCallback", Map.of("botToken", TOKEN, "date", Instant.now().getEpochSecond(), "data", data,
                "from", user(chat), "message", Map.of("message_id", messageId, "date", Instant.now().getEpochSecond(),
                        "chat", Map.of("id", chat, "type", "private"))));
    }

    /** The bot's messages to {@code chat} not read yet (each {"message_id", "text", "reply_markup"...}). */
    List<JsonNode> unread(long chat) throws IOException, InterruptedException {
        JsonNode r = post("/getUpdates", Map.of("token", TOKEN, "chatId", chat));
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode u : r.get("result")) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) u.get("message")).put("message_id", u.get("messageId").asInt());
            out.add(u.get("message"));
        }
        return out;
    }

    /**
     * The bot's answer to what was just sent: waits until two polls after now came back empty. The bot consumes a
     * batch before it polls again, so the second empty poll was asked after everything sent before now was handled.
     */
    List<JsonNode> replies(long chat) throws IOException, InterruptedException {
        awaitIdle();
        return unread(chat);
    }

    /**
     * Cuts every bot made so far off the emulator, as a killed process would be. (The emulator marks an update read
     * when it hands it out, where Telegram would hand it out again until a later poll confirms it.)
     */
    synchronized void retireBots() throws InterruptedException {
        bots.forEach(b -> b.set(true));
        awaitNoPoll();
    }

    /** After a bot stopped: waits until its last poll has come back, so no update is taken by a stopped bot. */
    synchronized void awaitNoPoll() throws InterruptedException {
        while (inFlight > 0) {
            wait(1000);
        }
    }

    synchronized void awaitIdle() throws InterruptedException {
        long target = emptyPolls + 2;
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (emptyPolls < target) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new IllegalStateException("the bot did not poll the emulator again (is it running?)");
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    /** The bot's message {@code messageId} as it is now (after edits), from the emulator's history. */
    JsonNode history(int messageId) throws IOException, InterruptedException {
        for (JsonNode u : post("/getUpdatesHistory", Map.of("token", TOKEN)).get("result")) {
            if (u.path("messageId").asInt() == messageId && u.has("message") && u.get("message").has("chat_id")) {
                return u.get("message");
            }
        }
        throw new AssertionError("no bot message " + messageId + " in the emulator");
    }

    private static Map<String, Object> user(long chat) {
        return Map.of("id", chat, "first_name", "Seeker", "is_bot", false);
    }

    private JsonNode post(String path, Object body) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(apiUrl().resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("emulator " + path + ": HTTP " + r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body());
    }

    @Override
    public void close() throws InterruptedException {
        node.destroy();
        node.waitFor();
    }
}
