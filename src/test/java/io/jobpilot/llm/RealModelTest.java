package io.jobpilot.llm;

import io.jobpilot.config.ConfigLoader;
import io.jobpilot.config.LlmConfig;
import io.jobpilot.profile.SeekerProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The optional tier against a real model: runs only when OPENAI_API_KEY or JOBPILOT_LLM_BASE_URL is set (with
 * JOBPILOT_LLM_PROVIDER and JOBPILOT_LLM_MODEL as for the bot), and is skipped otherwise, saying so. A real model may
 * read less than the scripted one, so this checks the rules, not the amount: nothing without evidence, nothing broken.
 */
class RealModelTest {
    @TempDir
    Path dir;

    private static LlmConfig configured() {
        Map<String, String> env = new HashMap<>(System.getenv());
        boolean any = env.containsKey("OPENAI_API_KEY") || env.containsKey("JOBPILOT_LLM_BASE_URL");
        String skipped = "real-model tests skipped: set OPENAI_API_KEY or JOBPILOT_LLM_BASE_URL to run them";
        if (!any) {
            System.out.println(skipped);
        }
        assumeTrue(any, skipped);
        env.putIfAbsent("JOBPILOT_LLM_PROVIDER", "openai");
        return ConfigLoader.load(null, env).llm();
    }

    @Test
    void aRealModelReadsAMessyKoreanAnswerAndEverySkillHasTheSeekersWords() {
        LlmConfig config = configured();
        try (LlmWorld w = new LlmWorld(dir)) {
            LlmWorld.Chat c = new LlmWorld.Chat(w.pipeline(w.llm(ModelFactory.chatModel(config),
                    Duration.ofSeconds(config.timeoutSeconds()))), "real");
            c.say("안녕하세요");
            c.say("네");
            c.say("데이터 분석가요");
            c.say("은행에서 한 다섯 해 정도 일했어요");
            String text = "보고서는 엑셀로 만들고, 가끔 파이썬으로 자동화해요. 쿠버네티스는 안 써 봤어요.";
            c.say(text);
            SeekerProfile p = w.store.current(w.store.userFor("test", "real")).orElseThrow();
            assertThat(p.skills()).isNotEmpty().allMatch(s -> text.contains(s.evidence()));
            assertThat(c.say("/profile")).isNotBlank();
        }
    }
}
