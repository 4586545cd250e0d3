package io.jobpilot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.jobpilot.taxonomy.Occupation;
import io.jobpilot.taxonomy.OccupationLink;
import io.jobpilot.taxonomy.SkillMention;
import io.jobpilot.taxonomy.Taxonomy;
import io.jobpilot.taxonomy.TitleMatch;
import io.jobpilot.taxonomy.TitleResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** Looks up job titles and skills in the bilingual taxonomy. */
@Command(name = "taxonomy", mixinStandardHelpOptions = true,
        description = {"Normalise job titles to occupations (Korean or English) and extract skills, with reasons.",
                "Example: jobpilot taxonomy \"Senior Java Developer\" \"백엔드 개발자\""})
final class TaxonomyCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "Job titles or texts to look up.")
    List<String> texts;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Taxonomy taxonomy = new App(main.config()).taxonomy();
        List<Map<String, Object>> out = new ArrayList<>();
        for (String text : texts) {
            if (text.isBlank()) {
                throw new IllegalArgumentException("an empty text cannot be looked up");
            }
            TitleResult r = taxonomy.normaliseTitle(text);
            List<SkillMention> skills = taxonomy.extractSkills(text);
            if (json) {
                out.add(toJson(r, skills));
            } else {
                print(System.out, r, skills);
            }
        }
        if (json) {
            System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(
                    out.size() == 1 ? out.get(0) : out));
        }
        return 0;
    }

    static void print(PrintStream o, TitleResult r, List<SkillMention> skills) {
        o.printf("\"%s\"%s%n", r.input(), r.cleaned().equals(r.input().strip()) ? ""
                : " → looked up as \"" + r.cleaned() + "\" (set aside: " + String.join(", ", r.removed()) + ")");
        if (r.unknown()) {
            o.println("  occupation: unknown (nothing matched well enough to name)");
        }
        int rank = 1;
        for (TitleMatch m : r.matches()) {
            Occupation oc = m.occupation();
            o.printf(Locale.ROOT, "  %d. %.3f  %-14s %s  [%s]%n", rank++, m.score(), oc.id(), label(oc),
                    oc.source().attribution());
            o.printf("       why: %s%n", m.reason());
            for (OccupationLink l : m.links().stream().limit(3).toList()) {
                o.printf("       ↔ %s (%s: %s)%n", l.to(), l.kind(), l.reason());
            }
        }
        if (!skills.isEmpty()) {
            o.print("  skills:");
            for (SkillMention s : skills) {
                o.printf(" %s [%s] \"%s\"@%d;", s.skill().label(s.evidence().chars().anyMatch(c -> c >= 0xAC00) ? "ko" : "en"),
                        s.skill().id(), s.evidence(), s.start());
            }
            o.println();
        }
    }

    private static String label(Occupation o) {
        if (!o.labelEn().isEmpty() && !o.labelKo().isEmpty()) {
            return o.labelEn() + " / " + o.labelKo();
        }
        return o.labelEn().isEmpty() ? o.labelKo() : o.labelEn();
    }

    private static Map<String, Object> toJson(TitleResult r, List<SkillMention> skills) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("input", r.input());
        m.put("cleaned", r.cleaned());
        m.put("removed", r.removed());
        m.put("unknown", r.unknown());
        m.put("occupations", r.matches().stream().map(x -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("id", x.occupation().id());
            e.put("label_en", x.occupation().labelEn());
            e.put("label_ko", x.occupation().labelKo());
            e.put("source", x.occupation().source().attribution());
            e.put("score", x.score());
            e.put("reason", x.reason());
            e.put("links", x.links());
            return e;
        }).toList());
        m.put("skills", skills.stream().map(s -> Map.of("id", s.skill().id(), "label_en", s.skill().en(),
                "label_ko", s.skill().ko(), "evidence", s.evidence(), "start", s.start(), "end", s.end())).toList());
        return m;
    }
}
