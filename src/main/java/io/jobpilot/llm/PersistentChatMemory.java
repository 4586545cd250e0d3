package io.jobpilot.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ChatMessageDeserializer;
import dev.langchain4j.data.message.ChatMessageSerializer;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;

import java.time.Clock;
import java.util.List;

/** LangChain4j's chat memory kept in the store: the memory id is the (pseudonymous) user id. */
final class PersistentChatMemory implements ChatMemoryStore {
    private final ChatHistory history;
    private final Clock clock;

    PersistentChatMemory(ChatHistory history, Clock clock) {
        this.history = history;
        this.clock = clock;
    }

    @Override
    public List<ChatMessage> getMessages(Object memoryId) {
        return history.load(memoryId.toString()).map(ChatMessageDeserializer::messagesFromJson).orElse(List.of());
    }

    @Override
    public void updateMessages(Object memoryId, List<ChatMessage> messages) {
        history.save(memoryId.toString(), ChatMessageSerializer.messagesToJson(messages), clock.instant());
    }

    @Override
    public void deleteMessages(Object memoryId) {
        history.delete(memoryId.toString());
    }
}
