package io.jobpilot.taxonomy;

import io.jobpilot.data.TsvTable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads skill concepts: the curated bilingual ones first (they own their O*NET examples), then the remaining O*NET
 * technology examples and the O*NET skill/knowledge elements with their Korean labels; builds the extractor's alias
 * table.
 */
final class SkillData {
    /** Vendor prefixes dropped to make a short form ("Apache Kafka" → "Kafka"), matched with exact case only. */
    private static final Pattern VENDOR = Pattern.compile(
            "^(Microsoft|Adobe|Oracle|IBM|Google|Apache|Amazon|Autodesk|The MathWorks|Atlassian|SAP|Intuit|Salesforce|Red Hat|Cisco|VMware|Apple|Meta|JetBrains|Tableau|Dassault Systemes)\\s+(.+)$");
    /** A trailing acronym ("Structured query language SQL" → "SQL"). */
    private static final Pattern ACRONYM = Pattern.compile("^.+\\s([A-Z][A-Z0-9]{1,7})$");
    /** Short forms that are everyday words: never aliases on their own. */
    private static final Set<String> COMMON = Set.of("access", "project", "teams", "word", "office", "outlook", "forms",
            "lists", "publisher", "notes", "windows", "pages", "numbers", "keynote", "photos", "maps", "drive", "docs",
            "sheets", "slides", "calendar", "mail", "edge", "explorer", "paint", "money", "works", "analytics",
            "dynamics", "connect", "studio", "server", "cloud", "data", "sql", "search", "store", "live", "one", "data studio",
            "business", "sales", "payroll", "planning", "workday", "visual", "express", "designer", "reader", "writer",
            "workflow", "bridge", "it", "api", "app", "os", "pc", "db", "ai", "ml", "ui", "ux", "hr", "qa", "crm", "erp");

    final Map<String, Skill> skills = new LinkedHashMap<>();
    final SkillExtractor extractor;

    SkillData(DataSource source) {
        SkillExtractor.Builder aliases = new SkillExtractor.Builder();
        Set<String> claimedExamples = new HashSet<>();
        Map<String, String> exampleOwner = new HashMap<>();
        TsvTable curated = source.table("curated/skills_curated.tsv", "id", "en", "ko", "aliases_en", "aliases_ko", "kind",
                "onet_examples");
        for (TsvTable.Row r : curated.rows()) {
            for (String ex : r.list("onet_examples")) {
                if (exampleOwner.putIfAbsent(ex, r.required("id")) != null) {
                    throw r.error("O*NET example '" + ex + "' is already owned by " + exampleOwner.get(ex));
                }
            }
        }
        Map<String, TsvTable.Row> techRows = new HashMap<>();
        for (TsvTable.Row r : source.table("onet_tech_skills.tsv", "name", "commodity", "hot", "in_demand", "occupations").rows()) {
            techRows.put(r.required("name"), r);
        }
        for (TsvTable.Row r : curated.rows()) {
            boolean hot = false;
            boolean inDemand = false;
            List<String> occ = new ArrayList<>();
            for (String ex : r.list("onet_examples")) {
                TsvTable.Row t = techRows.get(ex);
                if (t == null) {
                    throw r.error("O*NET example '" + ex + "' is not in onet_tech_skills.tsv");
                }
                claimedExamples.add(ex);
                hot |= "Y".equals(t.get("hot"));
                inDemand |= "Y".equals(t.get("in_demand"));
                occ.addAll(t.list("occupations"));
            }
            Skill s = new Skill(r.required("id"), SkillKind.parse(r.required("kind"), r), r.required("en"), r.get("ko"),
                    r.list("aliases_en"), r.list("aliases_ko"), hot, inDemand, List.copyOf(occ));
            put(s, r);
            addAliases(aliases, s, 3);
            r.list("onet_examples").forEach(ex -> aliases.add(ex, s, 3, false));
        }
        for (var e : techRows.entrySet()) {
            if (claimedExamples.contains(e.getKey())) {
                continue;
            }
            TsvTable.Row r = e.getValue();
            String name = e.getKey();
            Skill s = new Skill("onet:" + slug(name), SkillKind.TECH, name, "", List.of(), List.of(),
                    "Y".equals(r.get("hot")), "Y".equals(r.get("in_demand")), r.list("occupations"));
            skills.putIfAbsent(s.id(), s);
            aliases.add(name, skills.get(s.id()), 2, name.length() <= 2);
            shortForm(name).ifPresent(f -> aliases.add(f, skills.get(s.id()), 0, true));
        }
        Map<String, TsvTable.Row> ko = new HashMap<>();
        for (TsvTable.Row r : source.table("curated/onet_elements_ko.tsv", "element_id", "en", "ko", "aliases_ko", "aliases_en").rows()) {
            ko.put(r.required("element_id"), r);
        }
        for (TsvTable.Row r : source.table("onet_elements.tsv", "element_id", "name", "kind", "occupations").rows()) {
            TsvTable.Row k = ko.get(r.required("element_id"));
            Skill s = new Skill("el:" + r.get("element_id"), SkillKind.ELEMENT, r.required("name"),
                    k == null ? "" : k.get("ko"), k == null ? List.of() : k.list("aliases_en"),
                    k == null ? List.of() : k.list("aliases_ko"), false, false, r.list("occupations"));
            put(s, r);
            addAliases(aliases, s, 1);
        }
        this.extractor = aliases.build();
    }

    private void put(Skill s, TsvTable.Row r) {
        if (skills.putIfAbsent(s.id(), s) != null) {
            throw r.error("duplicate skill id '" + s.id() + "'");
        }
    }

    private static void addAliases(SkillExtractor.Builder b, Skill s, int priority) {
        List<String> all = new ArrayList<>();
        all.add(s.en());
        all.add(s.ko());
        all.addAll(s.aliasesEn());
        all.addAll(s.aliasesKo());
        for (String a : all) {
            boolean oneLetter = a.strip().length() == 1;
            b.add(a, s, priority, oneLetter);
        }
    }

    static java.util.Optional<String> shortForm(String name) {
        Matcher v = VENDOR.matcher(name);
        String form = null;
        if (v.matches()) {
            form = v.group(2);
        } else {
            Matcher a = ACRONYM.matcher(name);
            if (a.matches() && name.split("\\s+").length >= 3) {
                form = a.group(1);
            }
        }
        if (form == null || form.length() < 3 || COMMON.contains(form.toLowerCase(Locale.ROOT))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(form);
    }

    static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replace("++", "pp").replace("#", "sharp")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? Integer.toHexString(name.hashCode()) : s;
    }
}
