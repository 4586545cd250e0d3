package io.jobpilot.certification;

import io.jobpilot.prompts.Templates;
import io.jobpilot.taxonomy.Taxonomy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A plan as chat text in the plan's language, every phrase from prompts/<lang>/path.*.txt. */
public final class PlanText {
    private final Templates templates;
    private final Taxonomy taxonomy;

    public PlanText(Templates templates, Taxonomy taxonomy) {
        this.templates = templates;
        this.taxonomy = taxonomy;
    }

    public String render(Plan plan) {
        String lang = plan.lang();
        List<String> out = new ArrayList<>();
        String targets = String.join(", ", plan.targets().stream().map(t -> label(t, lang)).toList());
        int listed = plan.listedNow();
        out.add(templates.render("path.header", lang, Map.of("targets", targets, "listed", listed)));
        switch (plan.verdict()) {
            case EXPERIENCE_GAP -> out.add(templates.render("path.none.experience", lang));
            case NO_POSTINGS -> out.add(templates.render("path.none.postings", lang, Map.of("targets", targets)));
            case NOTHING_ADDS -> {
                int count = plan.evaluated();
                out.add(templates.render("path.none.nothing", lang, Map.of("count", count)));
            }
            case HELPS -> steps(plan, out);
        }
        return String.join("\n", out);
    }

    private void steps(Plan plan, List<String> out) {
        String lang = plan.lang();
        int n = 0;
        boolean unknownHours = false;
        for (Plan.Step s : plan.steps()) {
            n++;
            Certificate c = s.certificate();
            String name = c.name(lang);
            String level = c.level() == null ? templates.render("path.level_none", lang) : c.level().name();
            int uplift = s.uplift();
            if (s.prerequisiteOf() == null) {
                out.add(templates.render("path.goal", lang, Map.of("n", n, "name", name, "level", level, "uplift", uplift)));
            } else {
                String goal = plan.steps().stream().filter(g -> g.certificate().id().equals(s.prerequisiteOf()))
                        .map(g -> g.certificate().name(lang)).findFirst().orElse(s.prerequisiteOf());
                String template = s.required() ? "path.prerequisite" : "path.recommended";
                out.add(templates.render(template, lang, Map.of("n", n, "name", name, "level", level, "goal", goal,
                        "uplift", uplift)));
            }
            if (!s.coversSkills().isEmpty()) {
                String skills = String.join(", ", s.coversSkills().stream().map(id -> skill(id, lang)).toList());
                out.add(templates.render("path.why", lang, Map.of("skills", skills)));
            }
            unknownHours |= c.hours() == null;
            out.add(facts(c, lang));
        }
        if (unknownHours) {
            out.add(templates.render("path.hours_unknown", lang));
        }
    }

    private String facts(Certificate c, String lang) {
        if (c.url() == null) {
            return templates.render("path.facts_dictionary", lang);
        }
        String unknown = templates.render("path.unknown", lang);
        String hours = c.hours() == null ? unknown : String.valueOf(Math.round(c.hours()));
        String cost = Certificate.UNKNOWN.equals(c.cost()) ? unknown : c.cost();
        String issuer = c.issuer();
        String source = c.source();
        String url = c.url();
        String checked = String.valueOf(c.checked());
        return templates.render("path.facts", lang, Map.of("issuer", issuer, "hours", hours, "cost", cost,
                "source", source, "url", url, "checked", checked));
    }

    private String label(String id, String lang) {
        return taxonomy.occupation(id).isPresent() ? taxonomy.label(id, lang) : id;
    }

    private String skill(String id, String lang) {
        return taxonomy.skill(id).map(k -> k.label(lang)).orElse(id);
    }
}
