package io.jobpilot;

import io.jobpilot.llm.MiniLmEmbedder;
import io.jobpilot.taxonomy.build.ExtractGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Maintainers only: regenerates the shipped extracts from the public sources. */
@Command(name = "extract-data", mixinStandardHelpOptions = true,
        description = {"Regenerate the compact taxonomy extracts under src/main/resources/data from the public sources",
                "(ESCO 1.1.1, 한국직업사전, O*NET 29.3). Needed only when the sources or curated files change."})
final class ExtractDataCommand implements Callable<Integer> {
    @Option(names = "--from", defaultValue = "../shared/data", description = "Source data directory (default: ${DEFAULT-VALUE}).")
    Path from;

    @Option(names = "--out", defaultValue = "src/main/resources/data", description = "Output directory (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--no-vectors", description = "Skip embedding the English labels (the slow step, a few minutes).")
    boolean noVectors;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(from)) {
            throw new IllegalArgumentException("source directory " + from + " does not exist");
        }
        new ExtractGenerator(from, out, System.out).run(noVectors ? null : new MiniLmEmbedder());
        io.jobpilot.certification.build.DictionaryCertificates.run(from, out, System.out); // issue 7
        return 0;
    }
}
