package io.jobpilot.taxonomy;

import io.jobpilot.llm.MiniLmEmbedder;

/** One taxonomy per test JVM: loading takes about a second, the embedding model two. */
final class SharedTaxonomy {
    private static Taxonomy withMeaning;
    private static Taxonomy offline;

    private SharedTaxonomy() {
    }

    static synchronized Taxonomy withEmbeddings() {
        if (withMeaning == null) {
            withMeaning = Taxonomy.load(Taxonomy.Options.shipped(new MiniLmEmbedder()));
        }
        return withMeaning;
    }

    static synchronized Taxonomy offline() {
        if (offline == null) {
            offline = Taxonomy.load(Taxonomy.Options.shipped(null));
        }
        return offline;
    }
}
