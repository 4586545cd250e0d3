package io.jobpilot.interview;

import io.jobpilot.profile.SeekerProfile;
import io.jobpilot.prompts.Templates;
import io.jobpilot.taxonomy.Taxonomy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The intake flow: consent, then one question per step, a summary the seeker confirms or corrects. A step reads its
 * answer (validate → action → next); an answer that cannot be read is asked again with a hint and the step is kept;
 * "skip" moves on with the slot unknown. Resumable: the state is the step, saved after every turn.
 */
public final class Interview {
    private final StepReader reader;
    private final Templates templates;

    public Interview(Taxonomy taxonomy, Templates templates) {
        this(taxonomy, templates, Understanding.NONE);
    }

    /** @param understanding a language model's reading of free-text answers, checked and merged with the offline one */
    public Interview(Taxonomy taxonomy, Templates templates, Understanding understanding) {
        this.reader = new StepReader(taxonomy, understanding);
        this.templates = templates;
    }

    /**
     * What a turn of the interview decided.
     *
     * @param choices   buttons to offer (label → what pressing it sends)
     * @param completed the seeker just confirmed the summary: show matches now
     */
    public record Outcome(InterviewState state, SeekerProfile profile, List<String> replies, List<Choice> choices,
                          boolean completed) {
    }

    /** A button: what it says and what pressing it sends. */
    public record Choice(String label, String payload) {
    }

    /** The question for the state's step (used on /start and after a restart). */
    public Outcome ask(InterviewState s, SeekerProfile p) {
        List<String> replies = new ArrayList<>();
        replies.add(question(s.step(), s.lang(), p));
        return new Outcome(s, p, replies, choices(s.step(), s.lang()), false);
    }

    public Outcome answer(InterviewState s, SeekerProfile p, String text, Instant now) {
        String lang = s.lang();
        List<String> replies = new ArrayList<>();
        switch (s.step()) {
            case CONSENT -> {
                Optional<Boolean> yes = Answers.yesNo(text);
                if (yes.isEmpty()) {
                    return new Outcome(s, p, List.of(templates.render("consent.reask", lang)), choices(Step.CONSENT, lang), false);
                }
                if (!yes.get()) {
                    return new Outcome(s, p, List.of(templates.render("consent.declined", lang)), List.of(), false);
                }
                SeekerProfile agreed = Profiles.withStoreConsent(p, true, now);
                return next(s, agreed, replies);
            }
            case SUMMARY -> {
                Optional<Boolean> yes = Answers.yesNo(text);
                if (yes.orElse(false)) {
                    replies.add(templates.render("summary.saved", lang));
                    return new Outcome(s.at(Step.DONE), p, replies, List.of(), true);
                }
                Step named = Step.named(text);
                if (named != null) {
                    InterviewState c = s.correcting(named);
                    return new Outcome(c, p, List.of(question(named, lang, p)), choices(named, lang), false);
                }
                return new Outcome(s, p, List.of(question(Step.SUMMARY, lang, p)), choices(Step.SUMMARY, lang), false);
            }
            case DONE -> {
                Step named = Step.named(text);
                if (named != null && text.matches(".*(change|edit|수정|바꾸|변경).*")) {
                    InterviewState c = s.correcting(named);
                    return new Outcome(c, p, List.of(question(named, lang, p)), choices(named, lang), false);
                }
                return new Outcome(s, p, List.of(templates.render("done.free", lang)), List.of(), false);
            }
            default -> {
                if (Answers.isSkip(text)) {
                    replies.add(templates.render("skipped", lang));
                    return next(s, p, replies);
                }
                Optional<StepReader.Read> read = reader.read(s.step(), text, p);
                if (read.isEmpty()) {
                    return new Outcome(s, p, List.of(reask(s.step(), lang, text)), choices(s.step(), lang), false);
                }
                replies.add(templates.render("got." + s.step().key(), lang, read.get().confirm()));
                return next(s, read.get().profile(), replies);
            }
        }
    }

    private Outcome next(InterviewState s, SeekerProfile p, List<String> replies) {
        Step next = s.returnToSummary() ? Step.SUMMARY : s.step().next();
        replies.add(question(next, s.lang(), p));
        return new Outcome(s.at(next), p, replies, choices(next, s.lang()), false);
    }

    private String question(Step step, String lang, SeekerProfile p) {
        return switch (step) {
            case CONSENT -> templates.render("consent.ask", lang);
            case SUMMARY -> templates.render("summary", lang, Map.of("profile", Profiles.describe(Profiles.withLang(p, lang))));
            case DONE -> templates.render("done.free", lang);
            default -> templates.render("ask." + step.key(), lang);
        };
    }

    private String reask(Step step, String lang, String answer) {
        String raw = templates.raw("reask." + step.key(), lang);
        return Templates.slots(raw).contains("answer")
                ? templates.render("reask." + step.key(), lang, Map.of("answer", answer.strip()))
                : templates.render("reask." + step.key(), lang);
    }

    private static List<Choice> choices(Step step, String lang) {
        boolean ko = "ko".equals(lang);
        return switch (step) {
            case CONSENT, SUMMARY -> List.of(new Choice(ko ? "네" : "Yes", ko ? "네" : "yes"),
                    new Choice(ko ? "아니요" : "No", ko ? "아니요" : "no"));
            case AI_USE -> List.of(new Choice("1", "1"), new Choice("2", "2"), new Choice("3", "3"), new Choice("4", "4"),
                    new Choice("5", "5"));
            default -> step.asksAboutSeeker() ? List.of(new Choice(ko ? "건너뛰기" : "Skip", ko ? "건너뛰기" : "skip")) : List.of();
        };
    }
}
