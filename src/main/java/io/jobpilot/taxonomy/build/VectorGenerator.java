package io.jobpilot.taxonomy.build;

import io.jobpilot.data.TsvTable;
import io.jobpilot.taxonomy.TextEmbedder;
import io.jobpilot.taxonomy.VectorFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Embeds the English occupation labels with the configured model: for each occupation one vector for the preferred
 * label and one centroid of all its labels (preferred label counted twice), so a query is compared with both the
 * canonical name and the spread of names people use.
 */
final class VectorGenerator {
    static final String FILE = "occupation_vectors.bin";
    private final Path out;
    private final TextEmbedder embedder;
    private final PrintStream log;

    VectorGenerator(Path out, TextEmbedder embedder, PrintStream log) {
        this.out = out;
        this.embedder = embedder;
        this.log = log;
    }

    void write(List<ExtractGenerator.EscoOccupation> esco) throws IOException {
        List<ExtractGenerator.EscoOccupation> all = new ArrayList<>(esco);
        Path curated = out.resolve("curated/occupations_curated.tsv");
        if (Files.exists(curated)) {
            try (InputStream in = Files.newInputStream(curated)) {
                for (TsvTable.Row r : TsvTable.read(curated.toString(), in).rows()) {
                    all.add(new ExtractGenerator.EscoOccupation(r.required("id"), r.get("isco"), r.required("en"),
                            r.list("aliases_en")));
                }
            }
        }
        long t0 = System.nanoTime();
        List<VectorFile.Entry> entries = Collections.synchronizedList(new ArrayList<>());
        all.parallelStream().forEach(o -> {
            float[] label = embedder.embed(o.label());
            float[] centroid = label.clone();
            for (int i = 0; i < centroid.length; i++) {
                centroid[i] *= 2;
            }
            for (String alt : o.altLabels()) {
                float[] v = embedder.embed(alt);
                for (int i = 0; i < centroid.length; i++) {
                    centroid[i] += v[i];
                }
            }
            entries.add(new VectorFile.Entry(o.id(), "label", label));
            entries.add(new VectorFile.Entry(o.id(), "centroid", VectorFile.normalise(centroid)));
        });
        entries.sort((a, b) -> a.id().equals(b.id()) ? a.kind().compareTo(b.kind()) : a.id().compareTo(b.id()));
        try (OutputStream o = Files.newOutputStream(out.resolve(FILE))) {
            VectorFile.write(o, embedder.model(), embedder.dimensions(), entries);
        }
        log.printf("%s: %d vectors for %d occupations in %d s%n", FILE, entries.size(), all.size(),
                (System.nanoTime() - t0) / 1_000_000_000L);
    }
}
