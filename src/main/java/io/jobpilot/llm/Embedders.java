package io.jobpilot.llm;

import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.ollama.OllamaEmbeddingModel;
import dev.langchain4j.model.openai.OpenAiEmbeddingModel;
import io.jobpilot.config.EmbeddingConfig;
import io.jobpilot.config.LlmConfig;
import io.jobpilot.taxonomy.TextEmbedder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** The embedding model a configuration names ({@code llm.embeddings}): the built-in MiniLM, ONNX files, or an endpoint. */
public final class Embedders {
    static final String OPENAI_DEFAULT = "text-embedding-3-small";
    static final String OLLAMA_DEFAULT = "nomic-embed-text";

    private Embedders() {
    }

    /** Builds the embedder without loading or calling the model (that happens on first use). */
    public static TextEmbedder from(LlmConfig c) {
        EmbeddingConfig e = c.embeddings();
        // no retries: a query waits at most llm.timeout and then searches by words; a failed ingest keeps the old index
        Duration timeout = Duration.ofSeconds(c.timeoutSeconds());
        return switch (e.kind()) {
            case "builtin" -> new MiniLmEmbedder();
            case "onnx" -> {
                Path model = Path.of(e.model());
                Path tokenizer = Path.of(e.tokenizer());
                yield new ModelEmbedder("onnx:" + model.getFileName() + "#" + size(model), false,
                        () -> new OnnxEmbeddingModel(model, tokenizer, PoolingMode.MEAN));
            }
            case "openai" -> {
                String url = c.baseUrl().isEmpty() ? ModelFactory.OPENAI_URL : c.baseUrl();
                if (url.equals(ModelFactory.OPENAI_URL) && c.apiKey().isEmpty()) {
                    throw new IllegalArgumentException("llm.embeddings = 'openai' with " + ModelFactory.OPENAI_URL
                            + " needs the environment variable OPENAI_API_KEY (or set llm.baseUrl to a local server)");
                }
                String name = e.model().isEmpty() ? OPENAI_DEFAULT : e.model();
                String key = c.apiKey().isEmpty() ? "not-needed" : c.apiKey();
                yield new ModelEmbedder("openai:" + name, true, () -> OpenAiEmbeddingModel.builder().baseUrl(url)
                        .apiKey(key).modelName(name).timeout(timeout).maxRetries(0).build());
            }
            case "ollama" -> {
                String url = c.baseUrl().isEmpty() ? ModelFactory.OLLAMA_URL : c.baseUrl();
                String name = e.model().isEmpty() ? OLLAMA_DEFAULT : e.model();
                yield new ModelEmbedder("ollama:" + name, true, () -> OllamaEmbeddingModel.builder().baseUrl(url)
                        .modelName(name).timeout(timeout).maxRetries(0).build());
            }
            default -> throw new IllegalArgumentException("llm.embeddings = '" + e.kind() + "': expected one of "
                    + EmbeddingConfig.KINDS);
        };
    }

    /**
     * The model's id and dimension, for {@code serve --check}: loads an ONNX model (a broken file fails here) and asks
     * an endpoint once (one that is down now is reported, not fatal: queries then search by words until it is back).
     */
    public static String describe(TextEmbedder embedder) {
        try {
            return embedder.model() + " (" + embedder.dimensions() + " dimensions)";
        } catch (ModelEmbedder.EmbeddingFailure f) {
            if (embedder instanceof ModelEmbedder m && m.remote()) {
                return embedder.model() + " (endpoint not reachable now: " + f.getMessage() + ")";
            }
            throw f;
        }
    }

    /** True when this is the built-in MiniLM, whose vectors the shipped occupation title vectors were made with. */
    public static boolean isBuiltin(TextEmbedder embedder) {
        return embedder != null && MiniLmEmbedder.MODEL.equals(embedder.model());
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read the ONNX model file " + file.toAbsolutePath(), ex);
        }
    }
}
