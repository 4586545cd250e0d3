package io.jobpilot.config;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/** Every configuration key, its environment variable, default, and how a value is checked. */
final class ConfigKeys {
    /** One key. {@code check} returns null when the value is fine, or what is allowed. */
    record Key(String name, String defaultValue, Function<String, String> check) {
        /** {@code http.port} → {@code JOBPILOT_HTTP_PORT}; {@code llm.baseUrl} → {@code JOBPILOT_LLM_BASE_URL}. */
        String env() {
            return "JOBPILOT_" + name.replaceAll("([a-z])([A-Z])", "$1_$2").replace('.', '_').toUpperCase(Locale.ROOT);
        }
    }

    static final Key DATA_DIR = new Key("data.dir", "./data", v -> v.isBlank() ? "a directory path" : null);
    static final Key HTTP_HOST = new Key("http.host", "127.0.0.1", v -> v.isBlank() || v.contains(" ") ? "a host name or IP address" : null);
    static final Key HTTP_PORT = new Key("http.port", "7070", v -> intIn(v, 0, 65535));
    static final Key LOG_LEVEL = new Key("log.level", "warn", v -> oneOf(v, Set.of("error", "warn", "info", "debug")));
    static final Key EMBEDDINGS = new Key("taxonomy.embeddings", "true", v -> oneOf(v, Set.of("true", "false")));

    static final Key SAMPLE = new Key("postings.sample", "true", v -> oneOf(v, Set.of("true", "false")));

    // issue 6: the language model (the API key is a secret: read from OPENAI_API_KEY only, never from the file)
    static final Key LLM_PROVIDER = new Key("llm.provider", "none", v -> oneOf(v, Set.of("none", "openai", "ollama")));
    static final Key LLM_BASE_URL = new Key("llm.baseUrl", "", v -> v.isBlank() || v.strip().matches("https?://\\S+")
            ? null : "an http:// or https:// address, or empty for the provider's default");
    static final Key LLM_MODEL = new Key("llm.model", "", v -> v.strip().contains(" ") ? "a model name without spaces" : null);
    static final Key LLM_TIMEOUT = new Key("llm.timeout", "8", v -> intIn(v, 1, 9));

    // issue 6: the embedding model (files and kinds are checked together in ConfigLoader)
    static final Key LLM_EMBEDDINGS = new Key("llm.embeddings", "builtin",
            v -> oneOf(v, Set.copyOf(EmbeddingConfig.KINDS)));
    static final Key LLM_EMBEDDING_MODEL = new Key("llm.embeddingModel", "", v -> null);
    static final Key LLM_EMBEDDING_TOKENIZER = new Key("llm.embeddingTokenizer", "", v -> null);

    // issue 8: Telegram (the token and the webhook secret are read from the environment only, see TelegramConfig)
    static final Key TELEGRAM_API_URL = new Key("telegram.apiUrl", "https://api.telegram.org", ConfigKeys::httpUrl);
    static final Key TELEGRAM_MODE = new Key("telegram.mode", "polling", v -> oneOf(v, Set.of("polling", "webhook")));
    static final Key TELEGRAM_WEBHOOK_PATH = new Key("telegram.webhookPath", "/telegram/webhook",
            v -> v.matches("/[A-Za-z0-9/_.-]{1,200}") && !v.startsWith("/api/") && !v.equals("/ws")
                    ? null : "a path like /telegram/<random letters> (not /ws or under /api/)");

    static final List<Key> ALL = List.of(DATA_DIR, HTTP_HOST, HTTP_PORT, LOG_LEVEL, EMBEDDINGS, SAMPLE, LLM_PROVIDER,
            LLM_BASE_URL, LLM_MODEL, LLM_TIMEOUT, LLM_EMBEDDINGS, LLM_EMBEDDING_MODEL, LLM_EMBEDDING_TOKENIZER,
            TELEGRAM_API_URL, TELEGRAM_MODE, TELEGRAM_WEBHOOK_PATH);

    private ConfigKeys() {
    }

    private static String intIn(String v, int min, int max) {
        try {
            int n = Integer.parseInt(v.strip());
            return n >= min && n <= max ? null : "a whole number from " + min + " to " + max;
        } catch (NumberFormatException e) {
            return "a whole number from " + min + " to " + max;
        }
    }

    private static String httpUrl(String v) {
        try {
            java.net.URI u = new java.net.URI(v.strip());
            boolean ok = ("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null
                    && (u.getPath() == null || u.getPath().isEmpty() || u.getPath().equals("/"));
            return ok ? null : "an http(s) URL with a host and no path, like https://api.telegram.org";
        } catch (java.net.URISyntaxException e) {
            return "an http(s) URL with a host and no path, like https://api.telegram.org";
        }
    }

    private static String oneOf(String v, Set<String> allowed) {
        return allowed.contains(v.strip().toLowerCase(Locale.ROOT)) ? null : "one of " + allowed.stream().sorted().toList();
    }
}
