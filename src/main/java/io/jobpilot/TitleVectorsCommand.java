package io.jobpilot;

import io.jobpilot.config.Config;
import io.jobpilot.config.ConfigLoader;
import io.jobpilot.llm.Embedders;
import io.jobpilot.taxonomy.Taxonomy;
import io.jobpilot.taxonomy.TextEmbedder;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

/** Computes the occupation title vectors for the configured embedding model (issue 6), used from the next start. */
@Command(name = "title-vectors", mixinStandardHelpOptions = true,
        description = {"Embed the English occupation labels with the embedding model of llm.embeddings and keep them under",
                "data.dir/title-vectors, so job titles are also matched by meaning with that model (from the next start).",
                "Not needed for the built-in model, whose vectors are shipped."})
final class TitleVectorsCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Override
    public Integer call() {
        Config config = main != null ? main.config() : ConfigLoader.load(null, System.getenv());
        try (App app = new App(config)) {
            TextEmbedder embedder = app.embedder();
            if (embedder == null) {
                System.out.println("title-vectors: taxonomy.embeddings is false: there is no embedding model to use");
                return 1;
            }
            if (Embedders.isBuiltin(embedder)) {
                System.out.println("title-vectors: the built-in model's title vectors are shipped; nothing to do");
                return 0;
            }
            long t0 = System.nanoTime();
            // the labels come from the taxonomy itself; its own (shipped) vectors are not needed for that
            int n = app.titleVectors().write(Taxonomy.load(Taxonomy.Options.shipped(null)), embedder,
                    Progress.bar("embedding titles"));
            System.out.printf("title-vectors: %d occupations embedded with %s (%d dimensions) in %d s: %s%n", n,
                    embedder.model(), embedder.dimensions(), (System.nanoTime() - t0) / 1_000_000_000L,
                    app.titleVectors().file(embedder.model()));
            System.out.println("title-vectors: used from the next start; the title thresholds were tuned on "
                    + "all-MiniLM-L6-v2, so check title accuracy with `jobpilot eval`");
            return 0;
        }
    }
}
