package io.jobpilot.llm;

import dev.langchain4j.service.Result;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;

import java.util.List;

/** The AI service that reads slots from a seeker's answer (a record, parsed from the model's JSON). */
interface Extractor {
    @SystemMessage("{{instructions}}")
    @UserMessage("{{data}}")
    Result<Extraction> extract(@V("instructions") String instructions, @V("data") String data);

    /** What the model read; every item quotes the seeker. */
    record Extraction(List<Item> roles, List<Item> skills, Item years, Item location, Item remote) {
    }

    /** A value and the seeker's words it was read from. */
    record Item(String value, String quote) {
    }
}
