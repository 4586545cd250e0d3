package io.jobpilot.postings;

import io.jobpilot.taxonomy.Taxonomy;
import io.jobpilot.taxonomy.TextEmbedder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import static io.jobpilot.postings.Fixtures.NOW;
import static io.jobpilot.postings.Fixtures.TODAY;
import static io.jobpilot.postings.Fixtures.en;
import static io.jobpilot.postings.Fixtures.feed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The index holds vectors of one embedding model, and a model that fails never loses what is stored. */
class EmbeddingModelIndexTest {
    private static Taxonomy taxonomy;
    @TempDir
    Path dir;
    private PostingIndex index;

    @BeforeAll
    static void taxonomy() {
        taxonomy = Taxonomy.load(Taxonomy.Options.shipped(null));
    }

    @AfterEach
    void close() {
        if (index != null) {
            index.close();
        }
    }

    /** The counting embedder under another model name: same vectors, but the index must not trust them. */
    private record Renamed(TextEmbedder inner, String model) implements TextEmbedder {
        @Override
        public float[] embed(String text) {
            return inner.embed(text);
        }

        @Override
        public int dimensions() {
            return inner.dimensions();
        }
    }

    private PostingRefresher.Report fill(TextEmbedder embedder) {
        index = PostingIndex.open(dir.resolve("index"), embedder);
        return new PostingRefresher(index, new PostingEnricher(taxonomy), Clock.fixed(NOW, ZoneOffset.UTC))
                .refresh(List.of(new PostingRefresher.SourceBatch("t", feed(
                        en("t", "1", "Java Developer").description("Build REST APIs with Java and Spring Boot.").build(NOW),
                        en("t", "2", "Registered Nurse").description("Patient care in a city hospital.").build(NOW)),
                        true, false)));
    }

    private void reopen(TextEmbedder embedder) {
        index.close();
        index = PostingIndex.open(dir.resolve("index"), embedder);
    }

    @Test
    void anIndexMadeWithAnotherEmbeddingModelIsEmptiedAndOneMadeWithTheSameModelIsKept() {
        TextEmbedder a = new Fixtures.CountingEmbedder();
        TextEmbedder b = new Renamed(new Fixtures.CountingEmbedder(), "model-b");
        assertThat(fill(a).added()).isEqualTo(2);
        reopen(a);
        assertThat(index.size()).isEqualTo(2);
        reopen(b);
        assertThat(index.size()).isZero();
        index.close();
        // refilled with model B's vectors, then kept while B stays configured
        assertThat(fill(b).embedded()).isEqualTo(2);
        reopen(b);
        assertThat(index.size()).isEqualTo(2);
        // turning embeddings off (no model) also starts again: postings indexed then carry no vectors
        reopen(null);
        assertThat(index.size()).isZero();
    }

    @Test
    void aQueryWhoseEmbeddingFailsIsAnsweredByWordsAlone() {
        Fixtures.CountingEmbedder e = new Fixtures.CountingEmbedder();
        fill(e);
        e.fail = true;
        var found = index.retrieve(new Retrieval("java developer", "en", List.of(), List.of(),
                Retrieval.Filters.openOn(TODAY, false), 10));
        assertThat(found).extracting(c -> c.posting().id()).startsWith("t:1");
    }

    @Test
    void aPostingWhoseEmbeddingFailsStopsTheRefreshAndTheIndexKeepsServing() {
        Fixtures.CountingEmbedder e = new Fixtures.CountingEmbedder();
        long generation = fill(e).generation();
        e.fail = true;
        PostingRefresher refresher = new PostingRefresher(index, new PostingEnricher(taxonomy), Clock.fixed(NOW, ZoneOffset.UTC));
        assertThatThrownBy(() -> refresher.refresh(List.of(new PostingRefresher.SourceBatch("t",
                feed(en("t", "3", "Cloud Engineer").description("AWS").build(NOW)), true, false))))
                .hasMessageContaining("generation " + generation + " keeps serving")
                .hasMessageContaining("t:3").hasMessageContaining("embedding model is down");
        assertThat(index.generation()).isEqualTo(generation);
        assertThat(index.size()).isEqualTo(2);
    }
}
