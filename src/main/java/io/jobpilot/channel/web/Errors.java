package io.jobpilot.channel.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.websocket.WsContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one place a failure becomes an answer: {@code {"error": "field: reason"}} with 400 for a bad message, Javalin's
 * own status for its errors, 500 for anything else. The client never sees a stack trace, and the log never sees a
 * message text (personal data) — a bad message is the client's problem and is not logged at all.
 */
final class Errors {
    private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

    private Errors() {
    }

    static void http(Exception e, Context ctx) {
        Answer a = answer(e);
        ctx.status(a.status()).json(a.body());
    }

    /** On the WebSocket the connection stays open: the error is a frame, tied to the message id when it was read. */
    static void ws(Exception e, WsContext ctx) {
        ctx.send(answer(e).body());
    }

    private record Answer(int status, Map<String, Object> body) {
    }

    private static Answer answer(Exception e) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (e instanceof BadMessage bad) {
            if (bad.replyTo() != null) {
                body.put("replyTo", bad.replyTo());
            }
            body.put("error", bad.getMessage());
            return new Answer(400, body);
        }
        if (e instanceof HttpResponseException h) {
            body.put("error", h.getMessage());
            return new Answer(h.getStatus(), body);
        }
        if (e instanceof TurnFailed failed) {
            body.put("replyTo", failed.replyTo());
        }
        // the exception, not the message: message texts are personal data and stay out of the log
        LOG.error("web chat: a turn failed", e instanceof TurnFailed ? e.getCause() : e);
        body.put("error", "internal error: the message was not processed, please send it again");
        return new Answer(500, body);
    }
}
