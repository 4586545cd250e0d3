package io.jobpilot.certification;

import io.jobpilot.interview.Interview;
import io.jobpilot.profile.AiLevel;
import io.jobpilot.profile.SeekerProfile;
import io.jobpilot.prompts.Templates;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * /quiz in chat: asks the items of one level one by one, scores each answer by code and explains it, stores every
 * answer (a restart mid-quiz resumes at the next question), and after the last one offers to update the seeker's
 * AI-use level. Passing (at least {@link #PASS} of the items) evidences the level; failing a level the profile
 * already claims evidences the one below. The profile changes only after the seeker says yes.
 */
public final class Quizzes {
    /** Share of right answers that passes a level. */
    static final double PASS = 0.75;
    private final QuizBank bank;
    private final QuizStore store;
    private final Templates templates;

    public Quizzes(QuizBank bank, QuizStore store, Templates templates) {
        this.bank = bank;
        this.store = store;
        this.templates = templates;
    }

    /** /quiz [level|stop]: starts a quiz (default: the seeker's own level), resumes one in progress, or stops it. */
    public QuizTurn command(SeekerProfile p, String lang, String arg, Instant now) {
        Optional<QuizStore.Attempt> open = store.open(p.userId()).filter(a -> !a.finished());
        if (arg.equals("stop") || arg.equals("그만") || arg.equals("중지")) {
            open.ifPresent(a -> store.abandon(a.id(), now));
            return say(p, templates.render(open.isPresent() ? "quiz.stopped" : "quiz.none", lang));
        }
        if (open.isPresent() && arg.isEmpty()) {
            return say(p, templates.render("quiz.resumed", lang) + "\n\n" + question(open.get(), lang));
        }
        Level level;
        try {
            level = arg.isEmpty() ? Level.of(p.aiLevel()).orElse(Level.L1) : Level.parse(arg);
        } catch (IllegalArgumentException e) {
            return say(p, templates.render("quiz.bad_level", lang, Map.of("value", arg)));
        }
        store.open(p.userId()).filter(QuizStore.Attempt::finished)
                .ifPresent(a -> store.resolveOffer(a.id(), QuizStore.Offer.LAPSED, now));
        List<String> ids = bank.items(level).stream().map(QuizItem::id).toList();
        long id = store.start(p.userId(), level, lang, ids, now);
        QuizStore.Attempt a = new QuizStore.Attempt(id, p.userId(), level, lang, ids, List.of(), null, null, null, now, null);
        String name = level.name();
        int count = ids.size();
        return say(p, templates.render("quiz.start", lang, Map.of("level", name, "count", count)) + "\n\n" + question(a, lang));
    }

    /**
     * A message while a quiz is open: an answer, or the reply to a level offer. Empty when no quiz waits for it (or
     * the seeker moved on from an offer), so the conversation handles the message as usual.
     */
    public Optional<QuizTurn> reply(SeekerProfile p, String lang, String text, Instant now) {
        Optional<QuizStore.Attempt> open = store.open(p.userId());
        if (open.isEmpty()) {
            return Optional.empty();
        }
        QuizStore.Attempt a = open.get();
        return a.finished() ? offerReply(p, a, lang, text, now) : Optional.of(answer(p, a, lang, text, now));
    }

    private QuizTurn answer(SeekerProfile p, QuizStore.Attempt a, String lang, String text, Instant now) {
        QuizItem item = current(a);
        if (!item.readable(text)) {
            return say(p, templates.render("quiz.reask", lang) + "\n\n" + question(a, lang));
        }
        boolean right = item.right(text);
        store.answer(a.id(), p.userId(), item.id(), text.strip(), right, now);
        List<Boolean> correct = new ArrayList<>(a.correct());
        correct.add(right);
        String explanation = item.explanation(lang);
        String solution = item.solution(lang);
        List<String> texts = new ArrayList<>();
        texts.add(right ? templates.render("quiz.right", lang, Map.of("explanation", explanation))
                : templates.render("quiz.wrong", lang, Map.of("solution", solution, "explanation", explanation)));
        QuizStore.Attempt next = new QuizStore.Attempt(a.id(), a.userId(), a.level(), a.lang(), a.items(), correct,
                null, null, null, a.startedAt(), null);
        if (correct.size() < a.items().size()) {
            texts.add(question(next, lang));
            return new QuizTurn(texts, List.of(), p);
        }
        return finish(p, next, texts, lang, now);
    }

    private QuizTurn finish(SeekerProfile p, QuizStore.Attempt a, List<String> texts, String lang, Instant now) {
        int score = (int) a.correct().stream().filter(b -> b).count();
        int count = a.items().size();
        boolean passed = score >= Math.ceil(PASS * count);
        AiLevel offered = LevelEvidence.offer(p.aiLevel(), a.level(), passed);
        store.finish(a.id(), score, offered, now);
        String level = a.level().name();
        texts.add(templates.render(passed ? "quiz.passed" : "quiz.failed", lang,
                Map.of("score", score, "count", count, "level", level)));
        if (offered == null) {
            String current = p.aiLevel() == null ? templates.render("path.unknown", lang) : p.aiLevel().name();
            texts.add(templates.render("quiz.keep", lang, Map.of("current", current)));
            return new QuizTurn(texts, List.of(), p);
        }
        String from = p.aiLevel() == null ? templates.render("path.unknown", lang) : p.aiLevel().name();
        String to = offered.name();
        texts.add(templates.render("quiz.offer", lang, Map.of("from", from, "to", to)));
        boolean ko = "ko".equals(lang);
        return new QuizTurn(texts, List.of(new Interview.Choice(ko ? "네" : "Yes", ko ? "네" : "yes"),
                new Interview.Choice(ko ? "아니요" : "No", ko ? "아니요" : "no")), p);
    }

    private Optional<QuizTurn> offerReply(SeekerProfile p, QuizStore.Attempt a, String lang, String text, Instant now) {
        Optional<Boolean> yes = LevelEvidence.yesNo(text);
        if (yes.isEmpty()) {
            store.resolveOffer(a.id(), QuizStore.Offer.LAPSED, now);
            return Optional.empty();
        }
        store.resolveOffer(a.id(), yes.get() ? QuizStore.Offer.ACCEPTED : QuizStore.Offer.DECLINED, now);
        if (!yes.get()) {
            return Optional.of(say(p, templates.render("quiz.not_updated", lang)));
        }
        String level = a.offered().name();
        return Optional.of(new QuizTurn(List.of(templates.render("quiz.updated", lang, Map.of("level", level))),
                List.of(), LevelEvidence.withAiLevel(p, a.offered())));
    }

    private QuizItem current(QuizStore.Attempt a) {
        String id = a.items().get(a.correct().size());
        return bank.item(id).orElseThrow(() -> new IllegalStateException("quiz item " + id + " is no longer in the quiz"));
    }

    private String question(QuizStore.Attempt a, String lang) {
        int n = a.correct().size() + 1;
        int count = a.items().size();
        String question = current(a).shown(lang);
        return templates.render("quiz.question", lang, Map.of("n", n, "count", count, "question", question));
    }

    private static QuizTurn say(SeekerProfile p, String text) {
        return new QuizTurn(List.of(text), List.of(), p);
    }
}
