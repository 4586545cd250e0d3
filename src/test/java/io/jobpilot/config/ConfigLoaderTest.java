package io.jobpilot.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    @Test
    void defaultsApplyWithoutAFile() {
        Config c = ConfigLoader.load(null, Map.of());
        assertThat(c.dataDir()).isEqualTo(Path.of("./data"));
        assertThat(c.httpPort()).isEqualTo(7070);
        assertThat(c.httpHost()).isEqualTo("127.0.0.1");
        assertThat(c.logLevel()).isEqualTo("warn");
        assertThat(c.embeddings()).isTrue();
    }

    @Test
    void environmentOverridesTheFile() throws IOException {
        Path f = write("data:\n  dir: /srv/jobpilot\nhttp:\n  port: 8080\n");
        Config c = ConfigLoader.load(f, Map.of("JOBPILOT_HTTP_PORT", "9090"));
        assertThat(c.dataDir()).isEqualTo(Path.of("/srv/jobpilot"));
        assertThat(c.httpPort()).isEqualTo(9090);
        assertThat(ConfigLoader.load(f, Map.of("JOBPILOT_DATA_DIR", "/tmp/x")).dataDir()).isEqualTo(Path.of("/tmp/x"));
    }

    @Test
    void everyProblemIsListedWithKeyValueAndWhatIsAllowed() throws IOException {
        Path f = write("http:\n  port: eighty\n  prot: 1\nlog:\n  level: loud\n");
        assertThatThrownBy(() -> ConfigLoader.load(f, Map.of("JOBPILOT_TAXONOMY_EMBEDDINGS", "maybe")))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.problems()).hasSize(4);
                    assertThat(e.getMessage())
                            .contains("http.port = 'eighty'", "a whole number from 0 to 65535")
                            .contains("http.prot: unknown key")
                            .contains("log.level = 'loud'", "[debug, error, info, warn]")
                            .contains("taxonomy.embeddings = 'maybe' (from environment JOBPILOT_TAXONOMY_EMBEDDINGS)");
                });
    }

    @Test
    void brokenYamlIsReportedWithItsLine() throws IOException {
        Path f = write("http:\n  port: [1,\n");
        assertThatThrownBy(() -> ConfigLoader.load(f, Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("not valid YAML");
    }

    @Test
    void outOfRangePortIsRejected() {
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("JOBPILOT_HTTP_PORT", "70000")))
                .hasMessageContaining("http.port = '70000'");
    }

    /** The shipped config/jobpilot.yaml documents exactly the keys the loader knows, each with a comment. */
    @Test
    void shippedConfigFileListsEveryKeyWithAComment() throws IOException {
        Path shipped = Path.of("config/jobpilot.yaml");
        Config c = ConfigLoader.load(shipped, Map.of());
        assertThat(c).isEqualTo(ConfigLoader.load(null, Map.of()));
        String text = Files.readString(shipped);
        Set<String> documented = new TreeSet<>();
        Matcher m = Pattern.compile("Env: (JOBPILOT_[A-Z_]+)").matcher(text);
        while (m.find()) {
            documented.add(m.group(1));
        }
        assertThat(documented).containsExactlyInAnyOrderElementsOf(ConfigLoader.environmentVariables().values());
    }

    @Test
    void theLanguageModelIsConfiguredFromTheEnvironmentAndItsKeyIsNeverShown() {
        Config c = ConfigLoader.load(null, Map.of("JOBPILOT_LLM_PROVIDER", "openai", "JOBPILOT_LLM_BASE_URL",
                "http://127.0.0.1:8000/v1", "JOBPILOT_LLM_MODEL", "qwen2.5", "OPENAI_API_KEY", "sk-secret-123"));
        assertThat(c.llm()).isEqualTo(new LlmConfig("openai", "http://127.0.0.1:8000/v1", "qwen2.5", 8, "sk-secret-123"));
        assertThat(c.llm().toString()).contains("OPENAI_API_KEY=set").doesNotContain("sk-secret");
        assertThat(c.toString()).doesNotContain("sk-secret");
        assertThat(ConfigLoader.load(null, Map.of()).llm().enabled()).isFalse();
    }

    @Test
    void anUnknownProviderOrATimeoutBeyondNineSecondsIsRejectedWithTheValue() {
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("JOBPILOT_LLM_PROVIDER", "gpt")))
                .hasMessageContaining("llm.provider = 'gpt'");
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("JOBPILOT_LLM_TIMEOUT", "30")))
                .hasMessageContaining("llm.timeout = '30'");
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("JOBPILOT_LLM_BASE_URL", "localhost:11434")))
                .hasMessageContaining("llm.baseUrl = 'localhost:11434'");
    }

    private Path write(String yaml) throws IOException {
        Path f = dir.resolve("jobpilot.yaml");
        Files.writeString(f, yaml);
        return f;
    }

    @Test
    void feedsAreReadWithTheirMappingAndHeaders() throws IOException {
        Path f = write("""
                feeds:
                  - name: our-jobs
                    format: csv
                    path: /srv/jobs.csv
                    mapping: {identifier: ref, title: job_title}
                  - name: usajobs
                    format: usajobs
                    url: https://data.usajobs.gov/api/search?Keyword=data
                    headers: {Authorization-Key: USAJOBS_API_KEY}
                    complete: false
                """);
        Config c = ConfigLoader.load(f, Map.of());
        assertThat(c.feeds()).hasSize(2);
        assertThat(c.feeds().get(0).mapping()).containsEntry("title", "job_title");
        assertThat(c.feeds().get(0).complete()).isTrue();
        assertThat(c.feeds().get(1).headers()).containsEntry("Authorization-Key", "USAJOBS_API_KEY");
        assertThat(c.feeds().get(1).complete()).isFalse();
    }

    @Test
    void everyFeedProblemIsListedWithItsPosition() throws IOException {
        Path f = write("""
                feeds:
                  - name: Bad Name
                    format: xml
                    path: a.csv
                    url: https://x
                  - name: ok
                    format: csv
                    path: b.csv
                    colour: red
                  - name: ok
                    format: alio
                    url: ftp://x
                """);
        assertThatThrownBy(() -> ConfigLoader.load(f, Map.of())).isInstanceOfSatisfying(ConfigException.class, e ->
                assertThat(e.getMessage())
                        .contains("feeds[0].name = 'Bad Name'")
                        .contains("feeds[0].format = 'xml'")
                        .contains("feeds[0]: give exactly one of url and path")
                        .contains("feeds[1].colour: unknown key")
                        .contains("feeds[1].mapping: required for csv")
                        .contains("feeds[2].name = 'ok': another feed has this name")
                        .contains("feeds[2].url = 'ftp://x'"));
    }

    @Test
    void feedFormatsAreTheReadersFormats() {
        assertThat(FeedConfig.FORMATS).isEqualTo(io.jobpilot.postings.feed.FeedReaders.FORMATS);
    }
}
