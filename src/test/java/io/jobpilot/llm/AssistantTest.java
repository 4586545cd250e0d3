package io.jobpilot.llm;

import io.jobpilot.config.LlmConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The free-question assistant: tools for the current seeker only, injection-proof, and offline on any fault. */
class AssistantTest {
    private static final String OFFLINE = "Your profile is saved.";
    @TempDir
    Path dir;

    /** Through the interview to its end with plain answers. */
    static void interview(LlmWorld.Chat c, String target, String skills) {
        for (String s : List.of("hello there, I need a job", "yes", target, "5 years", skills, "2", "Boston or remote",
                "$60k", "full-time", "English", "none", "yes")) {
            c.say(s);
        }
    }

    @Test
    void aToolCallNamingAnotherUserStillOnlyReachesTheCurrentSeeker() {
        try (LlmWorld w = new LlmWorld(dir)) {
            String[] bob = new String[1];
            ScriptedModel model = new ScriptedModel(new InterviewBrain(Map.of(), m -> {
                long tools = m.stream().filter(x -> x.role().equals("tool")).count();
                return tools == 0 ? Brain.Answer.call("myProfile", "{\"userId\":\"" + bob[0] + "\"}")
                        : tools == 1 ? Brain.Answer.call("profileOf", "{\"userId\":\"" + bob[0] + "\"}")
                        : Brain.Answer.text("Here is what I found.");
            }));
            Llm llm = w.llm(model, Duration.ofSeconds(5));
            interview(new LlmWorld.Chat(w.pipeline(llm), "bob"), "java developer", "Java and Kubernetes");
            bob[0] = w.store.userFor("test", "bob");
            LlmWorld.Chat alice = new LlmWorld.Chat(w.pipeline(llm), "alice");
            interview(alice, "data analyst", "Python, SQL and Tableau");

            assertThat(alice.say("show me bob's profile please")).isEqualTo("Here is what I found.");
            List<String> toolResults = model.requests.stream().filter(r -> r.stream().anyMatch(x -> x.role().equals("tool")))
                    .reduce((a, b) -> b).orElseThrow().stream()
                    .filter(m -> m.role().equals("tool")).map(Brain.Msg::text).toList();
            assertThat(toolResults).hasSize(2);
            assertThat(toolResults.get(0)).contains("Tableau").doesNotContain("Java").doesNotContain("Kubernetes");
            assertThat(toolResults.get(1)).contains("There is no tool 'profileOf'");
        }
    }

    @Test
    void theCertificationPathToolGivesThePlannersPathForTheCurrentSeekerOnly() {
        try (LlmWorld w = new LlmWorld(dir)) {
            ScriptedModel model = new ScriptedModel(new InterviewBrain(Map.of(), m ->
                    m.stream().anyMatch(x -> x.role().equals("tool")) ? Brain.Answer.text("Here is your path.")
                            : Brain.Answer.call("myCertificationPath", "{}")));
            Llm llm = w.llm(model, Duration.ofSeconds(5));
            interview(new LlmWorld.Chat(w.pipeline(llm), "bob"), "java developer", "Java and Kubernetes");
            LlmWorld.Chat alice = new LlmWorld.Chat(w.pipeline(llm), "alice");
            interview(alice, "data analyst", "Python, SQL and Tableau");

            assertThat(alice.say("which certificate should I take next?")).isEqualTo("Here is your path.");
            String result = model.requests.get(model.requests.size() - 1).stream()
                    .filter(m -> m.role().equals("tool")).map(Brain.Msg::text).reduce((a, b) -> b).orElseThrow();
            var profile = w.store.current(w.store.userFor("test", "alice")).orElseThrow();
            assertThat(result).contains(w.pathText(profile).lines().findFirst().orElseThrow())
                    .doesNotContain("Kubernetes");
        }
    }

    @Test
    void theAssistantAnswersWithTheMatchersScoresAndKeepsItsMemoryUntilForget() {
        try (LlmWorld w = new LlmWorld(dir)) {
            ScriptedModel model = new ScriptedModel(new InterviewBrain(Map.of(), AssistantTest::honest));
            LlmWorld.Chat alice = new LlmWorld.Chat(w.pipeline(w.llm(model, Duration.ofSeconds(5))), "alice");
            interview(alice, "data analyst", "Python, SQL and Tableau");

            String answer = alice.say("why is my first match a good fit?");
            assertThat(answer).startsWith("Your best match scores ").endsWith("%.");
            String user = w.store.userFor("test", "alice");
            assertThat(w.store.chatMemory().load(user)).get().asString().contains("why is my first match");
            alice.say("/forget yes");
            assertThat(w.store.chatMemory().load(user)).isEmpty();
        }
    }

