package io.jobpilot.channel.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.telegram.telegrambots.meta.api.objects.Update;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The webhook route on the web server: Telegram POSTs one update with the secret given to setWebhook in
 * {@code X-Telegram-Bot-Api-Secret-Token}. The turn runs before the answer, so a 200 means the turn is stored;
 * on any failure Telegram delivers the update again and the store skips it if it was stored after all.
 */
final class Webhook implements Consumer<JavalinConfig> {
    static final String HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private final String path;
    private final byte[] secret;
    private final UpdateHandler handler;
    private final ObjectMapper json = new ObjectMapper();

    Webhook(String path, String secret, UpdateHandler handler) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("the webhook needs a secret (JOBPILOT_TELEGRAM_WEBHOOK_SECRET)");
        }
        this.path = path;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.handler = handler;
    }

    @Override
    public void accept(JavalinConfig config) {
        config.routes.post(path, this::receive);
    }

    private void receive(Context ctx) throws InterruptedException {
        String given = ctx.header(HEADER);
        // constant-time: the comparison must not tell an attacker how much of a guess was right
        if (given == null || !MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
            ctx.status(HttpStatus.UNAUTHORIZED).json(Map.of("error", "wrong or missing " + HEADER));
            return;
        }
        Update update;
        try {
            update = json.readValue(ctx.body(), Update.class);
        } catch (JsonProcessingException e) {
            ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("error", "not a Telegram update: " + e.getOriginalMessage()));
            return;
        }
        if (update.getUpdateId() == null) {
            ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("error", "update_id is missing"));
            return;
        }
        handler.handle(update);
        ctx.json(Map.of("ok", true));
    }
}
