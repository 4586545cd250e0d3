package io.jobpilot.channel.web;

import io.jobpilot.conversation.Reply;
import io.jobpilot.matching.Match;
import io.jobpilot.postings.Posting;
import io.jobpilot.postings.PostingSkill;

import java.util.List;

/**
 * What the page receives for one message: the bot's texts, buttons and match cards, in the reply's language.
 * A message already processed is answered with {@link Duplicate} instead.
 */
record WireReply(String replyTo, String lang, List<String> texts, List<Button> choices, List<Card> cards,
                 List<Note> notices) {

    /** A notice the bot had waiting for the seeker (a new matching opening, ...), shown before the reply. */
    record Note(String kind, String text, List<Button> choices) {
        static List<Note> of(List<io.jobpilot.conversation.Outbox.Notice> notices) {
            return notices.stream().map(n -> new Note(n.kind(), n.text(),
                    n.choices().stream().map(c -> new Button(c.label(), c.payload())).toList())).toList();
        }
    }

    /** Sent alone when the page connects and notices are waiting. */
    record Notices(List<Note> notices) {
    }

    WireReply withNotices(List<Note> waiting) {
        return new WireReply(replyTo, lang, texts, choices, cards, waiting);
    }

    /** A button: what it says, and what pressing it sends. */
    record Button(String label, String payload) {
    }

    /** A skill both sides have: the posting's words ↔ the seeker's. */
    record Skill(String label, String postingWords, String seekerWords) {
    }

    /**
     * A matched opening with its explanation.
     *
     * @param place   where, as the posting says it; null when unknown
     * @param score   0..1, three decimals
     * @param missing skills the posting asks for that the seeker has not stated; preferred ones are marked as such
     * @param url     the posting's page, only when it is an http(s) address (the page puts it in a link)
     */
    record Card(String title, String organization, String place, double score, List<String> fits, List<Skill> skills,
                List<String> missing, List<String> unknowns, List<String> caps, String provenance, String url) {
    }

    /** The answer to a resent message id: the first answer was already given. */
    record Duplicate(String replyTo, boolean duplicate) {
    }

    /** The wire form of a pipeline reply; an empty reply means the message id was already processed. */
    static Object of(String replyTo, Reply r) {
        if (r.texts().isEmpty() && r.choices().isEmpty() && r.cards().isEmpty()) {
            return new Duplicate(replyTo, true);
        }
        return new WireReply(replyTo, r.lang(), r.texts(),
                r.choices().stream().map(c -> new Button(c.label(), c.payload())).toList(),
                r.cards().stream().map(m -> card(m, r.lang())).toList(), List.of());
    }

    private static Card card(Match m, String lang) {
        Posting p = m.posting().posting();
        return new Card(p.title(), p.hiringOrganization(), p.location().isUnknown() ? null : p.location().display(),
                Math.round(m.score() * 1000) / 1000.0, m.fits(),
                m.matched().stream().map(s -> new Skill(s.label(), s.postingWords(), s.seekerWords())).toList(),
                m.missing().stream().map(s -> s.label() + preferred(s, lang)).toList(),
                m.unknowns(), m.caps(), m.provenance(), web(p.url()));
    }

    private static String preferred(PostingSkill s, String lang) {
        return s.section() != PostingSkill.Section.PREFERRED ? "" : "ko".equals(lang) ? " (우대)" : " (preferred)";
    }

    /** Only http(s) addresses reach a link on the page (never javascript: or data:). */
    static String web(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        String lower = u.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? u : null;
    }
}
