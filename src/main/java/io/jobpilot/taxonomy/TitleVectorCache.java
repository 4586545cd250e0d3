package io.jobpilot.taxonomy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

/**
 * Occupation title vectors for an embedding model other than the one the shipped vectors were made with: computed once
 * ({@code jobpilot title-vectors}) the way the shipped ones are (a preferred-label vector and a centroid of all English
 * labels, the preferred one counted twice) and kept under the data directory, one folder per model id.
 */
public final class TitleVectorCache {
    /** The name the taxonomy reads title vectors from (the shipped one is data/occupation_vectors.bin). */
    static final String NAME = "occupation_vectors.bin";
    private final Path root;

    /** The cache under {@code dataDir/title-vectors}. */
    public TitleVectorCache(Path dataDir) {
        this.root = dataDir.resolve("title-vectors");
    }

    /** The file for a model: the id made safe for a file name (ids differ in kind, name and, for files, size). */
    public Path file(String modelId) {
        return root.resolve(modelId.replaceAll("[^A-Za-z0-9._#-]", "_").replace('#', '@')).resolve(NAME);
    }

    public boolean has(TextEmbedder embedder) {
        return Files.isRegularFile(file(embedder.model()));
    }

    /** The shipped taxonomy files, with this model's title vectors in place of the shipped ones. */
    public Taxonomy.Options options(TextEmbedder embedder) {
        return new Taxonomy.Options(DataSource.directory(file(embedder.model()).getParent()), embedder, java.util.Set.of());
    }

    /**
     * Embeds the English labels of every occupation of {@code taxonomy} and writes the file (atomically: a run that
     * fails half-way leaves no file). Returns the number of occupations; {@code progress} gets (done, total).
     */
    public int write(Taxonomy taxonomy, TextEmbedder embedder, BiConsumer<Integer, Integer> progress) {
        List<Occupation> english = taxonomy.occupations().stream().filter(o -> !o.labelEn().isEmpty()).toList();
        List<VectorFile.Entry> entries = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger done = new AtomicInteger();
        english.parallelStream().forEach(o -> {
            float[] label = embedder.embed(o.labelEn());
            float[] centroid = label.clone();
            for (int i = 0; i < centroid.length; i++) {
                centroid[i] *= 2;
            }
            for (String alt : o.aliasesEn()) {
                float[] v = embedder.embed(alt);
                for (int i = 0; i < centroid.length; i++) {
                    centroid[i] += v[i];
                }
            }
            entries.add(new VectorFile.Entry(o.id(), "label", label));
            entries.add(new VectorFile.Entry(o.id(), "centroid", VectorFile.normalise(centroid)));
            int n = done.incrementAndGet();
            if (n % 200 == 0) {
                progress.accept(n, english.size());
            }
        });
        entries.sort((a, b) -> a.id().equals(b.id()) ? a.kind().compareTo(b.kind()) : a.id().compareTo(b.id()));
        Path target = file(embedder.model());
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), "vectors", ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    VectorFile.write(out, embedder.model(), embedder.dimensions(), entries);
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
        progress.accept(english.size(), english.size());
        return english.size();
    }
}
