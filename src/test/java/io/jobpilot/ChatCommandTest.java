package io.jobpilot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The terminal channel reads a piped script, one message per line, and ends at the end of input. */
class ChatCommandTest {
    @RegisterExtension
    final CapturedOutput io = new CapturedOutput();

    @Test
    void aPipedKoreanInterviewRunsToTheSummaryAndResumesInTheNextSession(@TempDir Path dir) throws Exception {
        Path cfg = dir.resolve("c.yaml");
        Files.writeString(cfg, "data:\n  dir: " + dir.resolve("data") + "\ntaxonomy:\n  embeddings: false\npostings:\n  sample: false\n");
        InputStream old = System.in;
        try {
            System.setIn(new ByteArrayInputStream("안녕하세요\n네\n간호사\n5년\n".getBytes(StandardCharsets.UTF_8)));
            assertThat(Main.run("--config", cfg.toString(), "chat", "--user", "kim")).isZero();
            assertThat(io.out()).contains("동의하시나요", "기록했어요: 간호사", "경력 5년", "어떤 기술이나 도구");
            io.reset();
            System.setIn(new ByteArrayInputStream("환자 간호, 엑셀\n/profile\n".getBytes(StandardCharsets.UTF_8)));
            assertThat(Main.run("--config", cfg.toString(), "chat", "--user", "kim")).isZero();
            assertThat(io.out()).contains("엑셀").contains("- 경력: 5년");
        } finally {
            System.setIn(old);
        }
    }
}
