package io.jobpilot.taxonomy;

import io.jobpilot.postings.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Title vectors computed for another embedding model, kept under the data directory and used by the taxonomy. */
class TitleVectorCacheTest {
    @TempDir
    Path data;

    private static boolean byMeaning(TitleResult r) {
        return r.matches().stream().anyMatch(m -> m.reason().contains("close in meaning"));
    }

    @Test
    void vectorsComputedForAModelAreUsedWithItAndAFailingModelLeavesWordsAndAliases() throws java.io.IOException {
        Fixtures.CountingEmbedder model = new Fixtures.CountingEmbedder();
        TitleVectorCache cache = new TitleVectorCache(data);
        assertThat(cache.has(model)).isFalse();
        List<Integer> progress = new ArrayList<>();
        int n = cache.write(SharedTaxonomy.offline(), model, (done, total) -> progress.add(done));
        assertThat(n).isGreaterThan(3000);
        assertThat(progress).last().isEqualTo(n);
        assertThat(cache.has(model)).isTrue();
        assertThat(cache.file(model.model())).startsWith(data.resolve("title-vectors"));
        try (var files = Files.list(cache.file(model.model()).getParent())) {
            assertThat(files).as("no temporary file left").hasSize(1);
        }

        Taxonomy taxonomy = Taxonomy.load(cache.options(model));
        assertThat(taxonomy.matchesByMeaning()).isTrue();
        assertThat(byMeaning(taxonomy.normaliseTitle("registered nurse"))).isTrue();

        model.fail = true; // e.g. an endpoint that is down: the title is matched by words and aliases alone
        TitleResult down = taxonomy.normaliseTitle("registered nurse");
        assertThat(down.matches()).isNotEmpty().isEqualTo(SharedTaxonomy.offline().normaliseTitle("registered nurse").matches());
        assertThat(byMeaning(down)).isFalse();
    }
}
