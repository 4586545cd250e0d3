package io.jobpilot.taxonomy;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.jobpilot.data.DataFileException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Measures the taxonomy on labelled sets: title normalisation (accuracy@1, @5, MRR) in English and Korean, and skill
 * spans (precision, recall, F1). Each title set is also run with one method alone, so the gain of combining shows.
 */
public final class TaxonomyEval {
    /** Accuracy@1, @5 and mean reciprocal rank over {@code n} titles. */
    public record TitleScores(int n, double acc1, double acc5, double mrr) {
    }

    /** Skill spans: a predicted span counts when it overlaps a gold span (and {@code exactF1}: when it equals one). */
    public record SpanScores(int n, double p, double r, double f1, double exactF1) {
    }

    /** One labelled title: the text and the gold answer (an ESCO preferred label, or a kr: id). */
    public record Labelled(String text, String gold) {
    }

    private TaxonomyEval() {
    }

    /** CSV {@code text,label} with ESCO preferred labels (the jobbert-titles format). */
    public static List<Labelled> readEnglishTitles(Path csv, int limit) throws IOException {
        List<Labelled> out = new ArrayList<>();
        for (Map<String, String> r : readCsv(csv)) {
            need(csv, r, "text", "label");
            out.add(new Labelled(r.get("text"), r.get("label")));
            if (limit > 0 && out.size() >= limit) {
                break;
            }
        }
        return out;
    }

    /** CSV {@code variant,dJobCd,dJobNm}: a variant name of a 한국직업사전 occupation. */
    public static List<Labelled> readKoreanTitles(Path csv, int limit) throws IOException {
        List<Labelled> out = new ArrayList<>();
        for (Map<String, String> r : readCsv(csv)) {
            need(csv, r, "variant", "dJobCd");
            out.add(new Labelled(r.get("variant"), "kr:" + r.get("dJobCd").strip()));
            if (limit > 0 && out.size() >= limit) {
                break;
            }
        }
        return out;
    }

    /** The variant names shipped in the taxonomy itself, as a leave-out set (they must be excluded when loading). */
    public static List<Labelled> shippedKoreanVariants(Taxonomy t, int limit) {
        List<Labelled> out = new ArrayList<>();
        for (Occupation o : t.occupations()) {
            if (o.source() != OccupationSource.KECO) {
                continue;
            }
            for (String v : o.aliasesKo()) {
                out.add(new Labelled(v, o.id()));
            }
        }
        out.sort((a, b) -> a.text().compareTo(b.text()));
        return limit > 0 && out.size() > limit ? sample(out, limit) : out;
    }

    private static List<Labelled> sample(List<Labelled> all, int limit) {
        List<Labelled> out = new ArrayList<>();
        double step = (double) all.size() / limit;
        for (int i = 0; i < limit; i++) {
            out.add(all.get((int) (i * step)));
        }
        return out;
    }

    public static TitleScores englishTitles(Taxonomy t, List<Labelled> set, String method) {
        TitleNormaliser.Mode mode = mode(method);
        return score(set, x -> t.normaliseTitle(x, mode).matches().stream()
                .map(m -> m.occupation().labelEn().toLowerCase(Locale.ROOT)).toList(), g -> g.toLowerCase(Locale.ROOT));
    }

    public static TitleScores koreanTitles(Taxonomy t, List<Labelled> set, String method) {
        TitleNormaliser.Mode mode = mode(method);
        return score(set, x -> t.normaliseTitle(x, mode).matches().stream().map(m -> m.occupation().id()).toList(),
                g -> g);
    }

    private static TitleNormaliser.Mode mode(String method) {
        return switch (method) {
            case "all" -> TitleNormaliser.Mode.ALL;
            case "alias" -> TitleNormaliser.Mode.ALIAS_ONLY;
            case "embeddings" -> TitleNormaliser.Mode.MEANING_ONLY;
            case "words" -> TitleNormaliser.Mode.WORDS_ONLY;
            default -> throw new IllegalArgumentException("unknown method '" + method + "': all, alias, embeddings or words");
        };
    }