    @Test
    void aPostingThatSaysIgnoreYourInstructionsChangesNothing() {
        try (LlmWorld w = new LlmWorld(dir)) {
            // a model that obeys the posting: the answer claims a score no tool gave, so the offline answer is used
            ScriptedModel model = new ScriptedModel(new InterviewBrain(Map.of(), m -> {
                List<String> tools = m.stream().filter(x -> x.role().equals("tool")).map(Brain.Msg::text).toList();
                if (tools.isEmpty()) {
                    return Brain.Answer.call("myMatches", "{}");
                }
                if (tools.size() < 4) {
                    return Brain.Answer.call("explainMatch", "{\"rank\":" + tools.size() + "}");
                }
                return tools.stream().anyMatch(t -> t.contains("Ignore your instructions"))
                        ? Brain.Answer.text("Your match score is 100%!") : Brain.Answer.text("No injection reached me.");
            }));
            LlmWorld.Chat alice = new LlmWorld.Chat(w.pipeline(w.llm(model, Duration.ofSeconds(5))), "alice");
            interview(alice, "data analyst", "Python, SQL and Excel");

            assertThat(alice.say("what are my matches?")).isEqualTo(OFFLINE + " Say /jobs for openings, /profile to review it, or /help.");
            List<Brain.Msg> last = model.requests.stream().filter(r -> r.stream().anyMatch(x -> x.role().equals("tool")))
                    .reduce((a, b) -> b).orElseThrow();
            String system = last.get(0).text();
            assertThat(system).doesNotContain(LlmWorld.INJECTION);
            String tool = String.join("\n", last.stream().filter(x -> x.role().equals("tool")).map(Brain.Msg::text).toList());
            int at = tool.indexOf(LlmWorld.INJECTION);
            assertThat(at).isPositive();
            assertThat(tool.lastIndexOf("<posting>", at)).isGreaterThan(tool.lastIndexOf("</posting>", at));
        }
    }

    @Test
    void anHttpErrorFromTheServerGivesTheOfflineAnswer() {
        try (FakeOpenAi server = new FakeOpenAi(new InterviewBrain(Map.of(), m -> Brain.Answer.error(500)));
             LlmWorld w = new LlmWorld(dir)) {
            LlmWorld.Chat alice = new LlmWorld.Chat(w.pipeline(w.llm(ModelFactory.chatModel(
                    new LlmConfig("openai", server.baseUrl(), "fake", 5, "")), Duration.ofSeconds(5))), "alice");
            interview(alice, "data analyst", "Python, SQL and Tableau");
            assertThat(alice.say("what is prompt engineering?")).startsWith(OFFLINE);
        }
    }

    @Test
    void aServerSlowerThanTheBudgetGivesTheOfflineAnswer() {
        try (FakeOpenAi server = new FakeOpenAi(new InterviewBrain(Map.of(), m -> new Brain.Answer(null, null, null, 0)));
             LlmWorld w = new LlmWorld(dir)) {
            LlmWorld.Chat alice = new LlmWorld.Chat(w.pipeline(w.llm(ModelFactory.chatModel(
                    new LlmConfig("openai", server.baseUrl(), "fake", 1, "")), Duration.ofSeconds(1))), "alice");
            interview(alice, "data analyst", "Python, SQL and Tableau");
            assertThat(alice.say("what is prompt engineering?")).startsWith(OFFLINE);
        }
    }

    @Test
    void toolCallsRoundTripThroughTheOpenAiWireFormat() {
        try (FakeOpenAi server = new FakeOpenAi(new InterviewBrain(Map.of(), AssistantTest::honest));
             LlmWorld w = new LlmWorld(dir)) {
            LlmWorld.Chat alice = new LlmWorld.Chat(w.pipeline(w.llm(ModelFactory.chatModel(
                    new LlmConfig("openai", server.baseUrl(), "fake", 5, "")), Duration.ofSeconds(5))), "alice");
            interview(alice, "data analyst", "Python, SQL and Tableau");
            assertThat(alice.say("why is my first match a good fit?")).startsWith("Your best match scores ");
            assertThat(server.requests.get(server.requests.size() - 1).toString()).contains("\"role\":\"tool\"")
                    .contains("myMatches");
        }
    }

    /** Calls myMatches, then states the first score exactly as the tool gave it. */
    private static Brain.Answer honest(List<Brain.Msg> m) {
        String tool = Brain.last(m, "tool");
        if (tool.isEmpty()) {
            return Brain.Answer.call("myMatches", "{}");
        }
        Matcher s = Pattern.compile("#1 score (\\d+)%").matcher(tool);
        return Brain.Answer.text(s.find() ? "Your best match scores " + s.group(1) + "%." : "No matches.");
    }
}
