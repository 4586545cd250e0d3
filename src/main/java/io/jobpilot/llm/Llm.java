package io.jobpilot.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.service.AiServices;
import io.jobpilot.config.LlmConfig;
import io.jobpilot.conversation.Assist;
import io.jobpilot.interview.Understanding;
import io.jobpilot.matching.Matcher;
import io.jobpilot.profile.ProfileStore;
import io.jobpilot.prompts.Templates;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The language model's parts, for the composition root: understanding for the interview, and phrasing and the
 * free-question assistant for the turn. {@link #NONE} when no model is configured: the bot works exactly as offline.
 */
public record Llm(Understanding understanding, Assist assist) {
    public static final Llm NONE = new Llm(Understanding.NONE, Assist.NONE);

    /** What the store and matcher the tools read from; the user is bound per turn, never passed by the model. */
    public record Deps(ProfileStore profiles, Supplier<Matcher> matcher, ChatHistory history, Templates templates,
                       Clock clock, java.util.function.Function<io.jobpilot.profile.SeekerProfile, String> certificationPath) {
        /** Without certification paths: the assistant then has no path tool. */
        public Deps(ProfileStore profiles, Supplier<Matcher> matcher, ChatHistory history, Templates templates, Clock clock) {
            this(profiles, matcher, history, templates, clock, null);
        }
    }

    /** The parts for a configuration; {@link #NONE} for provider none. */
    public static Llm from(LlmConfig config, Deps deps) {
        if (!config.enabled()) {
            return NONE;
        }
        return with(ModelFactory.chatModel(config), Duration.ofSeconds(config.timeoutSeconds()), deps);
    }

    /** Builds the configured model without calling it: a configuration that cannot work fails here, saying why. */
    public static void check(LlmConfig config) {
        if (config.enabled()) {
            ModelFactory.chatModel(config);
        }
    }

    /** The parts around any chat model (tests give a scripted one). */
    public static Llm with(ChatModel model, Duration perTurn, Deps deps) {
        Budget budget = new Budget(perTurn);
        Extractor extractor = AiServices.builder(Extractor.class).chatModel(model).build();
        return new Llm(new ModelUnderstanding(extractor, deps.templates(), budget),
                new ModelAssist(model, deps.templates(), budget, new PersistentChatMemory(deps.history(), deps.clock()),
                        deps.profiles(), deps.matcher(), deps.certificationPath()));
    }
}
