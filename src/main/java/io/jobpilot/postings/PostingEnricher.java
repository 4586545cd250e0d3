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
        TitleResult title = taxonomy.normaliseTitle(p.title());
        Set<String> occupations = new LinkedHashSet<>();
        String reason = "";
        if (!title.unknown() && title.best().score() >= MIN_OCCUPATION_SCORE) {
            TitleMatch best = title.best();
            occupations.add(best.occupation().id());
            best.links().stream().map(OccupationLink::to).forEach(occupations::add);
            title.matches().stream().filter(x -> x.score() >= best.score() - 0.05).map(x -> x.occupation().id())
                    .forEach(occupations::add);
            reason = best.reason();
        }
        return new IndexedPosting(p, new ArrayList<>(skills.values()), List.copyOf(occupations), true, reason);
    }

    private void add(Map<String, PostingSkill> skills, String text, PostingSkill.Section section) {
        if (text == null || text.isBlank()) {
            return;
        }
        for (SkillMention m : taxonomy.extractSkills(text)) {
            String lang = io.jobpilot.taxonomy.Text.hasHangul(m.evidence()) ? "ko" : "en";
            skills.putIfAbsent(m.skill().id(), new PostingSkill(m.skill().id(), m.skill().label(lang), m.evidence(), section));
        }
    }
}
