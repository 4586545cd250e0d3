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
 */
final class FakeOpenAi implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private final Javalin app;
    private int calls;

    FakeOpenAi(Brain brain) {
        app = Javalin.create(c -> c.routes.post("/v1/chat/completions", ctx -> {
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
