package io.jobpilot.llm;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** Replies phrased by the model reach the seeker only with the template's facts intact. */
class PhrasingTest {
    @TempDir
    Path dir;

    private String experienceReply(UnaryOperator<String> phrase) {
        try (LlmWorld w = new LlmWorld(dir)) {
            Brain brain = m -> {
                String user = Brain.last(m, "user");
                if (user.startsWith("<reply>")) {
                    return Brain.Answer.text(phrase.apply(user.substring(8, user.length() - 9)));
                }
                return Brain.Answer.text(InterviewBrain.EMPTY);
            };
            LlmWorld.Chat c = new LlmWorld.Chat(w.pipeline(w.llm(new ScriptedModel(brain), Duration.ofSeconds(5))), "s");
            for (String s : List.of("hello there, I need a job", "yes", "data analyst")) {
                c.say(s);
            }
            c.say("5 years");
            return c.last.texts().get(0);
        }
    }

    @Test
    void aPhrasingThatKeepsTheFactsIsShown() {
        assertThat(experienceReply(t -> t.replace("Noted", "Great, noted"))).startsWith("Great, noted");
    }

    @Test
    void aPhrasingThatChangesANumberIsDiscardedForTheTemplate() {
        String template = new io.jobpilot.prompts.Templates().render("got.experience", "en", java.util.Map.of("years", 5));
        assertThat(experienceReply(t -> t.replace("5", "6"))).isEqualTo(template);
    }
}
