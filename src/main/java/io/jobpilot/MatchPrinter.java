package io.jobpilot;

import io.jobpilot.matching.Match;
import io.jobpilot.postings.Posting;
import io.jobpilot.postings.PostingSkill;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Prints matches for the terminal: title, employer, place, score, then what fits, is missing or unknown. */
final class MatchPrinter {
    private static final int SHOWN = 8;

    private MatchPrinter() {
    }

    static void print(PrintStream o, List<Match> matches, String lang) {
        boolean ko = "ko".equals(lang);
        if (matches.isEmpty()) {
            o.println(ko ? "맞는 공고가 없습니다." : "No matching openings.");
            return;
        }
        int rank = 1;
        for (Match m : matches) {
            Posting p = m.posting().posting();
            o.printf(Locale.ROOT, "%d. %.3f  %s — %s%s%n", rank++, m.score(), p.title(),
                    p.hiringOrganization() == null ? "?" : p.hiringOrganization(),
                    p.location().isUnknown() ? "" : " (" + p.location().display() + ")");
            if (!m.fits().isEmpty()) {
                o.println("   " + (ko ? "맞는 점: " : "fits: ") + String.join("; ", m.fits()));
            }
            if (!m.matched().isEmpty()) {
                o.println("   " + (ko ? "보유 기술: " : "skills you have: ") + m.matched().stream()
                        .map(s -> s.label() + " (\"" + s.postingWords() + "\" ↔ \"" + s.seekerWords() + "\")")
                        .collect(Collectors.joining(", ")));
            }
            if (!m.missing().isEmpty()) {
                o.println("   " + (ko ? "부족한 기술: " : "missing: ") + m.missing().stream().limit(SHOWN)
                        .map(s -> s.label() + (s.section() == PostingSkill.Section.PREFERRED ? (ko ? " (우대)" : " (preferred)") : ""))
                        .collect(Collectors.joining(", "))
                        + (m.missing().size() > SHOWN ? (ko ? " 외 " : " and ") + (m.missing().size() - SHOWN) + (ko ? "개" : " more") : ""));
            }
            if (!m.unknowns().isEmpty()) {
                o.println("   " + (ko ? "알 수 없음: " : "unknown: ") + String.join("; ", m.unknowns()));
            }
            if (!m.caps().isEmpty()) {
                o.println("   " + String.join("; ", m.caps()));
            }
            o.println("   " + m.provenance() + (p.url() == null ? "" : " — " + p.url()));
        }
    }
}
