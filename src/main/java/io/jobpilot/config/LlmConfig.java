package io.jobpilot.config;

/**
 * Which language model the bot may use, if any.
 *
 * @param provider       "none" (the default: offline understanding only), "openai" (any OpenAI-compatible server) or
 *                       "ollama"
 * @param baseUrl        the server's address, or "" for the provider's default
 * @param model          the model name, or "" for the provider's default
 * @param timeoutSeconds the most a turn waits for the model in all, before it answers from the offline path
 * @param apiKey         from the environment variable OPENAI_API_KEY only; never printed or logged
 * @param embeddings     the embedding model; openai and ollama embeddings use {@code baseUrl} and {@code apiKey} too
 */
public record LlmConfig(String provider, String baseUrl, String model, int timeoutSeconds, String apiKey,
                        EmbeddingConfig embeddings) {
    public static final LlmConfig NONE = new LlmConfig("none", "", "", 8, "");

    public LlmConfig {
        baseUrl = baseUrl == null ? "" : baseUrl.strip();
        model = model == null ? "" : model.strip();
        apiKey = apiKey == null ? "" : apiKey.strip();
        embeddings = embeddings == null ? EmbeddingConfig.BUILTIN : embeddings;
    }

    /** With the built-in embedding model. */
    public LlmConfig(String provider, String baseUrl, String model, int timeoutSeconds, String apiKey) {
        this(provider, baseUrl, model, timeoutSeconds, apiKey, EmbeddingConfig.BUILTIN);
    }

    public boolean enabled() {
        return !"none".equals(provider);
    }

    /** The settings as `serve --check` prints them: the key itself is never shown, only whether it is set. */
    @Override
    public String toString() {
        return "provider=" + provider + ", baseUrl=" + (baseUrl.isEmpty() ? "(default)" : baseUrl) + ", model="
                + (model.isEmpty() ? "(default)" : model) + ", timeout=" + timeoutSeconds + "s, OPENAI_API_KEY="
                + (apiKey.isEmpty() ? "not set" : "set") + ", embeddings=" + embeddings;
    }
}
