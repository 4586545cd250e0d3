package io.jobpilot.conversation;

import io.jobpilot.interview.Interview;
import io.jobpilot.matching.Match;

import java.util.List;

/**
 * What the bot answers: texts in order, buttons for choices, and match cards. Channels decide how to draw them.
 *
 * @param lang the language of the texts ("ko" or "en")
 */
public record Reply(List<String> texts, List<Interview.Choice> choices, List<Match> cards, String lang) {
    public static final Reply NONE = new Reply(List.of(), List.of(), List.of(), "en");

    public Reply {
        texts = List.copyOf(texts);
        choices = List.copyOf(choices);
        cards = List.copyOf(cards);
    }
}
