package io.jobpilot.matching;

import io.jobpilot.postings.IndexedPosting;
import io.jobpilot.postings.Places;
import io.jobpilot.postings.Posting;
import io.jobpilot.postings.PostingSkill;
import io.jobpilot.taxonomy.Occupation;
import io.jobpilot.taxonomy.Taxonomy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The deterministic score of one posting for one query: a weighted sum of factors, each 0..1 or unknown. An unknown
 * factor adds nothing (it is shown, never counted as agreement). A failed hard requirement or a seniority gap caps
 * the score. The same function ranks candidates for a posting in the reverse direction.
 */
final class MatchScorer {
    static final double W_REQUIRED = 0.25;
    static final double W_PREFERRED = 0.15;
    static final double W_OCCUPATION = 0.20;
    static final double W_TITLE = 0.10;
    static final double W_SENIORITY = 0.10;
    static final double W_PLACE = 0.10;
    static final double W_SALARY = 0.05;
    static final double W_FRESH = 0.05;
    static final double CAP_SENIORITY = 0.3;
    static final double CAP_HARD = 0.5;

    private final Taxonomy taxonomy;

    MatchScorer(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    Match score(MatchQuery q, Set<String> targets, IndexedPosting ip, LocalDate today, String provenance) {
        Posting p = ip.posting();
        String lang = q.lang();
        List<String> fits = new ArrayList<>();
        List<String> unknowns = new ArrayList<>();
        List<String> caps = new ArrayList<>();
        double score = 0;
        double cap = 1;

        Map<String, String> seeker = new HashMap<>();
        q.skills().forEach(s -> seeker.putIfAbsent(s.skillId(), s.evidence()));
        List<Match.MatchedSkill> matched = new ArrayList<>();
        List<PostingSkill> missing = new ArrayList<>();
        int required = 0;
        int requiredHit = 0;
        int other = 0;
        int otherHit = 0;
        for (PostingSkill s : ip.skills()) {
            boolean has = seeker.containsKey(s.skillId());
            if (has) {
                matched.add(new Match.MatchedSkill(s.skillId(), s.label(), s.evidence(), seeker.get(s.skillId())));
            } else if (s.section() != PostingSkill.Section.MENTIONED) {
                missing.add(s);
            }
            if (s.section() == PostingSkill.Section.REQUIRED) {
                required++;
                requiredHit += has ? 1 : 0;
            } else {
                other++;
                otherHit += has ? 1 : 0;
            }
        }
        if (ip.skills().isEmpty()) {
            unknowns.add(Phrases.get("unknown.skills", lang));
        }
        if (required > 0) {
            score += W_REQUIRED * requiredHit / required;
        }
        if (other > 0) {
            score += W_PREFERRED * otherHit / other;
        }

        score += occupation(ip, targets, lang, fits, unknowns);
        score += titleWords(q, p, lang, fits);
        score += seniority(q, p, lang, fits, unknowns, caps);
        if (!caps.isEmpty()) {
            cap = Math.min(cap, CAP_SENIORITY);
        }
        score += place(q, p, lang, fits, unknowns);
        double salary = salary(q, p, lang, fits, unknowns, caps);
        if (salary < 0) {
            cap = Math.min(cap, CAP_HARD);
        } else {
            score += salary;
        }
        score += freshness(p, today, lang, fits, unknowns);
        for (String cert : p.requiredCertificates()) {
            if (q.certificates().stream().noneMatch(c -> sameCertificate(c, cert))) {
                caps.add(Phrases.get("cap.certificate", lang, cert));
                cap = Math.min(cap, CAP_HARD);
            }
        }
        if (!q.languages().isEmpty() && p.language() != null && !q.languages().contains(p.language())) {
            caps.add(Phrases.get("cap.language", lang, p.language()));
            cap = Math.min(cap, CAP_HARD);
        }
        double finalScore = Math.round(Math.min(score, cap) * 1000) / 1000.0;
        return new Match(ip, finalScore, fits, matched, missing, unknowns, caps, provenance);
    }

    private double occupation(IndexedPosting ip, Set<String> targets, String lang, List<String> fits, List<String> unknowns) {
        if (ip.occupations().isEmpty()) {
            unknowns.add(Phrases.get("unknown.occupation", lang));
            return 0;
        }
        String inferred = ip.occupationInferred() ? Phrases.get("occupation.inferred", lang) : "";
        for (String o : ip.occupations()) {
            if (targets.contains(o)) {
                fits.add(Phrases.get("occupation", lang, label(o, lang)) + inferred);
                return W_OCCUPATION;
            }
        }
        for (String o : ip.occupations()) {
            for (String t : targets) {
                if (sameGroup(o, t)) {
                    fits.add(Phrases.get("occupation.related", lang, label(o, lang)) + inferred);
                    return W_OCCUPATION / 2;
                }
            }
        }
        return 0;
    }

    /** The share of the query's words found in the posting title ("행정" in "행정직", "developer" in "Java Developer"). */
    private double titleWords(MatchQuery q, Posting p, String lang, List<String> fits) {
        if (q.text() == null || q.text().isBlank()) {
            return 0;
        }
        String title = p.title().toLowerCase(Locale.ROOT);
        List<String> words = io.jobpilot.taxonomy.Text.tokens(q.text()).stream().map(io.jobpilot.taxonomy.Text.Token::key)
                .filter(w -> w.length() >= 2).distinct().toList();
        if (words.isEmpty()) {
            return 0;
        }
        List<String> found = words.stream().filter(title::contains).toList();
        if (!found.isEmpty()) {
            fits.add(Phrases.get("title", lang, String.join(", ", found)));
        }
        return W_TITLE * found.size() / words.size();
    }

    /** Same ISCO minor group (3 digits) or same KSCO minor group: a related occupation. */
    private boolean sameGroup(String a, String b) {
        Occupation x = taxonomy.occupation(a).orElse(null);
        Occupation y = taxonomy.occupation(b).orElse(null);
        if (x == null || y == null) {
            return false;
        }
        return prefix(x.isco(), 3).equals(prefix(y.isco(), 3)) && !prefix(x.isco(), 3).isEmpty()
                || prefix(x.ksco(), 3).equals(prefix(y.ksco(), 3)) && !prefix(x.ksco(), 3).isEmpty();
    }

    private static String prefix(String code, int n) {
        return code == null || code.length() < n ? "" : code.substring(0, n);
    }

    private String label(String occupationId, String lang) {
        return taxonomy.label(occupationId, lang);
    }

    private double seniority(MatchQuery q, Posting p, String lang, List<String> fits, List<String> unknowns, List<String> caps) {
        Integer need = Seniority.requiredYears(p);
        if (need == null) {
            unknowns.add(Phrases.get("unknown.seniority", lang));
            return 0;
        }
        if (q.yearsExperience() == null) {
            unknowns.add(Phrases.get("unknown.years", lang));
            return 0;
        }
        int have = q.yearsExperience();
        if (need >= 3 && have < need - 1) {
            caps.add(Phrases.get("cap.seniority", lang, need, have));
            return 0;
        }
        if (have >= need) {
            fits.add(Phrases.get("seniority", lang, need));
            return W_SENIORITY;
        }
        return W_SENIORITY / 2;
    }

    private double place(MatchQuery q, Posting p, String lang, List<String> fits, List<String> unknowns) {
        if (p.remote() && (q.acceptsRemote() || q.remoteOnly())) {
            fits.add(Phrases.get("remote", lang));
            return W_PLACE;
        }
        if (p.location().isUnknown()) {
            unknowns.add(Phrases.get("unknown.place", lang));
            return 0;
        }
        if (q.location() == null || q.location().isBlank()) {
            return 0;
        }
        Set<String> want = Places.keys(q.location());
        Set<String> at = Places.keys(p.location().display());
        if (want.stream().anyMatch(at::contains)) {
            fits.add(Phrases.get("place", lang, p.location().display()));
            return W_PLACE;
        }
        return 0;
    }

    /** The salary factor; -1 when the posting's maximum is below the seeker's floor (a failed hard requirement). */
    private double salary(MatchQuery q, Posting p, String lang, List<String> fits, List<String> unknowns, List<String> caps) {
        Posting.Salary s = p.baseSalary();
        if (q.salaryFloorAnnual() == null) {
            if (s == null) {
                unknowns.add(Phrases.get("unknown.salary", lang));
            }
            return 0;
        }
        Double min = s == null ? null : s.annualMin();
        Double max = s == null || s.max() == null ? min
                : new Posting.Salary(s.max(), s.max(), s.currency(), s.unit()).annualMin();
        boolean otherCurrency = q.salaryCurrency() != null && s != null && s.currency() != null
                && !q.salaryCurrency().equalsIgnoreCase(s.currency());
        if ((min == null && max == null) || otherCurrency) {
            unknowns.add(Phrases.get("unknown.salary", lang));
            return 0;
        }
        if (max != null && max < q.salaryFloorAnnual()) {
            caps.add(Phrases.get("cap.salary", lang, money(max, s.currency())));
            return -1;
        }
        fits.add(Phrases.get("salary", lang, money(max != null ? max : min, s.currency())));
        return W_SALARY;
    }

    private static String money(double v, String currency) {
        return String.format(Locale.ROOT, "%,.0f %s", v, currency == null ? "" : currency).strip();
    }

    private double freshness(Posting p, LocalDate today, String lang, List<String> fits, List<String> unknowns) {
        if (p.datePosted() == null) {
            unknowns.add(Phrases.get("unknown.posted", lang));
            return 0;
        }
        long days = Math.max(0, ChronoUnit.DAYS.between(p.datePosted(), today));
        if (days <= 14) {
            fits.add(Phrases.get("fresh", lang, days));
        }
        return W_FRESH * Math.max(0, 1 - Math.max(0, days - 7) / 83.0);
    }

    static boolean sameCertificate(String held, String required) {
        String a = held.replaceAll("[\\s()·-]", "").toLowerCase(Locale.ROOT);
        String b = required.replaceAll("[\\s()·-]", "").toLowerCase(Locale.ROOT);
        return a.equals(b);
    }
}
