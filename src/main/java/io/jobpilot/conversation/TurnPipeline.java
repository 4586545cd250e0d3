package io.jobpilot.conversation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jobpilot.interview.Interview;
import io.jobpilot.interview.InterviewState;
import io.jobpilot.matching.Matcher;
import io.jobpilot.profile.ProfileStore;
import io.jobpilot.profile.SeekerProfile;
import io.jobpilot.prompts.Templates;
import io.jobpilot.taxonomy.Text;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The channel-neutral turn, as a table of contents: find the user → skip a message already processed → load state
 * and profile → pick the language → run a command or the interview → store the turn in one transaction → reply.
 * One user's turns run one at a time; different users run in parallel.
 */
public final class TurnPipeline {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ConversationStore conversations;
    private final ProfileStore profiles;
    private final Commands commands;
    private final Interview interview;
    private final Clock clock;
    private final Assist assist;
    private final ConcurrentHashMap<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    public TurnPipeline(ConversationStore conversations, ProfileStore profiles, Interview interview, Matcher matcher,
                        Templates templates, Clock clock) {
        this(conversations, profiles, interview, () -> matcher, templates, clock);
    }

    /** With the matcher built on first use, so a channel can greet while the index is still loading. */
    public TurnPipeline(ConversationStore conversations, ProfileStore profiles, Interview interview,
                        java.util.function.Supplier<Matcher> matcher, Templates templates, Clock clock) {
        this(conversations, profiles, interview, matcher, templates, clock, Assist.NONE, null, null);
    }

    /** With a language model's help for free questions and phrasing ({@link Assist#NONE}: none). */
    public TurnPipeline(ConversationStore conversations, ProfileStore profiles, Interview interview,
                        java.util.function.Supplier<Matcher> matcher, Templates templates, Clock clock, Assist assist) {
        this(conversations, profiles, interview, matcher, templates, clock, assist, null, null);
    }

    /** @param access the parts behind /counsellor, /contact and /hire (null: those commands are unknown here) */
    public TurnPipeline(ConversationStore conversations, ProfileStore profiles, Interview interview,
                        java.util.function.Supplier<Matcher> matcher, Templates templates, Clock clock, ChatAccess access) {
        this(conversations, profiles, interview, matcher, templates, clock, Assist.NONE, access, null);
    }

    /** With certification paths and quizzes (/path, /quiz; issue 7). */
    public TurnPipeline(ConversationStore conversations, ProfileStore profiles, Interview interview,
                        java.util.function.Supplier<Matcher> matcher, Templates templates, Clock clock,
                        io.jobpilot.certification.Certification certification) {
        this(conversations, profiles, interview, matcher, templates, clock, Assist.NONE, null, certification);
    }

    /**
     * Every part: the model's help ({@link Assist#NONE}: none), the access parts behind /counsellor, /contact and
     * /hire, and the certification parts behind /path and /quiz (null: those commands are unknown here).
     */
    public TurnPipeline(ConversationStore conversations, ProfileStore profiles, Interview interview,
                        java.util.function.Supplier<Matcher> matcher, Templates templates, Clock clock, Assist assist,
                        ChatAccess access, io.jobpilot.certification.Certification certification) {
        this(conversations, profiles, interview, matcher, templates, clock, assist, access, certification, null);
    }

    /** Every part and alerts for new matching openings (/alerts; issue 8; null: the command is unknown here). */
    public TurnPipeline(ConversationStore conversations, ProfileStore profiles, Interview interview,
                        java.util.function.Supplier<Matcher> matcher, Templates templates, Clock clock, Assist assist,
                        ChatAccess access, io.jobpilot.certification.Certification certification,
                        io.jobpilot.alert.AlertCommand alerts) {
        this.assist = assist;
        this.conversations = conversations;
        this.profiles = profiles;
        this.interview = interview;
        this.commands = new Commands(interview, matcher, templates, access, certification, clock, alerts);
        this.clock = clock;
    }

    public Reply handle(Inbound in) {
        String userId = conversations.userFor(in.channel(), in.channelUserId());
        ReentrantLock lock = locks.computeIfAbsent(userId, k -> new ReentrantLock());
        lock.lock();
        try (Templates.Recording rendered = Templates.recording()) {
            if (conversations.processed(in.channel(), in.inboundId())) {
                return Reply.NONE;
            }
            java.util.Optional<String> saved = conversations.state(userId);
            boolean firstContact = saved.isEmpty();
            InterviewState state = saved.map(TurnPipeline::parse)
                    .orElseGet(() -> InterviewState.start(Text.hasHangul(in.text()) ? "ko" : "en"));
            SeekerProfile before = profiles.current(userId).orElse(SeekerProfile.empty(userId, state.lang()));
            state = language(state, in.text());
            SeekerProfile profile = before.lang().equals(state.lang()) ? before
                    : io.jobpilot.interview.Profiles.withLang(before, state.lang());
            Commands.Result r;
            Reply reply;
            try (Assist.Session model = assist.open(userId, state.lang())) {
                java.util.Optional<Commands.Result> quiz = Commands.isCommand(in.text()) ? java.util.Optional.empty()
                        : commands.quizReply(state, profile, in.text());
                if (Commands.isCommand(in.text())) {
                    r = commands.run(state, profile, in.text().strip());
                } else if (quiz.isPresent()) {
                    r = quiz.get();
                } else if (firstContact && io.jobpilot.interview.Answers.yesNo(in.text()).isEmpty()) {
                    // a first "hello" is a greeting, not an answer: introduce the bot and ask for consent
                    r = Commands.Result.of(interview.ask(state, profile), commands);
                } else {
                    r = Commands.Result.of(interview.answer(state, profile, in.text(), clock.instant()), commands);
                    r = ModelTurn.answered(r, state, in.text(), profile.consent().storeData(), model, interview);
                }
                if (r.forget()) {
                    conversations.forget(userId);
                    return r.reply();
                }
                reply = ModelTurn.phrased(r.reply(), rendered, model);
            }
            SeekerProfile after = r.profile();
            boolean changed = !after.equals(before) && after.consent().storeData();
            conversations.commit(new ConversationStore.Turn(userId, in.channel(), in.inboundId(), in.text(),
                    reply.texts(), json(r.state()), changed ? after : null, after.consent().storeData(), clock.instant()));
            return reply;
        } finally {
            lock.unlock();
        }
    }

    /** Korean text → Korean; three or more Latin words and no Hangul → English; otherwise keep (or /lang's choice). */
    static InterviewState language(InterviewState s, String text) {
        if (s.langLocked() || Commands.isCommand(text)) {
            return s;
        }
        if (Text.hasHangul(text)) {
            return s.inLang("ko", false);
        }
        long words = Text.tokens(text).stream().filter(t -> t.key().matches("[a-z]{2,}")).count();
        return words >= 3 ? s.inLang("en", false) : s;
    }

    private static String json(InterviewState s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InterviewState parse(String json) {
        try {
            return JSON.readValue(json, InterviewState.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored conversation state is unreadable: " + e.getOriginalMessage(), e);
        }
    }
}
