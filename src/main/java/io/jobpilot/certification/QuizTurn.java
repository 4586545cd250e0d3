package io.jobpilot.certification;

import io.jobpilot.interview.Interview;
import io.jobpilot.profile.SeekerProfile;

import java.util.List;

/**
 * What a quiz turn says and does.
 *
 * @param choices buttons to offer
 * @param profile the profile after the turn (changed only when the seeker confirmed a level update)
 */
public record QuizTurn(List<String> texts, List<Interview.Choice> choices, SeekerProfile profile) {
    public QuizTurn {
        texts = List.copyOf(texts);
        choices = List.copyOf(choices);
    }
}
