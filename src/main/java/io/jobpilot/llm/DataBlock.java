package io.jobpilot.llm;

import java.util.regex.Pattern;

/**
 * Seeker and posting text goes to the model as delimited data, never as instructions. Anything in the text that looks
 * like one of our delimiters is removed first, so the text cannot close its block and speak as the system.
 */
final class DataBlock {
    private static final Pattern TAGS = Pattern.compile("(?i)</?\\s*(seeker_text|posting|profile|reply|matches)\\s*>");

    private DataBlock() {
    }

    static String of(String tag, String text) {
        String clean = TAGS.matcher(text == null ? "" : text).replaceAll(" ");
        return "<" + tag + ">\n" + clean + "\n</" + tag + ">";
    }
}
