package io.jobpilot.postings;

import io.jobpilot.taxonomy.OccupationLink;
import io.jobpilot.taxonomy.SkillMention;
import io.jobpilot.taxonomy.Taxonomy;
import io.jobpilot.taxonomy.TitleMatch;
import io.jobpilot.taxonomy.TitleResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds what jobpilot derives from a posting: the skills in its text (required, preferred or mentioned, with the
 * posting's words) and its occupation. A title-only posting gets the occupation normalised from its title, marked as
 * inferred; nothing else is invented for it.
 */
public final class PostingEnricher {
    /** Where preferences start in a qualifications text ("우대", "Preferred Skills", "nice to have"). */
    private static final Pattern PREFERRED = Pattern.compile("(?i)(우대|preferred|desirable|nice to have|a plus\\b)");
    private static final double MIN_OCCUPATION_SCORE = 0.5;
    private final Taxonomy taxonomy;

    public PostingEnricher(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    public IndexedPosting enrich(Posting p) {
        Map<String, PostingSkill> skills = new LinkedHashMap<>();
        for (String s : p.skills()) {
            add(skills, s, PostingSkill.Section.REQUIRED);
        }
        String quals = p.qualifications() == null ? "" : p.qualifications();
        Matcher m = PREFERRED.matcher(quals);
        int cut = m.find() ? m.start() : quals.length();
        add(skills, quals.substring(0, cut), PostingSkill.Section.REQUIRED);
        add(skills, quals.substring(cut), PostingSkill.Section.PREFERRED);
        for (String cert : p.requiredCertificates()) {
            add(skills, cert, PostingSkill.Section.REQUIRED);
        }
        add(skills, p.title(), PostingSkill.Section.MENTIONED);
        add(skills, p.description(), PostingSkill.Section.MENTIONED);
        add(skills, p.responsibilities(), PostingSkill.Section.MENTIONED);
        TitleResult title = bestTitle(p);
        Set<String> occupations = new LinkedHashSet<>();
        String reason = "";
        if (title != null && !title.unknown() && title.best().score() >= MIN_OCCUPATION_SCORE) {
            TitleMatch best = title.best();
            occupations.add(best.occupation().id());
            best.links().stream().map(OccupationLink::to).forEach(occupations::add);
            title.matches().stream().filter(x -> x.score() >= best.score() - 0.05).map(x -> x.occupation().id())
                    .forEach(occupations::add);
            reason = best.reason();
        }
        return new IndexedPosting(p, new ArrayList<>(skills.values()), List.copyOf(occupations), true, reason);
    }

    /**
     * The occupation behind a title. Korean public-sector titles are announcements ("2026년 ○○공단 행정직(기간제) 채용
     * 공고"): the year, the institution, brackets and announcement words are taken out, and the remaining parts are
     * tried one by one; the best-scoring reading wins.
     */
    private TitleResult bestTitle(Posting p) {
        List<String> readings = new ArrayList<>();
        readings.add(p.title());
        if ("ko".equals(p.language())) {
            String t = p.title().replaceAll("\\[[^]]*]", " ").replaceAll("\\d{2,4}\\s*년도?", " ")
                    .replaceAll("(상반기|하반기|제\\s*\\d+\\s*차|\\d+\\s*차)", " ");
            if (p.hiringOrganization() != null) {
                t = t.replace(p.hiringOrganization(), " ");
            }
            t = ANNOUNCEMENT.matcher(t).replaceAll(" ");
            readings.add(t);
            for (String part : t.split("[()（）,·/]")) {
                if (part.strip().length() >= 2) {
                    readings.add(part.strip());
                }
            }
        }
        TitleResult best = null;
        for (String r : readings) {
            TitleResult res = taxonomy.normaliseTitle(r);
            if (!res.unknown() && (best == null || best.unknown() || res.best().score() > best.best().score())) {
                best = res;
            }
        }
        return best;
    }

    private static final Pattern ANNOUNCEMENT = Pattern.compile(
            "공개경쟁채용시험|공개경쟁|공개채용|경력경쟁|채용시험|채용공고|재공고|채용|공고|모집|안내|선발|직원|근로자|인력|분야|\\s+및\\s+");

    private void add(Map<String, PostingSkill> skills, String text, PostingSkill.Section section) {
        if (text == null || text.isBlank()) {
            return;
        }
        for (SkillMention m : taxonomy.extractSkills(text)) {
            if (m.skill().kind() == io.jobpilot.taxonomy.SkillKind.ELEMENT) {
                continue; // O*NET abilities such as "Design" or "Writing" are too broad to read from an ad's words
            }
            String lang = io.jobpilot.taxonomy.Text.hasHangul(m.evidence()) ? "ko" : "en";
            skills.putIfAbsent(m.skill().id(), new PostingSkill(m.skill().id(), m.skill().label(lang), m.evidence(), section));
        }
    }
}
