package io.jobpilot.conversation;

import io.jobpilot.access.AccessStore;
import io.jobpilot.access.ContactRequest;
import io.jobpilot.interview.Interview;
import io.jobpilot.interview.InterviewState;
import io.jobpilot.profile.SeekerProfile;
import io.jobpilot.prompts.Templates;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The seeker's consents about being seen, as chat commands: /findable on|off (businesses may find the anonymised
 * profile), /counsellor CODE|off|copilot on|off (link a counsellor, revocably), /contact accept|decline ID [what to
 * share]. Each answer is explicit: nothing is shared by default.
 */
final class AccessCommands {
    private final AccessStore store;
    private final Templates templates;
    private final Clock clock;

    AccessCommands(AccessStore store, Templates templates, Clock clock) {
        this.store = store;
        this.templates = templates;
        this.clock = clock;
    }

    Commands.Result findable(InterviewState s, SeekerProfile p, String arg) {
        String lang = s.lang();
        if (!p.consent().storeData()) {
            return say(s, p, templates.render("findable.consent", lang));
        }
        Optional<Boolean> on = onOff(arg);
        if (on.isEmpty()) {
            return say(s, p, templates.render(p.consent().findable() ? "findable.status_on" : "findable.status_off", lang));
        }
        SeekerProfile.Consent c = p.consent();
        SeekerProfile.Consent next = new SeekerProfile.Consent(c.storeData(), c.storeDataAt(), on.get(),
                on.get() ? clock.instant() : null);
        SeekerProfile np = new SeekerProfile(p.userId(), p.version(), p.lang(), p.targets(), p.skills(),
                p.yearsExperience(), p.recentRoles(), p.aiLevel(), p.location(), p.acceptsRemote(), p.remoteOnly(),
                p.salaryFloor(), p.employmentTypes(), p.languages(), p.certificates(), c.findable() == on.get() ? c : next);
        return say(s, np, templates.render(on.get() ? "findable.on" : "findable.off", lang));
    }

    Commands.Result counsellor(InterviewState s, SeekerProfile p, String arg) {
        String lang = s.lang();
        String[] words = arg.toLowerCase(java.util.Locale.ROOT).split("\\s+");
        if (arg.isBlank()) {
            return say(s, p, templates.render("counsellor.usage", lang));
        }
        if (words[0].equals("off") || words[0].equals("끄기") || words[0].equals("해제")) {
            int n = store.unlinkCounsellors(p.userId());
            return say(s, p, templates.render(n == 0 ? "counsellor.none" : "counsellor.off", lang));
        }
        if (words[0].equals("copilot") || words[0].equals("코파일럿")) {
            Optional<Boolean> on = onOff(words.length > 1 ? words[1] : "");
            if (on.isEmpty()) {
                return say(s, p, templates.render("counsellor.usage", lang));
            }
            int n = store.setCopilot(p.userId(), on.get());
            return say(s, p, templates.render(n == 0 ? "counsellor.none" : on.get() ? "counsellor.copilot_on"
                    : "counsellor.copilot_off", lang));
        }
        if (!p.consent().storeData()) {
            return say(s, p, templates.render("findable.consent", lang));
        }
        String code = words[0].toUpperCase(java.util.Locale.ROOT);
        AccessStore.Redeemed r = store.redeemInvite(code, p.userId(), clock.instant());
        String key = "counsellor." + r.name().toLowerCase(java.util.Locale.ROOT);
        return say(s, p, templates.render(key, lang, Map.of("code", code)));
    }

    Commands.Result contact(InterviewState s, SeekerProfile p, String arg) {
        String lang = s.lang();
        String[] words = arg.split("\\s+", 3);
        if (words.length < 2 || !words[1].matches("\\d{1,12}")) {
            return say(s, p, templates.render("contact.usage", lang));
        }
        words[0] = words[0].toLowerCase(java.util.Locale.ROOT);
        boolean accept = words[0].equals("accept") || words[0].equals("수락");
        boolean decline = words[0].equals("decline") || words[0].equals("거절");
        if (!accept && !decline) {
            return say(s, p, templates.render("contact.usage", lang));
        }
        long id = Long.parseLong(words[1]);
        Optional<ContactRequest> req = store.contact(id).filter(r -> r.userId().equals(p.userId()));
        if (req.isEmpty()) {
            return say(s, p, templates.render("contact.unknown", lang, Map.of("id", id)));
        }
        if (req.get().status() != ContactRequest.Status.PENDING) {
            return say(s, p, templates.render("contact.answered", lang, Map.of("id", id)));
        }
        String shared = words.length > 2 ? words[2].strip() : "";
        if (accept && shared.isEmpty()) {
            return new Commands.Result(s, p, new Reply(List.of(templates.render("contact.share", lang, Map.of("id", id))),
                    List.of(), List.of(), lang), false);
        }
        store.answerContact(id, p.userId(), accept, accept ? shared : null, clock.instant());
        return say(s, p, templates.render(accept ? "contact.accepted" : "contact.declined", lang, Map.of("id", id)));
    }

    /** The notice a seeker gets for a business's contact request, with accept and decline buttons. */
    static List<Interview.Choice> contactChoices(long id, String lang) {
        boolean ko = "ko".equals(lang);
        return List.of(new Interview.Choice(ko ? "수락" : "Accept", "/contact accept " + id),
                new Interview.Choice(ko ? "거절" : "Decline", "/contact decline " + id));
    }

    static Optional<Boolean> onOff(String arg) {
        String a = arg.strip().toLowerCase(java.util.Locale.ROOT);
        if (a.matches("on|yes|네|예|켜기|공개")) {
            return Optional.of(true);
        }
        if (a.matches("off|no|아니요|아니오|끄기|비공개")) {
            return Optional.of(false);
        }
        return Optional.empty();
    }

    private static Commands.Result say(InterviewState s, SeekerProfile p, String text) {
        return new Commands.Result(s, p, new Reply(List.of(text), List.of(), List.of(), s.lang()), false);
    }
}
