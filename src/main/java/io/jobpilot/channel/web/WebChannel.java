package io.jobpilot.channel.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.jobpilot.conversation.TurnPipeline;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The web chat: the page at {@code /}, its turns over the WebSocket {@code /ws} or {@code POST /api/messages} (same
 * JSON both ways, see {@link WireMessage} and {@link WireReply}), and {@code GET /health}.
 * The caller starts it: {@code WebChannel.create(app.pipeline()).start(config.httpHost(), config.httpPort())}.
 */
public final class WebChannel {
    /** The page may talk only to this server; scripts and styles come from this server only. */
    private static final String POLICY = "default-src 'self'; connect-src 'self' ws: wss:; img-src 'self' data:; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private WebChannel() {
    }

    /** An unstarted Javalin app serving the chat for {@code pipeline}. */
    public static Javalin create(TurnPipeline pipeline) {
        return create(pipeline, List.of());
    }

    /**
     * An unstarted Javalin app serving the chat, plus the routes other parts add to the same server (a Telegram
     * webhook, the counsellor and business API). Each extension gets the config after the chat's routes are declared.
     */
    public static Javalin create(TurnPipeline pipeline, List<Consumer<JavalinConfig>> extensions) {
        return create(pipeline, extensions, null);
    }

    /**
     * As {@link #create(TurnPipeline, List)}, showing each seeker's waiting notices ({@code notices}; null: none) when
     * the page connects ({@code /ws?clientId=...}) and with the reply to a message.
     */
    public static Javalin create(TurnPipeline pipeline, List<Consumer<JavalinConfig>> extensions, WebNotices notices) {
        ObjectMapper json = new ObjectMapper();
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(json, false));
            config.staticFiles.add(page -> {
                page.hostedPath = "/";
                page.directory = "web";
                page.location = Location.CLASSPATH;
                page.mimeTypes.add("text/html; charset=utf-8", "html");
                page.mimeTypes.add("text/javascript; charset=utf-8", "js");
                page.mimeTypes.add("text/css; charset=utf-8", "css");
                page.headers = Map.of("Content-Security-Policy", POLICY, "X-Content-Type-Options", "nosniff",
                        "Referrer-Policy", "no-referrer", "Cache-Control", "no-cache");
            });
            config.routes.get("/health", ctx -> ctx.json(Map.of("status", "ok")));
            config.routes.post("/api/messages", ctx -> ctx.json(turn(pipeline, json, ctx.body(), notices)));
            config.routes.ws("/ws", ws -> {
                ws.onConnect(ctx -> {
                    ctx.enableAutomaticPings();
                    String client = ctx.queryParam("clientId");
                    if (notices != null && WireMessage.validId(client)) {
                        List<WireReply.Note> waiting = WireReply.Note.of(notices.take(client));
                        if (!waiting.isEmpty()) {
                            ctx.send(new WireReply.Notices(waiting));
                        }
                    }
                });
                ws.onMessage(ctx -> ctx.send(turn(pipeline, json, ctx.message(), notices)));
            });
            extensions.forEach(extension -> extension.accept(config));
            config.routes.exception(Exception.class, Errors::http);
            config.routes.wsException(Exception.class, Errors::ws);
        });
    }

    /** One turn: read the message, let the pipeline answer, put the answer on the wire. */
    private static Object turn(TurnPipeline pipeline, ObjectMapper json, String body, WebNotices notices) {
        WireMessage m = WireMessage.parse(json, body);
        try {
            Object reply = WireReply.of(m.id(), pipeline.handle(m.inbound()));
            return notices != null && reply instanceof WireReply r
                    ? r.withNotices(WireReply.Note.of(notices.take(m.clientId()))) : reply;
        } catch (RuntimeException e) {
            throw new TurnFailed(m.id(), e);
        }
    }
}
