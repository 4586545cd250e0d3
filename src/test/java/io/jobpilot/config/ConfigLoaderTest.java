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

    private Path write(String yaml) throws IOException {
        Path f = dir.resolve("jobpilot.yaml");
        Files.writeString(f, yaml);
        return f;
    }
}
