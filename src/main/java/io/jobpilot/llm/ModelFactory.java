package io.jobpilot.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.jobpilot.config.LlmConfig;

import java.time.Duration;

/** The chat model a configuration names: any OpenAI-compatible server, or Ollama. */
final class ModelFactory {
    static final String OPENAI_URL = "https://api.openai.com/v1";
    static final String OLLAMA_URL = "http://localhost:11434";

    private ModelFactory() {
    }

    static ChatModel chatModel(LlmConfig c) {
        Duration timeout = Duration.ofSeconds(c.timeoutSeconds());
        return switch (c.provider()) {
            case "openai" -> {
                String url = c.baseUrl().isEmpty() ? OPENAI_URL : c.baseUrl();
                if (url.equals(OPENAI_URL) && c.apiKey().isEmpty()) {
                    throw new IllegalArgumentException("llm.provider = 'openai' with " + OPENAI_URL
                            + " needs the environment variable OPENAI_API_KEY (or set llm.baseUrl to a local server)");
                }
                // a local OpenAI-compatible server (vLLM, llama.cpp) needs no key, but the client wants one
                // one retry: a completion has no side effect, and the turn's budget still bounds the wait
                yield OpenAiChatModel.builder().baseUrl(url).apiKey(c.apiKey().isEmpty() ? "not-needed" : c.apiKey())
                        .modelName(c.model().isEmpty() ? "gpt-4o-mini" : c.model()).timeout(timeout).maxRetries(1).build();
            }
            case "ollama" -> OllamaChatModel.builder().baseUrl(c.baseUrl().isEmpty() ? OLLAMA_URL : c.baseUrl())
                    .modelName(c.model().isEmpty() ? "llama3.1" : c.model()).timeout(timeout).maxRetries(1).build();
            default -> throw new IllegalArgumentException("llm.provider = '" + c.provider()
                    + "' has no chat model: expected openai or ollama");
        };
    }
}