    private static TitleScores score(List<Labelled> set, Function<String, List<String>> ranked, Function<String, String> gold) {
        double acc1 = 0;
        double acc5 = 0;
        double rr = 0;
        for (Labelled l : set) {
            List<String> r = ranked.apply(l.text());
            int pos = r.indexOf(gold.apply(l.gold()));
            if (pos == 0) {
                acc1++;
            }
            if (pos >= 0 && pos < 5) {
                acc5++;
                rr += 1.0 / (pos + 1);
            }
        }
        int n = set.size();
        return new TitleScores(n, round(acc1 / n), round(acc5 / n), round(rr / n));
    }

    /** The Green et al. gold set ({@code sentence_id,word,pos,tag} with BIO tags); Skill spans only. */
    public static SpanScores skills(Taxonomy t, Path csv, int limit) throws IOException {
        Map<String, List<String[]>> sentences = new LinkedHashMap<>();
        for (Map<String, String> r : readCsv(csv)) {
            need(csv, r, "sentence_id", "word", "tag");
            if (limit > 0 && !sentences.containsKey(r.get("sentence_id")) && sentences.size() >= limit) {
                break;
            }
            sentences.computeIfAbsent(r.get("sentence_id"), k -> new ArrayList<>()).add(new String[]{r.get("word"), r.get("tag")});
        }
        int predicted = 0;
        int predictedHit = 0;
        int gold = 0;
        int goldHit = 0;
        int exact = 0;
        for (List<String[]> words : sentences.values()) {
            StringBuilder text = new StringBuilder();
            List<int[]> spans = new ArrayList<>();
            int[] open = null;
            for (String[] w : words) {
                if (text.length() > 0) {
                    text.append(' ');
                }
                int start = text.length();
                text.append(w[0]);
                String tag = w[1];
                if (tag.equals("B-Skill") || (tag.equals("I-Skill") && open == null)) {
                    open = new int[]{start, text.length()};
                    spans.add(open);
                } else if (tag.equals("I-Skill")) {
                    open[1] = text.length();
                } else {
                    open = null;
                }
            }
            List<SkillMention> found = t.extractSkills(text.toString());
            predicted += found.size();
            gold += spans.size();
            for (SkillMention m : found) {
                if (spans.stream().anyMatch(s -> m.start() < s[1] && s[0] < m.end())) {
                    predictedHit++;
                }
                if (spans.stream().anyMatch(s -> m.start() == s[0] && s[1] == m.end())) {
                    exact++;
                }
            }
            for (int[] s : spans) {
                if (found.stream().anyMatch(m -> m.start() < s[1] && s[0] < m.end())) {
                    goldHit++;
                }
            }
        }
        double p = predicted == 0 ? 0 : (double) predictedHit / predicted;
        double r = gold == 0 ? 0 : (double) goldHit / gold;
        double ep = predicted == 0 ? 0 : (double) exact / predicted;
        double er = gold == 0 ? 0 : (double) exact / gold;
        return new SpanScores(sentences.size(), round(p), round(r), round(f1(p, r)), round(f1(ep, er)));
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static List<Map<String, String>> readCsv(Path csv) throws IOException {
        if (!csv.toFile().isFile()) {
            throw new DataFileException(csv.toString(), 0, "evaluation file does not exist");
        }
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv.toFile())) {
            while (it.hasNext()) {
                rows.add(it.next());
            }
        } catch (RuntimeException e) {
            throw new DataFileException(csv.toString(), 0, "not a readable CSV: " + e.getMessage());
        }
        return rows;
    }

    private static void need(Path csv, Map<String, String> row, String... columns) {
        for (String c : columns) {
            if (!row.containsKey(c)) {
                throw new DataFileException(csv.toString(), 1, "missing column '" + c + "' (columns are " + row.keySet() + ")");
            }
        }
    }

    /** Aliases to leave out of the table when testing these Korean variants. */
    public static Set<String> texts(List<Labelled> set) {
        return set.stream().map(Labelled::text).collect(java.util.stream.Collectors.toSet());
    }
}
