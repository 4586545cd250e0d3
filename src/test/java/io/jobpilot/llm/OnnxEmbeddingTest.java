package io.jobpilot.llm;

import io.jobpilot.App;
import io.jobpilot.config.ConfigLoader;
import io.jobpilot.postings.Posting;
import io.jobpilot.postings.PostingRefresher;
import io.jobpilot.postings.Retrieval;
import io.jobpilot.taxonomy.TextEmbedder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.jobpilot.postings.Fixtures.NOW;
import static io.jobpilot.postings.Fixtures.TODAY;
import static io.jobpilot.postings.Fixtures.en;
import static io.jobpilot.postings.Fixtures.feed;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A deployer's ONNX model from files: the built-in MiniLM's own files, copied out of its jar, so the vectors can be
 * checked against the built-in embedder and English search by meaning runs through the App.
 */
class OnnxEmbeddingTest {
    @TempDir
    static Path files;
    private static Path model;
    private static Path tokenizer;

    @BeforeAll
    static void copyTheModelFiles() throws IOException {
        model = copy("all-minilm-l6-v2.onnx");
        tokenizer = copy("all-minilm-l6-v2-tokenizer.json");
    }

    private static Path copy(String resource) throws IOException {
        try (InputStream in = OnnxEmbeddingTest.class.getResourceAsStream("/" + resource)) {
            assertThat(in).as(resource + " on the test classpath").isNotNull();
            Path out = files.resolve(resource);
            Files.copy(in, out);
            return out;
        }
    }

    private static App app(Path data) {
        return new App(ConfigLoader.load(null, Map.of("JOBPILOT_DATA_DIR", data.toString(),
                "JOBPILOT_POSTINGS_SAMPLE", "false", "JOBPILOT_LLM_EMBEDDINGS", "onnx",
                "JOBPILOT_LLM_EMBEDDING_MODEL", model.toString(), "JOBPILOT_LLM_EMBEDDING_TOKENIZER", tokenizer.toString())));
    }

    @Test
    void theOnnxModelFromFilesAgreesWithTheBuiltInOne(@TempDir Path data) throws IOException {
        try (App app = app(data)) {
            TextEmbedder onnx = app.embedder();
            assertThat(onnx.model()).isEqualTo("onnx:all-minilm-l6-v2.onnx#" + Files.size(model));
            assertThat(onnx.dimensions()).isEqualTo(384);
            MiniLmEmbedder builtin = new MiniLmEmbedder();
            for (String text : List.of("data analyst", "registered nurse in a city hospital", "Java backend developer")) {
                assertThat(dot(onnx.embed(text), builtin.embed(text))).as(text).isGreaterThan(0.99);
            }
            assertThat(dot(onnx.embed("x"), onnx.embed("x"))).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
        }
    }

    @Test
    void englishSearchFindsAPostingByMeaningAndTitlesFallBackToWords(@TempDir Path data) {
        try (App app = app(data)) {
            app.refresher().refresh(List.of(new PostingRefresher.SourceBatch("t", feed(
                    en("t", "1", "Java Developer").description("Build REST APIs with Java and Spring Boot.").build(NOW),
                    en("t", "2", "Registered Nurse").description("Patient care in a city hospital ward.").build(NOW),
                    en("t", "3", "Accountant").description("Ledgers, tax returns and audits.").build(NOW)), true, false)));
            // no word of the query is in any posting: only the vectors can find the nurse
            List<String> found = app.index().retrieve(new Retrieval("looking after sick people", "en", List.of(),
                    List.of(), Retrieval.Filters.openOn(TODAY, false), 10)).stream().map(c -> c.posting().id()).toList();
            assertThat(found).first().isEqualTo("t:2");
            // the shipped title vectors are the built-in model's: with another model the taxonomy does not use them
            assertThat(app.titleEmbedder()).isNull();
            assertThat(app.taxonomy().matchesByMeaning()).isFalse();
            assertThat(app.taxonomy().normaliseTitle("registered nurse").matches()).isNotEmpty();
        }
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
