package io.jobpilot.conversation;

import io.jobpilot.interview.Interview;
import io.jobpilot.interview.InterviewState;
import io.jobpilot.interview.Profiles;
import io.jobpilot.interview.Step;
import io.jobpilot.matching.Match;
import io.jobpilot.matching.Matcher;
import io.jobpilot.matching.ProfileQueries;
import io.jobpilot.profile.SeekerProfile;
import io.jobpilot.prompts.Templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The slash commands, in both languages (/start or /시작, /jobs or /공고 ...). */
final class Commands {
    private static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("/시작", "/start"),
            Map.entry("/도움말", "/help"), Map.entry("/언어", "/lang"), Map.entry("/프로필", "/profile"),
            Map.entry("/공고", "/jobs"), Map.entry("/일자리", "/jobs"), Map.entry("/삭제", "/forget"),
            Map.entry("/다시", "/restart"), Map.entry("/처음부터", "/restart"),
            Map.entry("/구직공개", "/findable"), Map.entry("/상담사", "/counsellor"), Map.entry("/연락", "/contact"),
            Map.entry("/채용", "/hire"), Map.entry("/경로", "/path"), Map.entry("/자격증", "/path"), Map.entry("/퀴즈", "/quiz"),
            Map.entry("/알림", "/alerts"));
    static final int JOBS = 5;
    private final Interview interview;
    private final java.util.function.Supplier<Matcher> matcher;
    private final Templates templates;
    private final AccessCommands access;
    private final HireCommand hire;
    /** Certification paths and quizzes (issue 7), or null where they are not wired (then /path and /quiz are unknown). */
    private final io.jobpilot.certification.Certification certification;
    private final java.time.Clock clock;
    /** Alerts for new matching openings (issue 8), or null where they are not wired (then /alerts is unknown). */
    private final io.jobpilot.alert.AlertCommand alerts;

    /**
     * @param matcher       asked for only when matches are needed (the index may still be loading at start-up)
     * @param chat          the parts behind /counsellor, /contact and /hire; null for a pipeline without them
     * @param certification the parts behind /path and /quiz; null for a pipeline without them
     */
    Commands(Interview interview, java.util.function.Supplier<Matcher> matcher, Templates templates, ChatAccess chat,
             io.jobpilot.certification.Certification certification, java.time.Clock clock,
             io.jobpilot.alert.AlertCommand alerts) {
        this.alerts = alerts;
        this.certification = certification;
        this.clock = clock;
        this.interview = interview;
        this.matcher = matcher;
        this.templates = templates;
        this.access = new AccessCommands(chat == null ? null : chat.store(), templates, clock);
        this.hire = chat == null ? null : new HireCommand(chat, templates, clock);
    }

    /** What a turn produced. {@code forget}: delete everything about the user instead of storing the turn. */
    record Result(InterviewState state, SeekerProfile profile, Reply reply, boolean forget) {
        static Result of(Interview.Outcome o, Commands c) {
            List<Match> cards = o.completed() ? c.jobs(o.profile()) : List.of();
            List<String> texts = new ArrayList<>(o.replies());
            if (o.completed() && cards.isEmpty()) {
                texts.add(c.templates.render("jobs.none", o.state().lang()));
            }
            List<Interview.Choice> choices = o.choices();
            if (o.completed() && c.certification != null) {
                texts.add(c.templates.render("path.offer", o.state().lang()));
            }
            if (o.completed() && !o.profile().consent().findable()) {
                // the end of the interview is where being found makes sense: offered once, never assumed
                boolean ko = "ko".equals(o.state().lang());
                texts.add(c.templates.render("findable.offer", o.state().lang()));
                choices = List.of(new Interview.Choice(ko ? "공개하기" : "Let businesses find me", "/findable on"),
                        new Interview.Choice(ko ? "지금은 안 할래요" : "Not now", "/findable off"));
            }
            return new Result(o.state(), o.profile(), new Reply(texts, choices, cards, o.state().lang()), false);
        }
    }

    static boolean isCommand(String text) {
        return text.strip().startsWith("/");
    }

    Result run(InterviewState s, SeekerProfile p, String text) {
        String[] parts = text.split("\\s+", 2);
        String cmd = ALIASES.getOrDefault(parts[0].toLowerCase(Locale.ROOT), parts[0].toLowerCase(Locale.ROOT));
        String arg = parts.length > 1 ? parts[1].strip().toLowerCase(Locale.ROOT) : "";
        String raw = parts.length > 1 ? parts[1].strip() : "";
        String lang = s.lang();
        boolean consented = p.consent().storeData();
        return switch (cmd) {
            case "/start" -> {
                InterviewState at = consented ? s : s.at(Step.CONSENT);
                yield from(interview.ask(at, p));
            }
            case "/help" -> say(s, p, templates.render("help", lang));
            case "/lang" -> {
                String to = arg.startsWith("ko") || arg.startsWith("한") ? "ko" : arg.startsWith("en") || arg.startsWith("영") ? "en"
                        : "ko".equals(lang) ? "en" : "ko";
                InterviewState ns = s.inLang(to, true);
                SeekerProfile np = Profiles.withLang(p, to);
                List<String> texts = new ArrayList<>(List.of(templates.render("lang.switched", to)));
                texts.addAll(interview.ask(ns, np).replies());
                yield new Result(ns, np, new Reply(texts, List.of(), List.of(), to), false);
            }
            case "/profile" -> say(s, p, p.version() == 0 && p.targets().isEmpty() && p.skills().isEmpty()
                    ? templates.render("profile.empty", lang)
                    : templates.render("profile.show", lang, Map.of("profile", Profiles.describe(p))));
            case "/jobs" -> {
                if (!consented) {
                    yield say(s, p, templates.render("jobs.consent", lang));
                }
                List<Match> cards = jobs(p);
                String head = cards.isEmpty() ? templates.render("jobs.none", lang)
                        : templates.render("jobs.header", lang, Map.of("count", cards.size()));
                yield new Result(s, p, new Reply(List.of(head), List.of(), cards, lang), false);
            }
            case "/forget" -> {
                if (arg.equals("yes") || arg.equals("네") || arg.equals("예")) {
                    yield new Result(InterviewState.start(lang), SeekerProfile.empty(p.userId(), lang),
                            new Reply(List.of(templates.render("forget.done", lang)), List.of(), List.of(), lang), true);
                }
                yield new Result(s.forgetAsked(true), p, new Reply(List.of(templates.render("forget.confirm", lang)),
                        List.of(new Interview.Choice("ko".equals(lang) ? "삭제" : "Delete", "/forget yes")), List.of(), lang), false);
            }
            case "/restart" -> {
                InterviewState at = consented ? s.at(Step.TARGET) : s.at(Step.CONSENT);
                Interview.Outcome o = interview.ask(at, p);
                List<String> texts = new ArrayList<>(List.of(templates.render("restart.done", lang)));
                texts.addAll(o.replies());
                yield new Result(at, p, new Reply(texts, o.choices(), List.of(), lang), false);
            }
            case "/path" -> certification == null ? unknown(s, p, parts[0]) : !consented
                    ? say(s, p, templates.render("path.consent", lang))
                    : p.targets().isEmpty() ? say(s, p, templates.render("path.no_targets", lang))
                    : say(s, p, certification.pathText(p));
            case "/quiz" -> certification == null ? unknown(s, p, parts[0]) : !consented
                    ? say(s, p, templates.render("quiz.consent", lang))
                    : quiz(s, certification.quiz(p, lang, arg, java.time.Instant.now(clock)));
            case "/findable" -> access.findable(s, p, arg);
            case "/counsellor" -> hire == null ? unknown(s, p, parts[0]) : access.counsellor(s, p, raw);
            case "/contact" -> hire == null ? unknown(s, p, parts[0]) : access.contact(s, p, raw);
            case "/hire" -> hire == null ? unknown(s, p, parts[0]) : hire.run(s, p, raw);
            case "/alerts" -> alerts == null ? unknown(s, p, parts[0]) : answer(s, p, alerts.run(p, raw, lang));
            default -> unknown(s, p, parts[0]);
        };
    }

    /** A message while a quiz waits for an answer (or a level offer for a yes/no); empty: not for the quiz. */
    java.util.Optional<Result> quizReply(InterviewState s, SeekerProfile p, String text) {
        if (certification == null || !p.consent().storeData()) {
            return java.util.Optional.empty();
        }
        return certification.quizReply(p, s.lang(), text, java.time.Instant.now(clock)).map(t -> quiz(s, t));
    }

    private static Result quiz(InterviewState s, io.jobpilot.certification.QuizTurn t) {
        return new Result(s, t.profile(), new Reply(t.texts(), t.choices(), List.of(), s.lang()), false);
    }

    private static Result answer(InterviewState s, SeekerProfile p, io.jobpilot.alert.AlertCommand.Answer a) {
        return new Result(s, p, new Reply(List.of(a.text()), a.choices(), List.of(), s.lang()), false);
    }

    private Result unknown(InterviewState s, SeekerProfile p, String command) {
        return say(s, p, templates.render("command.unknown", s.lang(), Map.of("command", command)));
    }

    private Result from(Interview.Outcome o) {
        return new Result(o.state(), o.profile(), new Reply(o.replies(), o.choices(), List.of(), o.state().lang()), false);
    }

    private static Result say(InterviewState s, SeekerProfile p, String text) {
        return new Result(s, p, new Reply(List.of(text), List.of(), List.of(), s.lang()), false);
    }

    List<Match> jobs(SeekerProfile p) {
        return matcher.get().match(ProfileQueries.from(p), JOBS);
    }
}
