package io.jobpilot.hiring;

import io.jobpilot.taxonomy.SkillKind;
import io.jobpilot.taxonomy.SkillMention;
import io.jobpilot.taxonomy.Taxonomy;
import io.jobpilot.taxonomy.Text;
import io.jobpilot.taxonomy.TitleMatch;
import io.jobpilot.taxonomy.TitleResult;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A plain-language hiring brief → a schema.org JobPosting draft, offline: the occupation and skills from the taxonomy,
 * employment type, place, pay and hours from {@link BriefPatterns}. Nothing is invented: what the brief does not say is
 * listed as missing for the business to add before confirming.
 */
public final class BriefReader {
    public static final int MAX_LENGTH = 2_000;
    private static final double TITLE_SCORE = 0.6;
    private final Taxonomy taxonomy;

    public BriefReader(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** @throws IllegalArgumentException naming the problem when the brief is empty, too long, or names no role or skill */
    public Draft read(String brief, LocalDate today) {
        String text = brief == null ? "" : brief.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("brief: empty; describe the job, e.g. \"part-time baker's assistant in Mapo, weekends\"");
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("brief: " + text.length() + " characters, at most " + MAX_LENGTH);
        }
        String lang = Text.hasHangul(text) ? "ko" : "en";
        Optional<TitleMatch> occupation = occupation(text);
        List<SkillMention> skills = taxonomy.extractSkills(text).stream()
                .filter(m -> m.skill().kind() != SkillKind.ELEMENT).toList();
        if (occupation.isEmpty() && skills.isEmpty()) {
            throw new IllegalArgumentException("brief: no role or skill recognised in '" + text
                    + "'; name the job (e.g. 바리스타, office assistant) or what the person should be able to do");
        }
        Set<String> skillLabels = new LinkedHashSet<>();
        skills.forEach(m -> skillLabels.add(m.skill().label(lang)));
        String title = occupation.map(o -> o.occupation().label(lang))
                .orElse(String.join(" · ", skillLabels) + ("ko".equals(lang) ? " 담당" : " role"));
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "JobPosting");
        ld.put("title", title);
        ld.put("description", text);
        ld.put("datePosted", today.toString());
        ld.put("inLanguage", lang);
        occupation.ifPresent(o -> ld.put("occupationalCategory", o.occupation().label(lang)));
        if (!skillLabels.isEmpty()) {
            ld.put("skills", List.copyOf(skillLabels));
        }
        List<String> missing = new ArrayList<>();
        List<BriefPatterns.Found> types = BriefPatterns.employmentTypes(text);
        if (types.isEmpty()) {
            missing.add("employmentType");
        } else {
            ld.put("employmentType", types.stream().map(BriefPatterns.Found::value).distinct().toList());
        }
        boolean remote = BriefPatterns.remote(text);
        if (remote) {
            ld.put("jobLocationType", "TELECOMMUTE");
        }
        Optional<String> place = BriefPatterns.place(text);
        place.ifPresent(p -> ld.put("jobLocation", Map.of("@type", "Place", "address", Map.of("@type", "PostalAddress",
                "addressLocality", p, "addressCountry", "ko".equals(lang) ? "KR" : "US"))));
        if (place.isEmpty() && !remote) {
            missing.add(BriefPatterns.localUnnamed(text) ? "jobLocation (the brief says local: name the town or district)"
                    : "jobLocation");
        }
        Optional<BriefPatterns.Pay> pay = BriefPatterns.pay(text);
        pay.ifPresentOrElse(p -> ld.put("baseSalary", Map.of("@type", "MonetaryAmount", "currency", p.currency(),
                "value", Map.of("@type", "QuantitativeValue", "value", p.amount(), "unitText", p.unit()))),
                () -> missing.add("baseSalary"));
        List<String> hours = BriefPatterns.hours(text);
        if (hours.isEmpty()) {
            missing.add("workHours");
        } else {
            ld.put("workHours", String.join(", ", hours));
        }
        return new Draft(ld, lang, occupation.map(o -> o.occupation().id()).orElse(null), List.copyOf(skillLabels),
                types.stream().map(BriefPatterns.Found::value).distinct().toList(), place.orElse(null), remote,
                pay.map(p -> p.words()).orElse(null), hours, missing);
    }

    /** The best occupation for the whole brief or one of its phrases, when it is named clearly enough. */
    private Optional<TitleMatch> occupation(String text) {
        List<String> readings = new ArrayList<>(List.of(text));
        for (String part : text.split("[,.;!?·]|(?i)\\b(?:looking for|hiring|we need|need an?|who can|with)\\b|에서|으로|하는|할|분|사람|직원|구합니다|찾습니다|모집")) {
            if (part.strip().length() >= 2) {
                readings.add(part.strip());
            }
        }
        TitleMatch best = null;
        for (String r : readings) {
            TitleResult res = taxonomy.normaliseTitle(r);
            if (!res.unknown() && res.best().score() >= TITLE_SCORE && (best == null || res.best().score() > best.score())) {
                best = res.best();
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * What the brief became.
     *
     * @param jobPosting   the schema.org JobPosting draft (JSON-LD as maps and lists), ready to confirm as is or edited
     * @param occupationId the occupation read from the brief, or null
     * @param pay          the brief's words for the pay, or null
     * @param missing      schema.org properties the brief did not give
     */
    public record Draft(Map<String, Object> jobPosting, String lang, String occupationId, List<String> skills,
                        List<String> employmentTypes, String place, boolean remote, String pay, List<String> hours,
                        List<String> missing) {
        public Draft {
            skills = List.copyOf(skills);
            employmentTypes = List.copyOf(employmentTypes);
            hours = List.copyOf(hours);
            missing = List.copyOf(missing);
        }
    }
}
