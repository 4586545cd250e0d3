package io.jobpilot.channel.telegram;

import io.jobpilot.matching.Match;
import io.jobpilot.postings.Posting;
import io.jobpilot.postings.PostingSkill;
import io.jobpilot.prompts.Templates;

import java.util.List;
import java.util.Map;

/**
 * A match card as one Telegram HTML message: every value from a posting is escaped and bounded (a card stays far
 * below Telegram's 4096 characters, however long a posting's fields are).
 */
final class Cards {
    private static final int FIELD = 300;
    private static final int ITEMS = 8;
    private static final String NONE = "—";
    private final Templates templates;

    Cards(Templates templates) {
        this.templates = templates;
    }

    String render(Match m, String lang) {
        Posting p = m.posting().posting();
        String title = field(p.title());
        String organization = field(p.hiringOrganization());
        String place = field(p.location().isUnknown() ? null : p.location().display());
        long score = Math.round(m.score() * 100);
        String fits = list(m.fits());
        String skills = list(m.matched().stream().map(Match.MatchedSkill::label).toList());
        String missing = list(m.missing().stream().map(s -> s.label() + preferred(s, lang)).toList());
        String unknowns = list(m.unknowns());
        String caps = list(m.caps());
        String provenance = field(m.provenance());
        // strict: fails on any unbound or unknown slot (and TemplatesTest checks the slots named here)
        String card = templates.render("telegram.card", lang, Map.of("title", title, "organization", organization,
                "place", place, "score", score, "fits", fits, "skills", skills, "missing", missing,
                "unknowns", unknowns, "caps", caps, "provenance", provenance));
        String url = web(p.url());
        return url == null ? card : card + "\n" + TelegramText.escape(url);
    }

    private static String preferred(PostingSkill s, String lang) {
        return s.section() != PostingSkill.Section.PREFERRED ? "" : "ko".equals(lang) ? " (우대)" : " (preferred)";
    }

    private static String field(String value) {
        if (value == null || value.isBlank()) {
            return NONE;
        }
        String v = value.strip();
        return TelegramText.escape(v.length() > FIELD ? v.substring(0, FIELD - 1) + "…" : v);
    }

    private static String list(List<String> values) {
        if (values.isEmpty()) {
            return NONE;
        }
        String joined = String.join(", ", values.subList(0, Math.min(ITEMS, values.size())));
        return field(values.size() > ITEMS ? joined + ", …" : joined);
    }

    /** Only http(s) addresses are shown (Telegram links them itself). */
    private static String web(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        String lower = u.toLowerCase(java.util.Locale.ROOT);
        return (lower.startsWith("https://") || lower.startsWith("http://")) && u.length() <= 1000 ? u : null;
    }
}
