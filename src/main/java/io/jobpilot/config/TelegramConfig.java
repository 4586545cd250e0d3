package io.jobpilot.config;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Telegram settings. The token and the webhook secret come only from the environment ({@code TELEGRAM_BOT_TOKEN},
 * {@code JOBPILOT_TELEGRAM_WEBHOOK_SECRET}); {@link #toString()} never shows them.
 *
 * @param apiUrl        the Bot API base URL: Telegram's, a self-hosted Bot API server's, or a test emulator's
 * @param mode          "polling" (the bot asks Telegram for updates) or "webhook" (Telegram posts them to this server)
 * @param webhookPath   the path of the webhook route on the web server; keep it hard to guess
 * @param token         the bot token, or null when Telegram is not configured
 * @param webhookSecret the secret Telegram sends in X-Telegram-Bot-Api-Secret-Token; required in webhook mode
 */
public record TelegramConfig(URI apiUrl, String mode, String webhookPath, String token, String webhookSecret) {
    /** Telegram's rule for secret_token: 1-256 characters A-Z, a-z, 0-9, _ and -. */
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");

    public static TelegramConfig defaults() {
        return new TelegramConfig(URI.create(ConfigKeys.TELEGRAM_API_URL.defaultValue()),
                ConfigKeys.TELEGRAM_MODE.defaultValue(), ConfigKeys.TELEGRAM_WEBHOOK_PATH.defaultValue(), null, null);
    }

    public TelegramConfig {
        mode = mode.toLowerCase(Locale.ROOT);
        token = token == null || token.isBlank() ? null : token.strip();
        webhookSecret = webhookSecret == null || webhookSecret.isBlank() ? null : webhookSecret.strip();
        if (webhookSecret != null && !SECRET.matcher(webhookSecret).matches()) {
            throw new IllegalArgumentException("JOBPILOT_TELEGRAM_WEBHOOK_SECRET: expected 1 to 256 letters, digits, '_'"
                    + " or '-' (Telegram's rule for secret_token), got " + webhookSecret.length() + " characters");
        }
        if (token != null && "webhook".equals(mode) && webhookSecret == null) {
            throw new IllegalArgumentException("telegram.mode = 'webhook' needs the environment variable"
                    + " JOBPILOT_TELEGRAM_WEBHOOK_SECRET (the secret_token given to setWebhook)");
        }
    }

    public boolean enabled() {
        return token != null;
    }

    public boolean webhook() {
        return "webhook".equals(mode);
    }

    @Override
    public String toString() {
        return "TelegramConfig[apiUrl=" + apiUrl + ", mode=" + mode + ", webhookPath=" + webhookPath
                + ", token=" + (token == null ? "unset" : "set") + ", webhookSecret=" + (webhookSecret == null ? "unset" : "set") + "]";
    }
}
