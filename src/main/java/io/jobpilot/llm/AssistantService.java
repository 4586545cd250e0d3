package io.jobpilot.llm;

import dev.langchain4j.service.MemoryId;
import dev.langchain4j.service.Result;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;

/** The AI service that answers a seeker's free question, with tools about that seeker and the seeker's chat memory. */
interface AssistantService {
    @SystemMessage("{{instructions}}")
    Result<String> answer(@MemoryId String userId, @V("instructions") String instructions, @UserMessage String question);
}
