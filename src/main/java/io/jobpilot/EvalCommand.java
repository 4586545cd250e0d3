package io.jobpilot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.jobpilot.taxonomy.Taxonomy;
import io.jobpilot.taxonomy.TaxonomyEval;
import io.jobpilot.taxonomy.TaxonomyEval.Labelled;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** Runs the evaluation sets and prints a table or one JSON object. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Measure title normalisation and skill extraction on labelled sets.",
                "Defaults to the dev sets in ../shared/eval; Korean titles default to a leave-out run over the shipped",
                "한국직업사전 variant names (the tested variants are removed from the alias table for the run)."})
final class EvalCommand implements Callable<Integer> {
    static final Path DEFAULT_TITLES_EN = Path.of("../shared/eval/jobbert-titles-dev/jobbert_v1_titles.csv");
    static final Path DEFAULT_SKILLS = Path.of("../shared/eval/green-skill-ner/df_testset.csv");

    @ParentCommand
    Main main;

    @Option(names = "--titles-en", paramLabel = "FILE", description = "CSV text,label (label = ESCO preferred label).")
    Path titlesEn;

    @Option(names = "--titles-ko", paramLabel = "FILE", description = "CSV variant,dJobCd,dJobNm.")
    Path titlesKo;

    @Option(names = "--skills", paramLabel = "FILE", description = "Green et al. gold set (sentence_id,word,pos,tag).")
    Path skills;

    @Option(names = "--limit", defaultValue = "0", description = "Use at most N items of each set (0 = all).")
    int limit;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        App app = new App(main.config());
        Taxonomy taxonomy = app.taxonomy();
        Map<String, Object> result = new LinkedHashMap<>();
        Map<String, Object> baselines = new LinkedHashMap<>();
        Path en = pick(titlesEn, DEFAULT_TITLES_EN, "--titles-en");
        if (en != null) {
            List<Labelled> set = TaxonomyEval.readEnglishTitles(en, limit);
            result.put("titles_en", TaxonomyEval.englishTitles(taxonomy, set, "all"));
            baselines.put("titles_en_alias_only", TaxonomyEval.englishTitles(taxonomy, set, "alias"));
            baselines.put("titles_en_words_only", TaxonomyEval.englishTitles(taxonomy, set, "words"));
            if (taxonomy.matchesByMeaning()) {
                baselines.put("titles_en_embeddings_only", TaxonomyEval.englishTitles(taxonomy, set, "embeddings"));
            }
        }
        List<Labelled> ko = titlesKo != null ? TaxonomyEval.readKoreanTitles(titlesKo, limit)
                : TaxonomyEval.shippedKoreanVariants(taxonomy, limit);
        if (titlesKo == null) {
            note("titles_ko: leave-out over " + ko.size() + " shipped 한국직업사전 variant names");
        }
        Taxonomy leftOut = Taxonomy.load(Taxonomy.Options.shipped(null).excluding(TaxonomyEval.texts(ko)));
        result.put("titles_ko", TaxonomyEval.koreanTitles(leftOut, ko, "all"));
        baselines.put("titles_ko_alias_only", TaxonomyEval.koreanTitles(leftOut, ko, "alias"));
        Path sk = pick(skills, DEFAULT_SKILLS, "--skills");
        if (sk != null) {
            result.put("skills", TaxonomyEval.skills(taxonomy, sk, limit));
        }
        result.put("baselines", baselines);
        if (json) {
            System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result));
        } else {
            table(result);
            baselines.forEach((k, v) -> row("baseline " + k, v));
        }
        return 0;
    }

    private Path pick(Path given, Path fallback, String option) {
        if (given != null) {
            if (!Files.isRegularFile(given)) {
                throw new IllegalArgumentException(option + " " + given + " does not exist");
            }
            return given;
        }
        if (Files.isRegularFile(fallback)) {
            return fallback;
        }
        note("skipped " + option + ": the default dev set " + fallback + " is absent (give a file with " + option + ")");
        return null;
    }

    private void note(String text) {
        System.err.println("eval: " + text);
    }

    private static void table(Map<String, Object> result) {
        System.out.printf("%-36s %6s %7s %7s %7s %8s%n", "set", "n", "acc@1/P", "acc@5/R", "MRR/F1", "exactF1");
        result.forEach((k, v) -> {
            if (!k.equals("baselines")) {
                row(k, v);
            }
        });
    }

    private static void row(String name, Object v) {
        if (v instanceof TaxonomyEval.TitleScores t) {
            System.out.printf(Locale.ROOT, "%-36s %6d %7.3f %7.3f %7.3f%n", name, t.n(), t.acc1(), t.acc5(), t.mrr());
        } else if (v instanceof TaxonomyEval.SpanScores s) {
            System.out.printf(Locale.ROOT, "%-36s %6d %7.3f %7.3f %7.3f %8.3f%n", name, s.n(), s.p(), s.r(), s.f1(), s.exactF1());
        }
    }
}
