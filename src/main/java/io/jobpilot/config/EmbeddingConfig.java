package io.jobpilot.config;

import java.util.List;

/**
 * Which embedding model matches English titles and postings by meaning (only when {@code taxonomy.embeddings} is true).
 *
 * @param kind      "builtin" (the in-process all-MiniLM-L6-v2 shipped in the jar), "onnx" (a BERT-style ONNX model
 *                  from files the deployer supplies), "openai" (an OpenAI-compatible /embeddings endpoint) or "ollama"
 * @param model     onnx: the path of the .onnx file; openai/ollama: the model name, or "" for the default
 * @param tokenizer onnx only: the path of the model's tokenizer.json; "" otherwise
 */
public record EmbeddingConfig(String kind, String model, String tokenizer) {
    public static final List<String> KINDS = List.of("builtin", "onnx", "openai", "ollama");
    public static final EmbeddingConfig BUILTIN = new EmbeddingConfig("builtin", "", "");

    public EmbeddingConfig {
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("embedding model kind '" + kind + "': expected one of " + KINDS);
        }
        model = model == null ? "" : model.strip();
        tokenizer = tokenizer == null ? "" : tokenizer.strip();
    }

    public boolean builtin() {
        return "builtin".equals(kind);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case "builtin" -> "builtin (all-MiniLM-L6-v2, in-process)";
            case "onnx" -> "onnx model=" + model + ", tokenizer=" + tokenizer;
            default -> kind + " model=" + (model.isEmpty() ? "(default)" : model);
        };
    }
}
