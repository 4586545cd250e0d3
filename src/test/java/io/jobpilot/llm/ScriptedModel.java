package io.jobpilot.llm;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A ChatModel that answers from a {@link Brain} and keeps every request it saw. */
final class ScriptedModel implements ChatModel {
    final List<List<Brain.Msg>> requests = new CopyOnWriteArrayList<>();
    private final Brain brain;
    private int calls;

    ScriptedModel(Brain brain) {
        this.brain = brain;
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        List<Brain.Msg> msgs = msgs(request.messages());
        requests.add(msgs);
        Brain.Answer a = brain.answer(msgs);
        if (a.status() != 200) {
            throw new IllegalStateException("scripted HTTP " + a.status());
        }
        AiMessage ai = a.tool() != null ? AiMessage.from(ToolExecutionRequest.builder().id("call_" + (++calls))
                .name(a.tool()).arguments(a.args()).build()) : AiMessage.from(a.text());
        return ChatResponse.builder().aiMessage(ai).tokenUsage(new TokenUsage(100, 20)).build();
    }

    static List<Brain.Msg> msgs(List<ChatMessage> messages) {
        List<Brain.Msg> out = new ArrayList<>();
        for (ChatMessage m : messages) {
            if (m instanceof SystemMessage s) {
                out.add(new Brain.Msg("system", s.text()));
            } else if (m instanceof UserMessage u) {
                out.add(new Brain.Msg("user", u.singleText()));
            } else if (m instanceof AiMessage ai) {
                out.add(new Brain.Msg("assistant", ai.text() == null ? "" : ai.text()));
            } else if (m instanceof ToolExecutionResultMessage t) {
                out.add(new Brain.Msg("tool", t.text()));
            }
        }
        return out;
    }
}
