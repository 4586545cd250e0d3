package io.jobpilot.llm;

import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.Result;
import dev.langchain4j.service.tool.ToolExecution;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import io.jobpilot.conversation.Assist;
import io.jobpilot.matching.Matcher;
import io.jobpilot.profile.ProfileStore;
import io.jobpilot.prompts.Templates;

import java.util.Collection;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * {@link Assist} through AI services: the free-question assistant (tools for the turn's user, memory in the store) and
 * the phraser. An answer that states a score the tools did not give is discarded for the offline answer.
 */
final class ModelAssist implements Assist {
    private static final int MEMORY = 20;
    private static final int TOOL_CALLS = 6;
    /** Scores as a reader sees them: "82%", "82 %", "82점", "0.82". */
    private static final Pattern SCORE = Pattern.compile("\\d+(?:\\.\\d+)?\\s*(?:%|점)|\\b0\\.\\d+");
    private static final Pattern POSTING = Pattern.compile("(?s)<posting>.*?</posting>");
    private final ChatModel model;
    private final Phraser phraser;
    private final Templates templates;
    private final Budget budget;
    private final ChatMemoryStore memory;
    private final ProfileStore profiles;
    private final Supplier<Matcher> matcher;
    private final java.util.function.Function<io.jobpilot.profile.SeekerProfile, String> certificationPath;

    ModelAssist(ChatModel model, Templates templates, Budget budget, ChatMemoryStore memory, ProfileStore profiles,
                Supplier<Matcher> matcher,
                java.util.function.Function<io.jobpilot.profile.SeekerProfile, String> certificationPath) {
        this.model = model;
        this.phraser = AiServices.builder(Phraser.class).chatModel(model).build();
        this.templates = templates;
        this.budget = budget;
        this.memory = memory;
        this.profiles = profiles;
        this.matcher = matcher;
        this.certificationPath = certificationPath;
    }

    @Override
    public Session open(String userId, String lang) {
        Budget.Turn turn = budget.begin(userId);
        return new Session() {
            @Override
            public String phrase(String text, Collection<String> facts) {
                String instructions = templates.render("llm.phrase", lang);
                return budget.call("phrase", () -> phraser.phrase(instructions, DataBlock.of("reply", text))).orElse(text);
            }

            @Override
            public Optional<String> answer(String question) {
                AssistantService assistant = assistant(certificationPath == null
                        ? new Object[] {new SeekerTools(userId, profiles, matcher)}
                        : new Object[] {new SeekerTools(userId, profiles, matcher),
                                new PathTool(userId, profiles, certificationPath)});
                String instructions = templates.render("llm.assistant", lang);
                return budget.call("assistant", () -> guarded(assistant.answer(userId, instructions,
                        DataBlock.of("seeker_text", question)), question));
            }

            @Override
            public void close() {
                turn.close();
            }
        };
    }

    private AssistantService assistant(Object[] tools) {
        return AiServices.builder(AssistantService.class).chatModel(model).tools(tools)
                .maxSequentialToolsInvocations(TOOL_CALLS)
                .chatMemoryProvider(id -> MessageWindowChatMemory.builder().id(id).maxMessages(MEMORY)
                        .chatMemoryStore(memory).build())
                // a tool the model made up (say, one taking another user's id) gets an error, never data
                .hallucinatedToolNameStrategy(req -> ToolExecutionResultMessage.from(req,
                        "There is no tool '" + req.name() + "'. The tools are myProfile, myMatches, explainMatch"
                                + (certificationPath == null ? "" : " and myCertificationPath") + ";"
                                + " they concern the current seeker only."))
                .build();
    }

    /** The answer, or null (offline) when it states a score that neither the tools nor the seeker gave. */
    private static Result<String> guarded(Result<String> r, String question) {
        // numbers inside posting text do not count: a posting may claim "100% match" to steer the model
        String given = question + " " + String.join(" ", r.toolExecutions().stream()
                .map(t -> POSTING.matcher(t.result()).replaceAll(" ")).toList());
        java.util.regex.Matcher m = SCORE.matcher(r.content() == null ? "" : r.content());
        while (m.find()) {
            String number = m.group().replaceAll("[^0-9.]", "");
            if (!given.contains(number)) {
                return Result.<String>builder().content(null).tokenUsage(r.tokenUsage()).build();
            }
        }
        return r;
    }
}
