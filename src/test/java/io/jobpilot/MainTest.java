package io.jobpilot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line as a user runs it: exit codes, help, errors and output. */
class MainTest {
    @RegisterExtension
    final CapturedOutput io = new CapturedOutput();

    @ParameterizedTest
    @ValueSource(strings = {"serve", "chat", "taxonomy", "search", "ingest", "eval", "bench", "extract-data", "path"})
    void everyCommandHasHelp(String command) {
        assertThat(Main.run(command, "--help")).isZero();
        assertThat(io.out()).contains("Usage: jobpilot " + command).contains("--help");
    }

    @Test
    void topLevelHelpListsTheCommands() {
        assertThat(Main.run("--help")).isZero();
        assertThat(io.out()).contains("serve", "taxonomy", "eval", "bench", "extract-data");
    }

    @Test
    void invalidConfigStopsTheStartListingEveryProblem(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "http:\n  port: -1\n  hots: x\ntaxonomy:\n  embeddings: sometimes\n");
        assertThat(Main.run("--config", bad.toString(), "serve", "--check")).isEqualTo(2);
        assertThat(io.err())
                .contains("invalid configuration")
                .contains("http.port = '-1'")
                .contains("http.hots: unknown key")
                .contains("taxonomy.embeddings = 'sometimes'");
    }

    @Test
    void missingConfigFileIsAnError() {
        assertThat(Main.run("--config", "/nonexistent/jobpilot.yaml", "serve", "--check")).isEqualTo(2);
        assertThat(io.err()).contains("/nonexistent/jobpilot.yaml does not exist");
    }

    @Test
    void serveReportsWhatIsConfigured(@TempDir Path dir) throws Exception {
        Path cfg = dir.resolve("c.yaml");
        Files.writeString(cfg, "http:\n  port: 7171\ntaxonomy:\n  embeddings: false\n");
        assertThat(Main.run("--config", cfg.toString(), "serve", "--check")).isZero();
        assertThat(io.out()).contains("127.0.0.1:7171").contains("taxonomy.embeddings false").contains("occupations");
    }

    @Test
    void taxonomyPrintsOccupationsAndSkillsAsJson(@TempDir Path dir) throws Exception {
        Path cfg = dir.resolve("c.yaml");
        Files.writeString(cfg, "taxonomy:\n  embeddings: false\n");
        assertThat(Main.run("--config", cfg.toString(), "taxonomy", "--json", "간호사")).isZero();
        JsonNode json = new ObjectMapper().readTree(io.out());
        assertThat(json.get("occupations").get(0).get("id").asText()).isEqualTo("kr:K000007494");
        assertThat(json.get("unknown").asBoolean()).isFalse();
    }

    @Test
    void taxonomyRejectsEmptyText() {
        assertThat(Main.run("taxonomy", " ")).isEqualTo(2);
        assertThat(io.err()).contains("an empty text cannot be looked up");
    }

    @Test
    void evalPrintsTheDocumentedJsonShape(@TempDir Path dir) throws Exception {
        Path cfg = dir.resolve("c.yaml");
        Files.writeString(cfg, "taxonomy:\n  embeddings: false\n");
        Path res = Path.of("src/test/resources/eval");
        assertThat(Main.run("--config", cfg.toString(), "eval", "--json",
                "--titles-en", res.resolve("titles_en.csv").toString(),
                "--titles-ko", res.resolve("titles_ko.csv").toString(),
                "--skills", res.resolve("skills.csv").toString())).isZero();
        JsonNode json = new ObjectMapper().readTree(io.out());
        assertThat(json.get("titles_en").get("n").asInt()).isEqualTo(5);
        assertThat(json.get("titles_en").get("acc1").asDouble()).isBetween(0.4, 0.8);
        assertThat(json.get("titles_ko").get("n").asInt()).isEqualTo(2);
        assertThat(json.get("skills").get("n").asInt()).isEqualTo(2);
        assertThat(json.get("skills").get("p").asDouble()).isEqualTo(1.0);
        assertThat(json.get("skills").get("r").asDouble()).isEqualTo(0.667);
        assertThat(json.get("baselines").has("titles_en_alias_only")).isTrue();
    }

    @Test
    void evalNamesAMissingFile() {
        assertThat(Main.run("eval", "--titles-en", "/nope.csv")).isEqualTo(2);
        assertThat(io.err()).contains("--titles-en /nope.csv does not exist");
    }
}
