package io.jobpilot.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The checks across the embedding keys: which keys a kind needs, files that must exist, a base URL it shares. */
final class EmbeddingChecks {
    private static final String KIND = ConfigKeys.LLM_EMBEDDINGS.name();
    private static final String MODEL = ConfigKeys.LLM_EMBEDDING_MODEL.name();
    private static final String TOKENIZER = ConfigKeys.LLM_EMBEDDING_TOKENIZER.name();

    private EmbeddingChecks() {
    }

    /** The embedding settings, or null when a problem was added. */
    static EmbeddingConfig read(Map<String, String> values, Map<String, String> origin, boolean hasApiKey,
                                List<String> problems) {
        String kind = values.get(KIND).strip().toLowerCase(Locale.ROOT);
        if (!EmbeddingConfig.KINDS.contains(kind)) {
            return null; // already reported by the key's own check
        }
        String model = values.get(MODEL).strip();
        String tokenizer = values.get(TOKENIZER).strip();
        int before = problems.size();
        switch (kind) {
            case "builtin" -> {
                unused(MODEL, model, kind, values, origin, problems);
                unused(TOKENIZER, tokenizer, kind, values, origin, problems);
            }
            case "onnx" -> {
                file(MODEL, model, "the path of the model's .onnx file", origin, problems);
                file(TOKENIZER, tokenizer, "the path of the model's tokenizer.json", origin, problems);
            }
            default -> {
                unused(TOKENIZER, tokenizer, kind, values, origin, problems);
                if (model.contains(" ")) {
                    problems.add(MODEL + " = '" + model + "' (from " + origin.get(MODEL) + "): expected a model name "
                            + "without spaces (e.g. text-embedding-3-small, nomic-embed-text)");
                }
                if (kind.equals("openai") && values.get(ConfigKeys.LLM_BASE_URL.name()).isBlank() && !hasApiKey) {
                    problems.add(KIND + " = 'openai' (from " + origin.get(KIND) + ") with OpenAI's own endpoint needs "
                            + "the environment variable OPENAI_API_KEY (or set llm.baseUrl to a local server)");
                }
                String provider = values.get(ConfigKeys.LLM_PROVIDER.name()).strip().toLowerCase(Locale.ROOT);
                if (!provider.equals("none") && !provider.equals(kind)) {
                    problems.add(KIND + " = '" + kind + "' (from " + origin.get(KIND) + "): the embedding endpoint uses "
                            + "llm.baseUrl, which belongs to llm.provider = '" + provider + "': expected " + provider
                            + ", builtin or onnx");
                }
            }
        }
        return problems.size() > before ? null : new EmbeddingConfig(kind, model, tokenizer);
    }

    private static void unused(String key, String value, String kind, Map<String, String> values,
                               Map<String, String> origin, List<String> problems) {
        if (!value.isEmpty()) {
            problems.add(key + " = '" + value + "' (from " + origin.get(key) + "): not used with " + KIND + " = '"
                    + kind + "' (from " + origin.get(KIND) + "): leave it empty or choose another " + KIND);
        }
    }

    private static void file(String key, String value, String what, Map<String, String> origin, List<String> problems) {
        if (value.isEmpty()) {
            problems.add(key + ": required with " + KIND + " = 'onnx': expected " + what);
            return;
        }
        Path p = Path.of(value);
        if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
            problems.add(key + " = '" + value + "' (from " + origin.get(key) + "): no readable file at "
                    + p.toAbsolutePath().normalize() + ": expected " + what);
        }
    }
}
