package io.jobpilot;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.jobpilot.config.Config;
import io.jobpilot.llm.MiniLmEmbedder;
import io.jobpilot.taxonomy.Taxonomy;
import io.jobpilot.taxonomy.TextEmbedder;
import org.slf4j.LoggerFactory;

/** The one composition root: builds every part by hand from the configuration. Tests build the same App. */
public final class App {
    private final Config config;
    private volatile Taxonomy taxonomy;
    private volatile TextEmbedder embedder;

    public App(Config config) {
        this.config = config;
        ((Logger) LoggerFactory.getLogger("io.jobpilot")).setLevel(Level.toLevel(config.logLevel(), Level.WARN));
    }

    public Config config() {
        return config;
    }

    /** The English embedding model, or null when {@code taxonomy.embeddings} is false. */
    public TextEmbedder embedder() {
        if (embedder == null && config.embeddings()) {
            synchronized (this) {
                if (embedder == null) {
                    embedder = new MiniLmEmbedder();
                }
            }
        }
        return embedder;
    }

    public Taxonomy taxonomy() {
        if (taxonomy == null) {
            synchronized (this) {
                if (taxonomy == null) {
                    taxonomy = Taxonomy.load(Taxonomy.Options.shipped(embedder()));
                }
            }
        }
        return taxonomy;
    }
}
