package io.jobpilot.llm;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.langchain4j.model.embedding.EmbeddingModel;
import io.jobpilot.taxonomy.TextEmbedder;
import io.jobpilot.taxonomy.VectorFile;

import java.util.function.Supplier;

/**
 * A configured LangChain4j embedding model (ONNX files, an OpenAI-compatible or an Ollama endpoint) behind
 * {@link TextEmbedder}. The model is built on first use (an ONNX model takes seconds to load); vectors are unit-normalised
 * (Lucene's cosine and the taxonomy assume it) and recent ones cached. A failure throws {@link EmbeddingFailure} naming
 * the model, never the text (it may be a seeker's words).
 */
final class ModelEmbedder implements TextEmbedder {
    private final String id;
    private final boolean remote;
    private final Supplier<EmbeddingModel> factory;
    private volatile EmbeddingModel model;
    private volatile int dims = -1;
    private final Cache<String, float[]> cache = Caffeine.newBuilder().maximumSize(20_000).build();

    /** {@code id} names the kind and the model, e.g. {@code onnx:model.onnx#90387606} or {@code openai:text-embedding-3-small}. */
    ModelEmbedder(String id, boolean remote, Supplier<EmbeddingModel> factory) {
        this.id = id;
        this.remote = remote;
        this.factory = factory;
    }

    /** The model could not embed a text (endpoint down, timeout, unreadable model files). */
    static final class EmbeddingFailure extends IllegalStateException {
        EmbeddingFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @Override
    public float[] embed(String text) {
        return cache.get(text, this::compute).clone();
    }

    private float[] compute(String text) {
        float[] v;
        try {
            v = loaded().embed(text).content().vector();
        } catch (RuntimeException e) {
            throw new EmbeddingFailure("embedding model " + id + " failed: " + e.getMessage(), e);
        }
        int known = dims;
        if (known > 0 && v.length != known) {
            throw new EmbeddingFailure("embedding model " + id + " returned " + v.length + " dimensions, earlier "
                    + known + ": one model must always give the same size", null);
        }
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        if (!(norm > 0) || Double.isInfinite(norm)) {
            throw new EmbeddingFailure("embedding model " + id + " returned a zero or invalid vector", null);
        }
        dims = v.length;
        return VectorFile.normalise(v.clone());
    }

    /** The model's real dimension: an ONNX model or a remote endpoint is asked once (one embedding). */
    @Override
    public int dimensions() {
        if (dims < 0) {
            compute("dimension probe");
        }
        return dims;
    }

    @Override
    public String model() {
        return id;
    }

    /** True for an endpoint over the network (which may be down for a while); false for in-process files. */
    boolean remote() {
        return remote;
    }

    private EmbeddingModel loaded() {
        EmbeddingModel m = model;
        if (m == null) {
            synchronized (this) {
                m = model;
                if (m == null) {
                    m = factory.get();
                    model = m;
                }
            }
        }
        return m;
    }
}
