package io.jobpilot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code jobpilot path --profile FILE [--json]}. */
class PathCommandTest {
    @RegisterExtension
    final CapturedOutput io = new CapturedOutput();

    private static Path config(Path dir) throws Exception {
        Path cfg = dir.resolve("c.yaml");
        Files.writeString(cfg, "data:\n  dir: " + dir.resolve("data") + "\ntaxonomy:\n  embeddings: false\n"
                + "postings:\n  sample: false\n");
        return cfg;
    }

    @Test
    void anEmptyIndexGivesAPlanThatSaysThereAreNoPostingsInJsonAndText(@TempDir Path dir) throws Exception {
        Path profile = dir.resolve("me.json");
        Files.writeString(profile, "{\"lang\": \"ko\", \"targets\": [\"데이터 분석가\"], \"skills\": [\"Python\", \"tech:sql\"],"
                + " \"years\": 2, \"aiLevel\": \"L1\", \"certificates\": [\"SQLD\"]}");
        assertThat(Main.run("--config", config(dir).toString(), "path", "--profile", profile.toString(), "--json")).isZero();
        JsonNode plan = new ObjectMapper().readTree(io.out());
        assertThat(plan.get("verdict").asText()).isEqualTo("NO_POSTINGS");
        assertThat(plan.get("listedNow").asInt()).isZero();
        assertThat(plan.get("evaluated").asInt()).isGreaterThan(20);
        io.reset();
        assertThat(Main.run("--config", config(dir).toString(), "path", "--profile", profile.toString())).isZero();
        assertThat(io.out()).contains("자격증 경로예요").contains("공고가 없어서");
    }

    @Test
    void aBadProfileFileIsNamedWithWhatIsWrong(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"lang\": \"en\", \"skils\": []}");
        assertThat(Main.run("--config", config(dir).toString(), "path", "--profile", bad.toString())).isEqualTo(2);
        assertThat(io.err()).contains("bad.json").contains("unknown field 'skils'");
        Files.writeString(bad, "{\"targets\": [\"data analyst\"], \"aiLevel\": \"L7\"}");
        assertThat(Main.run("--config", config(dir).toString(), "path", "--profile", bad.toString())).isEqualTo(2);
        assertThat(io.err()).contains("aiLevel 'L7'");
        assertThat(Main.run("--config", config(dir).toString(), "path", "--profile", dir.resolve("none.json").toString()))
                .isEqualTo(2);
        assertThat(io.err()).contains("none.json does not exist");
    }
}
