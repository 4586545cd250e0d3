package io.jobpilot.llm;

import dev.langchain4j.service.Result;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;

/** The AI service that rephrases one reply; the conversation checks the facts before using it. */
interface Phraser {
    @SystemMessage("{{instructions}}")
    @UserMessage("{{data}}")
    Result<String> phrase(@V("instructions") String instructions, @V("data") String data);
}
