package io.jobpilot.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A local server speaking the OpenAI chat-completions wire format (text, tool_calls, HTTP errors), answering from a
 * {@link Brain}. Status 0 from the brain means "hang": the reply waits until {@link #close()}, beyond any timeout.
 * It also serves {@code POST /v1/embeddings}: deterministic vectors where texts sharing words are close (not unit
 * length, as a real server's need not be), or the HTTP status set in {@link #embeddingStatus}.
 */
final class FakeOpenAi implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private final Javalin app;
    private int calls;
    /** 200: embeddings are answered; 0: the reply hangs until {@link #close()}; anything else is sent as that status. */
    volatile int embeddingStatus = 200;
    final java.util.concurrent.atomic.AtomicInteger embeddingCalls = new java.util.concurrent.atomic.AtomicInteger();

    FakeOpenAi(Brain brain) {
        app = Javalin.create(c -> c.routes.post("/v1/embeddings", ctx -> {
            JsonNode req = JSON.readTree(ctx.body());
            requests.add(req);
            embeddingCalls.incrementAndGet();
            if (embeddingStatus == 0) {
                released.await(30, TimeUnit.SECONDS);
                ctx.status(503);
                return;
            }
            if (embeddingStatus != 200) {
                ctx.status(embeddingStatus).contentType("application/json")
                        .result("{\"error\":{\"message\":\"scripted failure\",\"type\":\"server_error\"}}");
                return;
            }
            ctx.contentType("application/json").result(JSON.writeValueAsString(embeddings(req)));
        }).post("/v1/chat/completions", ctx -> {
            JsonNode req = JSON.readTree(ctx.body());
            requests.add(req);
            Brain.Answer a = brain.answer(msgs(req));
            if (a.status() == 0) {
                released.await(30, TimeUnit.SECONDS);
                ctx.status(503);
                return;
            }
            if (a.status() != 200) {
                ctx.status(a.status()).contentType("application/json")
                        .result("{\"error\":{\"message\":\"scripted failure\",\"type\":\"server_error\"}}");
                return;
            }
            ctx.contentType("application/json").result(JSON.writeValueAsString(completion(a, req)));
        })).start("127.0.0.1", 0);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + app.port() + "/v1";
    }

    private ObjectNode completion(Brain.Answer a, JsonNode req) {
        ObjectNode root = JSON.createObjectNode().put("id", "chatcmpl-" + (++calls)).put("object", "chat.completion")
                .put("created", 1_763_888_400L).put("model", req.path("model").asText("fake"));
        ObjectNode choice = root.putArray("choices").addObject().put("index", 0);
        ObjectNode message = choice.putObject("message").put("role", "assistant");
        if (a.tool() != null) {
            message.putNull("content");
            ObjectNode call = message.putArray("tool_calls").addObject().put("id", "call_" + calls).put("type", "function");
            call.putObject("function").put("name", a.tool()).put("arguments", a.args());
            choice.put("finish_reason", "tool_calls");
        } else {
            message.put("content", a.text());
            choice.put("finish_reason", "stop");
        }
        root.putObject("usage").put("prompt_tokens", 120).put("completion_tokens", 30).put("total_tokens", 150);
        return root;
    }

    private static ObjectNode embeddings(JsonNode req) {
        ObjectNode root = JSON.createObjectNode().put("object", "list").put("model", req.path("model").asText());
        var data = root.putArray("data");
        JsonNode input = req.path("input");
        List<String> texts = new ArrayList<>();
        if (input.isArray()) {
            input.forEach(t -> texts.add(t.asText()));
        } else {
            texts.add(input.asText());
        }
        int tokens = 0;
        for (int i = 0; i < texts.size(); i++) {
            ObjectNode item = data.addObject().put("object", "embedding").put("index", i);
            var vector = item.putArray("embedding");
            float[] v = vector(texts.get(i));
            tokens += texts.get(i).split("\\s+").length;
            for (float x : v) {
                vector.add(x);
            }
        }
        root.putObject("usage").put("prompt_tokens", tokens).put("total_tokens", tokens);
        return root;
    }

    /** The fake's embedding of a text: texts sharing words are close; deliberately not of unit length. */
    static float[] vector(String text) {
        float[] v = new float[DIMS];
        for (String w : text.toLowerCase(java.util.Locale.ROOT).split("\\W+")) {
            if (!w.isEmpty()) {
                v[Math.floorMod(w.hashCode(), DIMS)] += 3;
            }
        }
        v[0] += 0.5f;
        return v;
    }

    /** The size of the fake's embeddings. */
    static final int DIMS = 48;

    private static List<Brain.Msg> msgs(JsonNode req) {
        List<Brain.Msg> out = new ArrayList<>();
        for (JsonNode m : req.path("messages")) {
            JsonNode content = m.path("content");
            String text = content.isTextual() ? content.asText() : content.isArray() ? content.path(0).path("text").asText() : "";
            out.add(new Brain.Msg(m.path("role").asText(), text));
        }
        return out;
    }

    @Override
    public void close() {
        released.countDown();
        app.stop();
    }
}
