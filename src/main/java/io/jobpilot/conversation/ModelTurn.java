package io.jobpilot.conversation;

import io.jobpilot.interview.Interview;
import io.jobpilot.interview.InterviewState;
import io.jobpilot.interview.Step;
import io.jobpilot.prompts.Templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where the model may help a turn that the flow already decided: a free question gets the assistant's answer instead
 * of the offline one, and template replies may be phrased with their facts kept. With {@link Assist#NONE} both return
 * what they were given.
 */
final class ModelTurn {
    /** Templates shown as written: consent and deletion are promises, lists and summaries are read line by line. */
    private static final Set<String> VERBATIM = Set.of("consent.ask", "consent.reask", "consent.declined", "forget.confirm",
            "forget.done", "help", "summary", "profile.show", "jobs.consent");
    private static final Pattern QUESTION = Pattern.compile(".*([?？]|뭐예요|뭔가요|무엇인가요|어떻게|왜|인가요|나요|까요|알려\\s*줘|알려\\s*주세요)\\s*$",
            Pattern.DOTALL);

    private ModelTurn() {
    }

    /**
     * The assistant's answer to a free question: any text after the interview, or a question the current step could
     * not read as an answer (then the step's question is asked again). Only once the seeker agreed to storage, as the
     * conversation with the model is kept.
     */
    static Commands.Result answered(Commands.Result r, InterviewState before, String text, boolean consented,
                                    Assist.Session model, Interview interview) {
        boolean afterInterview = before.step() == Step.DONE && r.state().step() == Step.DONE;
        boolean unreadQuestion = before.step().asksAboutSeeker() && r.state().equals(before)
                && QUESTION.matcher(text.strip()).matches();
        if (!consented || !(afterInterview || unreadQuestion)) {
            return r;
        }
        return model.answer(text).map(answer -> {
            List<String> texts = new ArrayList<>(List.of(answer));
            if (unreadQuestion) {
                texts.addAll(interview.ask(before, r.profile()).replies());
            }
            return new Commands.Result(r.state(), r.profile(),
                    new Reply(texts, r.reply().choices(), r.reply().cards(), r.reply().lang()), r.forget());
        }).orElse(r);
    }

    /** Each template reply phrased by the model, or as rendered when the phrasing changed a fact. */
    static Reply phrased(Reply reply, Templates.Recording rendered, Assist.Session model) {
        List<String> texts = new ArrayList<>();
        for (String text : reply.texts()) {
            texts.add(rendered.of(text).filter(t -> !VERBATIM.contains(t.name())).map(t -> {
                List<String> facts = t.values().values().stream().map(String::valueOf).toList();
                String p = model.phrase(text, facts);
                return p != null && !p.equals(text) && Facts.kept(text, p, facts) ? p.strip() : text;
            }).orElse(text));
        }
        return new Reply(texts, reply.choices(), reply.cards(), reply.lang());
    }
}
