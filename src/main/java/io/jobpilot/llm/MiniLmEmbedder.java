package io.jobpilot.llm;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import io.jobpilot.taxonomy.TextEmbedder;

/**
 * LangChain4j's in-process all-MiniLM-L6-v2 (English only, 384 dimensions). The model loads on first use (about 2 s),
 * and recent texts are cached so a repeated lookup costs no inference.
 */
public final class MiniLmEmbedder implements TextEmbedder {
    public static final String MODEL = "all-MiniLM-L6-v2";
    private volatile EmbeddingModel model;
    private final Cache<String, float[]> cache = Caffeine.newBuilder().maximumSize(20_000).build();

    @Override
    public float[] embed(String text) {
        return cache.get(text, t -> loaded().embed(t).content().vector());
    }

    /** Loads the model now rather than on the first lookup. */
    public MiniLmEmbedder warmUp() {
        loaded();
        return this;
    }

    private EmbeddingModel loaded() {
        EmbeddingModel m = model;
        if (m == null) {
            synchronized (this) {
                m = model;
                if (m == null) {
                    m = new AllMiniLmL6V2EmbeddingModel();
                    model = m;
                }
            }
        }
        return m;
    }

    @Override
    public int dimensions() {
        return 384;
    }

    @Override
    public String model() {
        return MODEL;
    }
}
