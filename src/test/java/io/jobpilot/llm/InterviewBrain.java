package io.jobpilot.llm;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A model that reads messy interview answers from a table (the part of the seeker's text → the extraction JSON it
 * would return), echoes replies it is asked to phrase, and answers free questions through {@code assistant}.
 */
final class InterviewBrain implements Brain {
    static final String EMPTY = "{\"roles\":[],\"skills\":[],\"years\":null,\"location\":null,\"remote\":null}";
    private final Map<String, String> extractions;
    private final Function<List<Msg>, Answer> assistant;

    InterviewBrain(Map<String, String> extractions, Function<List<Msg>, Answer> assistant) {
        this.extractions = extractions;
        this.assistant = assistant;
    }

    @Override
    public Answer answer(List<Msg> messages) {
        String user = Brain.last(messages, "user");
        if (user.contains("Interview question:")) {
            String text = Brain.seekerText(user);
            return Answer.text(extractions.entrySet().stream().filter(e -> text.contains(e.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElse(EMPTY));
        }
        if (user.startsWith("<reply>")) {
            return Answer.text(user.substring("<reply>\n".length(), user.length() - "\n</reply>".length()));
        }
        return assistant.apply(messages);
    }

    static String json(String roles, String skills, String years, String location, String remote) {
        return "{\"roles\":[" + roles + "],\"skills\":[" + skills + "],\"years\":" + years + ",\"location\":" + location
                + ",\"remote\":" + remote + "}";
    }

    static String item(String value, String quote) {
        return "{\"value\":\"" + value + "\",\"quote\":\"" + quote + "\"}";
    }
}
