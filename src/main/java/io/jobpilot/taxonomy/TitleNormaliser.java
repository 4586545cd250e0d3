package io.jobpilot.taxonomy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Job title → ranked occupations, three ways, each with its reason: an exact alias (score 1), word overlap in the
 * title's language (Nori terms for Korean, stemmed English terms), and, for English, closeness in meaning to the
 * label vectors. Below {@link #MIN_SCORE} nothing is named: nonsense is "unknown", never a confident guess.
 */
final class TitleNormaliser {
    /** The lowest score still shown as a candidate; tuned on the dev sets so that random strings fall below it. */
    static final double MIN_SCORE = 0.42;
    /** Weight of word overlap against meaning for English titles. */
    static final double LEXICAL_WEIGHT = 0.35;
    private static final int LIMIT = 5;
    private static final int CANDIDATES = 30;

    /** One alias of the exact-alias table. */
    record AliasTarget(String occupationId, String alias, String origin) {
    }

    private final Map<String, List<AliasTarget>> aliases;
    private final LabelIndex english;
    private final LabelIndex korean;
    private final TitleVectors vectors;
    private final Function<String, Occupation> occupations;
    private final Function<String, List<OccupationLink>> links;

    TitleNormaliser(Map<String, List<AliasTarget>> aliases, LabelIndex english, LabelIndex korean, TitleVectors vectors,
                    Function<String, Occupation> occupations, Function<String, List<OccupationLink>> links) {
        this.aliases = aliases;
        this.english = english;
        this.korean = korean;
        this.vectors = vectors;
        this.occupations = occupations;
        this.links = links;
    }

    private static final class Candidate {
        double alias;
        double lexical;
        double meaning;
        String aliasReason;
        String lexicalReason;
        String meaningReason;
    }

    TitleResult normalise(String input, Mode mode) {
        TitleCleaner.Cleaned cleaned = TitleCleaner.clean(input == null ? "" : input);
        String title = cleaned.title();
        if (Text.compactKey(title).isEmpty()) {
            return new TitleResult(input, title, cleaned.removed(), List.of());
        }
        boolean isKorean = Text.hasHangul(title);
        Map<String, Candidate> found = new LinkedHashMap<>();
        if (mode.aliases()) {
            List<AliasTarget> exact = aliases.getOrDefault(Text.compactKey(title), List.of());
            for (int i = 0; i < exact.size(); i++) {
                AliasTarget t = exact.get(i);
                Candidate c = found.computeIfAbsent(t.occupationId(), k -> new Candidate());
                if (c.aliasReason == null) {
                    c.alias = exact.size() == 1 ? 1.0 : 0.98 - 0.01 * Math.min(i, 10);
                    c.aliasReason = "exact alias '" + t.alias() + "' (" + t.origin() + ")";
                }
            }
        }
        if (mode.words()) {
            LabelIndex index = isKorean ? korean : english;
            for (LabelIndex.Hit h : index.search(index.analyse(title), CANDIDATES)) {
                Candidate c = found.computeIfAbsent(h.occupationId(), k -> new Candidate());
                c.lexical = h.score();
                c.lexicalReason = (isKorean ? "Nori terms " : "words ") + String.join(", ", h.sharedTerms())
                        + " match '" + h.label() + "'";
            }
        }
        TitleVectors.Cosines cosines = mode.meaning() && !isKorean && vectors != null ? cosines(title) : null;
        boolean useMeaning = cosines != null;
        if (useMeaning) {
            cosines.top(CANDIDATES).forEach(n -> found.computeIfAbsent(n.occupationId(), k -> new Candidate()));
            found.forEach((id, c) -> {
                double cos = cosines.of(id);
                if (!Double.isNaN(cos)) {
                    c.meaning = rescale(cos);
                    c.meaningReason = String.format(Locale.ROOT, "close in meaning (cosine %.2f)", cos);
                }
            });
            if (mode.words()) {
                LabelIndex.Query query = english.analyse(title);
                found.forEach((id, c) -> {
                    if (c.lexicalReason == null) {
                        LabelIndex.Hit h = english.best(id, query);
                        c.lexical = h.score();
                        c.lexicalReason = "words " + String.join(", ", h.sharedTerms()) + " match '" + h.label() + "'";
                    }
                });
            }
        }
        List<TitleMatch> ranked = new ArrayList<>();
        for (var e : found.entrySet()) {
            Candidate c = e.getValue();
            double blended = useMeaning && mode.words()
                    ? LEXICAL_WEIGHT * c.lexical + (1 - LEXICAL_WEIGHT) * c.meaning
                    : Math.max(c.lexical, c.meaning);
            double score = Math.max(c.alias, blended);
            Occupation o = occupations.apply(e.getKey());
            if (score < MIN_SCORE || o == null) {
                continue;
            }
            ranked.add(new TitleMatch(o, Math.round(score * 1000) / 1000.0, reason(c), links.apply(o.id())));
        }
        // ties go to the taxonomy of the title's language, then to the id (same input, same order)
        OccupationSource own = isKorean ? OccupationSource.KECO : OccupationSource.ESCO;
        ranked.sort(Comparator.comparingDouble(TitleMatch::score).reversed()
                .thenComparing(m -> m.occupation().source() != own && m.occupation().source() != OccupationSource.CURATED)
                .thenComparing(m -> m.occupation().id()));
        return new TitleResult(input, title, cleaned.removed(), List.copyOf(ranked.subList(0, Math.min(LIMIT, ranked.size()))));
    }

    /** The title's cosines, or null when the model fails now (an endpoint that is down): then words and aliases decide. */
    private TitleVectors.Cosines cosines(String title) {
        try {
            return vectors.cosines(title);
        } catch (RuntimeException e) {
            // the reason names the model, never the title (it is the seeker's words)
            org.slf4j.LoggerFactory.getLogger(TitleNormaliser.class)
                    .warn("embedding a title failed, matching it by words only: {}", e.getMessage());
            return null;
        }
    }

    /** Cosines of MiniLM between unrelated titles sit around 0.2–0.4; 0.9 and above is the same job. */
    static double rescale(double cosine) {
        return Math.max(0, Math.min(1, (cosine - 0.3) / 0.6));
    }

    private static String reason(Candidate c) {
        List<String> parts = new ArrayList<>();
        if (c.aliasReason != null) {
            parts.add(c.aliasReason);
        }
        if (c.lexicalReason != null && c.lexical > 0.05) {
            parts.add(c.lexicalReason);
        }
        if (c.meaningReason != null && c.meaning > 0) {
            parts.add(c.meaningReason);
        }
        return String.join("; ", parts);
    }

    /** Which methods to use: all of them, or one alone (the evaluation's baselines). */
    enum Mode {
        ALL(true, true, true), ALIAS_ONLY(true, false, false), MEANING_ONLY(false, false, true), WORDS_ONLY(false, true, false);

        private final boolean aliases;
        private final boolean words;
        private final boolean meaning;

        Mode(boolean aliases, boolean words, boolean meaning) {
            this.aliases = aliases;
            this.words = words;
            this.meaning = meaning;
        }

        boolean aliases() {
            return aliases;
        }

        boolean words() {
            return words;
        }

        boolean meaning() {
            return meaning;
        }
    }
}
