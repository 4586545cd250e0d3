package io.jobpilot.llm;

import io.jobpilot.App;
import io.jobpilot.config.Config;
import io.jobpilot.config.EmbeddingConfig;
import io.jobpilot.config.LlmConfig;
import io.jobpilot.postings.Posting;
import io.jobpilot.postings.PostingRefresher;
import io.jobpilot.postings.Retrieval;
import io.jobpilot.taxonomy.TextEmbedder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static io.jobpilot.postings.Fixtures.NOW;
import static io.jobpilot.postings.Fixtures.TODAY;
import static io.jobpilot.postings.Fixtures.en;
import static io.jobpilot.postings.Fixtures.feed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The real OpenAiEmbeddingModel against the local fake server: postings and queries embedded over HTTP, and faults. */
class EmbeddingEndpointTest {
    @TempDir
    Path dir;
    private final FakeOpenAi fake = new FakeOpenAi(m -> Brain.Answer.error(500));
    private App app;

    @AfterEach
    void close() {
        if (app != null) {
            app.close();
        }
        fake.close();
    }

    private LlmConfig llm(int timeoutSeconds) {
        return new LlmConfig("none", fake.baseUrl(), "", timeoutSeconds, "",
                new EmbeddingConfig("openai", "text-embedding-3-small", ""));
    }

    private App app(boolean sample, int timeoutSeconds) {
        app = new App(new Config(dir, "127.0.0.1", 0, "warn", true, sample, List.of(), llm(timeoutSeconds)));
        return app;
    }

    private static List<PostingRefresher.SourceBatch> batch(Posting... postings) {
        return List.of(new PostingRefresher.SourceBatch("t", feed(postings), true, false));
    }

    private static List<Posting> postings() {
        return List.of(en("t", "1", "Java Developer").description("Build REST APIs with Java and Spring Boot.").build(NOW),
                en("t", "2", "Registered Nurse").description("Patient care in a city hospital.").build(NOW),
                en("t", "3", "Accountant").description("Ledgers, tax returns and audits.").build(NOW));
    }

    private List<String> search(String text) {
        return app.index().retrieve(new Retrieval(text, "en", List.of(), List.of(), Retrieval.Filters.openOn(TODAY, false), 10))
                .stream().map(c -> c.posting().id()).toList();
    }

    @Test
    void vectorsAreUnitLengthAndTheDimensionAndIdAreTheEndpointsOwn() {
        TextEmbedder e = Embedders.from(llm(5));
        float[] v = e.embed("data analyst");
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        assertThat(norm).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(e.dimensions()).isEqualTo(FakeOpenAi.DIMS);
        assertThat(e.model()).isEqualTo("openai:text-embedding-3-small");
        assertThat(fake.requests).anySatisfy(r -> assertThat(r.path("model").asText()).isEqualTo("text-embedding-3-small"));
        assertThat(Embedders.describe(e)).isEqualTo("openai:text-embedding-3-small (48 dimensions)");
    }

    @Test
    void postingsAndQueriesAreEmbeddedByTheEndpointAndAFailingQueryIsAnsweredByWords() {
        app(false, 5);
        assertThat(app.titleEmbedder()).as("the shipped title vectors are MiniLM's").isNull();
        assertThat(app.refresher().refresh(batch(postings().toArray(Posting[]::new))).embedded()).isEqualTo(3);
        // "ledgers audits" shares words with the accountant posting only through its body
        assertThat(search("ledgers audits")).first().isEqualTo("t:3");
        int calls = fake.embeddingCalls.get();
        fake.embeddingStatus = 500;
        assertThat(search("nurse hospital")).first().isEqualTo("t:2");
        assertThat(fake.embeddingCalls.get()).as("the endpoint was asked and failed").isGreaterThan(calls);
    }

    @Test
    void aQueryTheEndpointDoesNotAnswerInTimeIsAnsweredByWords() {
        app(false, 1);
        app.refresher().refresh(batch(postings().toArray(Posting[]::new)));
        fake.embeddingStatus = 0; // the server hangs until closed: only the client's timeout ends the wait
        assertThat(search("java developer")).first().isEqualTo("t:1");
    }

    @Test
    void anIngestWhoseEmbeddingsFailChangesNothingAndTheIndexKeepsServing() {
        app(false, 5);
        long generation = app.refresher().refresh(batch(postings().get(0), postings().get(1))).generation();
        fake.embeddingStatus = 503;
        assertThatThrownBy(() -> app.refresher().refresh(batch(postings().toArray(Posting[]::new))))
                .hasMessageContaining("generation " + generation + " keeps serving")
                .hasMessageContaining("openai:text-embedding-3-small");
        assertThat(app.index().generation()).isEqualTo(generation);
        assertThat(app.index().size()).isEqualTo(2);
        fake.embeddingStatus = 200;
        assertThat(app.refresher().refresh(batch(postings().toArray(Posting[]::new))).added()).isEqualTo(1);
    }

    @Test
    void titleVectorsComputedForTheEndpointsModelAreUsedAndAFailingEndpointLeavesWords() {
        app(false, 5);
        assertThat(app.titleEmbedder()).isNull();
        // the same vectors the endpoint gives, computed here: 30 000 labels over HTTP would only make the test slow
        TextEmbedder twin = new TextEmbedder() {
            @Override
            public float[] embed(String text) {
                return io.jobpilot.taxonomy.VectorFile.normalise(FakeOpenAi.vector(text));
            }

            @Override
            public int dimensions() {
                return FakeOpenAi.DIMS;
            }

            @Override
            public String model() {
                return "openai:text-embedding-3-small";
            }
        };
        app.titleVectors().write(io.jobpilot.taxonomy.Taxonomy.load(io.jobpilot.taxonomy.Taxonomy.Options.shipped(null)),
                twin, (done, total) -> { });
        assertThat(app.titleEmbedder()).isSameAs(app.embedder());
        var taxonomy = app.taxonomy();
        assertThat(taxonomy.matchesByMeaning()).isTrue();
        int calls = fake.embeddingCalls.get();
        assertThat(taxonomy.normaliseTitle("registered nurse").matches())
                .anySatisfy(m -> assertThat(m.reason()).contains("close in meaning"));
        assertThat(fake.embeddingCalls.get()).as("the title was embedded by the endpoint").isEqualTo(calls + 1);
        fake.embeddingStatus = 500;
        var down = taxonomy.normaliseTitle("staff nurse");
        assertThat(down.matches()).isNotEmpty().noneSatisfy(m -> assertThat(m.reason()).contains("close in meaning"));
    }

    @Test
    void theBotStartsWithAnEmptyIndexWhenTheEndpointIsDownAtFirstStart() {
        fake.embeddingStatus = 500;
        assertThat(app(true, 5).index().size()).isZero();
        fake.embeddingStatus = 200;
        app.close();
        // the next start indexes the shipped sample with the endpoint's vectors
        assertThat(app(true, 5).index().size()).isPositive();
    }
}
