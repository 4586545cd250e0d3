package io.jobpilot.certification;

import io.jobpilot.profile.SeekerProfile;

import java.time.Instant;
import java.util.Optional;

/** What chat needs from this package: the planned path as text, and the quizzes. Built once in {@code App}. */
public final class Certification {
    private final PathPlanner planner;
    private final PlanText text;
    private final Quizzes quizzes;

    public Certification(PathPlanner planner, PlanText text, Quizzes quizzes) {
        this.planner = planner;
        this.text = text;
        this.quizzes = quizzes;
    }

    public PathPlanner planner() {
        return planner;
    }

    /** The path toward the profile's targets, as chat text in the profile's language. */
    public String pathText(SeekerProfile p) {
        return text.render(planner.plan(p));
    }

    public QuizTurn quiz(SeekerProfile p, String lang, String arg, Instant now) {
        return quizzes.command(p, lang, arg, now);
    }

    public Optional<QuizTurn> quizReply(SeekerProfile p, String lang, String text, Instant now) {
        return quizzes.reply(p, lang, text, now);
    }
}
