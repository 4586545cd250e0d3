package io.jobpilot.conversation;

import io.jobpilot.access.AuditEntry;
import io.jobpilot.hiring.BriefReader;
import io.jobpilot.hiring.Candidate;
import io.jobpilot.hiring.JobPostings;
import io.jobpilot.hiring.Suggestions;
import io.jobpilot.interview.Interview;
import io.jobpilot.interview.InterviewState;
import io.jobpilot.postings.Posting;
import io.jobpilot.profile.SeekerProfile;
import io.jobpilot.prompts.Templates;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * /hire BRIEF (/채용): a small business writes what it needs in plain words, sees the JobPosting draft, confirms with
 * /hire ok, and gets the best anonymised candidates among seekers who agreed to be found. Each candidate shown is
 * audited. Contacting a candidate goes through the business API, where the business is known by its key.
 */
final class HireCommand {
    static final int SHOWN = 3;
    private final ChatAccess access;
    private final Templates templates;
    private final Clock clock;

    HireCommand(ChatAccess access, Templates templates, Clock clock) {
        this.access = access;
        this.templates = templates;
        this.clock = clock;
    }

    Commands.Result run(InterviewState s, SeekerProfile p, String arg) {
        String lang = s.lang();
        if (!p.consent().storeData()) {
            return say(s, p, List.of(templates.render("findable.consent", lang)), List.of());
        }
        if (arg.isBlank()) {
            return say(s, p, List.of(templates.render("hire.usage", lang)), List.of());
        }
        if (arg.strip().toLowerCase(java.util.Locale.ROOT).matches("ok|yes|네|확인|예")) {
            return confirm(s, p);
        }
        BriefReader.Draft d;
        try {
            d = access.briefs().read(arg, LocalDate.now(clock));
        } catch (IllegalArgumentException e) {
            return say(s, p, List.of(templates.render("hire.unread", lang, Map.of("brief", arg.strip()))), List.of());
        }
        access.store().saveHireDraft(p.userId(), arg.strip(), clock.instant());
        String unknown = templates.render("hire.unknown", lang);
        String text = templates.render("hire.draft", lang, Map.of(
                "title", d.jobPosting().get("title"),
                "skills", d.skills().isEmpty() ? unknown : String.join(", ", d.skills()),
                "type", d.employmentTypes().isEmpty() ? unknown : String.join(", ", d.employmentTypes()),
                "place", d.place() != null ? d.place() : d.remote() ? "TELECOMMUTE" : unknown,
                "pay", d.pay() != null ? d.pay() : unknown,
                "hours", d.hours().isEmpty() ? unknown : String.join(", ", d.hours())));
        boolean ko = "ko".equals(lang);
        return say(s, p, List.of(text), List.of(new Interview.Choice(ko ? "확인" : "Confirm", "/hire ok")));
    }

    private Commands.Result confirm(InterviewState s, SeekerProfile p) {
        String lang = s.lang();
        Optional<String> brief = access.store().hireDraft(p.userId());
        if (brief.isEmpty()) {
            return say(s, p, List.of(templates.render("hire.usage", lang)), List.of());
        }
        BriefReader.Draft d = access.briefs().read(brief.get(), LocalDate.now(clock));
        Posting job = JobPostings.read(JobPostings.parse(JobPostings.write(
                new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(d.jobPosting()))), "chat", "brief", clock.instant());
        List<Suggestions.Suggested> ranked = access.suggestions().rank(job, p.userId());
        if (ranked.isEmpty()) {
            return say(s, p, List.of(templates.render("hire.none", lang)), List.of());
        }
        String asker = "chat user " + access.store().pseudonym(p.userId());
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < Math.min(SHOWN, ranked.size()); i++) {
            Suggestions.Suggested r = ranked.get(i);
            Candidate c = r.anonymous("#" + (i + 1));
            access.store().audit(new AuditEntry("chat", asker, "hire.candidates", access.store().pseudonym(
                    r.profile().userId()), clock.instant()));
            String none = templates.render("hire.unknown", lang);
            lines.add(templates.render("hire.candidate", lang, Map.of("n", i + 1, "score", Math.round(c.score() * 100),
                    "matched", c.matchedSkills().isEmpty() ? none : String.join(", ", c.matchedSkills()),
                    "missing", c.missingSkills().isEmpty() ? "-" : String.join(", ", c.missingSkills()),
                    "region", c.region() == null ? none : c.region(),
                    "years", c.yearsExperience() == null ? none : c.yearsExperience())));
        }
        String head = templates.render("hire.results", lang, Map.of("count", ranked.size(), "shown", lines.size()));
        return say(s, p, List.of(head + "\n" + String.join("\n", lines)), List.of());
    }

    private static Commands.Result say(InterviewState s, SeekerProfile p, List<String> texts, List<Interview.Choice> choices) {
        return new Commands.Result(s, p, new Reply(texts, choices, List.of(), s.lang()), false);
    }
}
