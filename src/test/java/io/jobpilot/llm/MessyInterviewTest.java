package io.jobpilot.llm;

import dev.langchain4j.model.chat.ChatModel;
import io.jobpilot.config.LlmConfig;
import io.jobpilot.profile.SeekerProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static io.jobpilot.llm.InterviewBrain.item;
import static io.jobpilot.llm.InterviewBrain.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Interviews with messy answers the offline reader cannot read, through a scripted model and through the real
 * OpenAiChatModel against a local server: slots are filled from quotes of the seeker's text, invented skills dropped.
 */
class MessyInterviewTest {
    static final Map<String, String> EN = Map.of(
            "crunch numbers", json(item("data analyst", "data analyst"), "", "null", "null", "null"),
            "about five years", json("", "", item("5", "five years"), "null", "null"),
            "Tableau dashboards", json("", item("Tableau", "Tableau") + "," + item("Kubernetes", "Kubernetes") + ","
                    + item("Python", "I like coffee"), "null", "null", "null"),
            "around Boston", json("", "", "null", item("Boston", "Boston"), item("yes", "remote is fine")));
    static final Map<String, String> KO = Map.of(
            "데이터 쪽", json(item("데이터 분석가", "데이터 분석가"), "", "null", "null", "null"),
            "다섯 해", json("", "", item("5", "다섯 해"), "null", "null"),
            "보고서", json("", item("Python", "파이썬") + "," + item("SQL", "SQL"), "null", "null", "null"),
            "강남", json("", "", "null", item("서울 강남", "서울 강남"), item("yes", "재택도 괜찮아요")));

    @TempDir
    Path dir;

    @Test
    void englishMessyAnswersFillSlotsThroughAScriptedModel() {
        english(new ScriptedModel(new InterviewBrain(EN, m -> Brain.Answer.text("?"))), dir.resolve("a"));
    }

    @Test
    void koreanMessyAnswersFillSlotsThroughAScriptedModel() {
        korean(new ScriptedModel(new InterviewBrain(KO, m -> Brain.Answer.text("?"))), dir.resolve("a"));
    }

    @Test
    void englishInterviewThroughTheOpenAiWireFormat() {
        try (FakeOpenAi server = new FakeOpenAi(new InterviewBrain(EN, m -> Brain.Answer.text("?")))) {
            english(ModelFactory.chatModel(new LlmConfig("openai", server.baseUrl(), "fake", 5, "")), dir.resolve("b"));
            assertThat(server.requests).isNotEmpty();
        }
    }

    @Test
    void koreanInterviewThroughTheOpenAiWireFormat() {
        try (FakeOpenAi server = new FakeOpenAi(new InterviewBrain(KO, m -> Brain.Answer.text("?")))) {
            korean(ModelFactory.chatModel(new LlmConfig("openai", server.baseUrl(), "fake", 5, "")), dir.resolve("b"));
        }
    }

    @Test
    void withoutAModelTheSameMessyAnswerIsAskedAgain() {
        try (LlmWorld w = new LlmWorld(dir)) {
            LlmWorld.Chat c = new LlmWorld.Chat(w.pipeline(Llm.NONE), "s");
            c.say("hello there, I need a job");
            c.say("yes");
            c.say("data analyst");
            c.say("been at it for about five years now, mostly at a bank");
            assertThat(w.store.state(w.store.userFor("test", "s")).orElseThrow()).contains("\"step\":\"EXPERIENCE\"");
        }
    }

    @Test
    void invalidJsonFromTheModelLeavesTheOfflineReading() {
        try (LlmWorld w = new LlmWorld(dir)) {
            ScriptedModel model = new ScriptedModel(new InterviewBrain(Map.of("five", "years: five, {not json"),
                    m -> Brain.Answer.text("?")));
            LlmWorld.Chat c = new LlmWorld.Chat(w.pipeline(w.llm(model, Duration.ofSeconds(5))), "s");
            c.say("hello there, I need a job");
            c.say("yes");
            c.say("data analyst");
            String reply = c.say("been at it for about five years now, mostly at a bank");
            assertThat(w.store.state(w.store.userFor("test", "s")).orElseThrow()).contains("\"step\":\"EXPERIENCE\"");
            assertThat(reply).isNotBlank();
            assertThat(w.store.current(w.store.userFor("test", "s")).orElseThrow().yearsExperience()).isNull();
        }
    }

    private void english(ChatModel model, Path at) {
        try (LlmWorld w = new LlmWorld(at)) {
            LlmWorld.Chat c = new LlmWorld.Chat(w.pipeline(w.llm(model, Duration.ofSeconds(8))), "en");
            c.say("hello there, I need a job");
            c.say("yes");
            c.say("Honestly anything where I crunch numbers, a data analyst gig ideally");
            c.say("been at it for about five years now, mostly at a bank");
            String skills = c.say("I like coffee, and I build Tableau dashboards");
            assertThat(skills).contains("Tableau").doesNotContain("Kubernetes").doesNotContain("Python");
            c.say("2");
            c.say("somewhere around Boston would be ideal, remote is fine too");
            SeekerProfile p = w.store.current(w.store.userFor("test", "en")).orElseThrow();
            assertThat(p.targets()).anyMatch(t -> t.occupationId().equals("esco:2511.3") && t.evidence().equals("data analyst"));
            assertThat(p.yearsExperience()).isEqualTo(5);
            assertThat(p.skills()).anyMatch(s -> s.skillId().equals("tech:tableau") && s.evidence().equals("Tableau"));
            assertThat(p.skills()).noneMatch(s -> s.label().contains("Kubernetes") || s.skillId().equals("tech:python"));
            assertThat(p.location()).isEqualTo("Boston");
            assertThat(p.acceptsRemote()).isTrue();
            assertThat(c.say("skip")).isNotBlank();
        }
    }

    private void korean(ChatModel model, Path at) {
        try (LlmWorld w = new LlmWorld(at)) {
            LlmWorld.Chat c = new LlmWorld.Chat(w.pipeline(w.llm(model, Duration.ofSeconds(8))), "ko");
            c.say("안녕하세요");
            c.say("네");
            c.say("음 그냥 데이터 쪽 일이요, 데이터 분석가 같은 거");
            c.say("은행에서 한 다섯 해 정도 일했어요");
            String skills = c.say("보고서 만들 때 파이썬을 조금 써요");
            assertThat(skills).contains("파이썬");
            c.say("2");
            c.say("서울 강남 쪽이면 좋고 재택도 괜찮아요");
            SeekerProfile p = w.store.current(w.store.userFor("test", "ko")).orElseThrow();
            assertThat(p.targets()).anyMatch(t -> t.occupationId().equals("kr:K000004005"));
            assertThat(p.yearsExperience()).isEqualTo(5);
            assertThat(p.skills()).anyMatch(s -> s.skillId().equals("tech:python") && s.evidence().contains("파이썬"));
            assertThat(p.skills()).noneMatch(s -> s.skillId().equals("tech:sql"));
            assertThat(p.location()).isEqualTo("서울 강남");
            assertThat(p.acceptsRemote()).isTrue();
        }
    }
}
