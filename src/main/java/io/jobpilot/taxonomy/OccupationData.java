package io.jobpilot.taxonomy;

import io.jobpilot.data.TsvTable;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Loads occupations of all three sources, their labels per language, the alias table and the links. */
final class OccupationData {
    final Map<String, Occupation> occupations = new LinkedHashMap<>();
    final Map<String, List<TitleNormaliser.AliasTarget>> aliases = new HashMap<>();
    final List<Map.Entry<String, String>> englishLabels = new ArrayList<>();
    final List<Map.Entry<String, String>> koreanLabels = new ArrayList<>();
    final Map<String, List<OccupationLink>> links = new HashMap<>();
    final Map<String, List<String>> escoToOnet = new HashMap<>();
    private final Set<String> excluded;

    /** @param excluded alias texts left out (evaluation: never test on what the table contains) */
    OccupationData(DataSource source, Set<String> excluded) {
        this.excluded = excluded;
        for (TsvTable.Row r : source.table("esco_occupations.tsv", "id", "isco", "label", "alt_labels", "description").rows()) {
            Occupation o = new Occupation(r.required("id"), OccupationSource.ESCO, r.required("label"), "",
                    r.list("alt_labels"), List.of(), r.get("isco"), "", "", r.get("description"), "", "", List.of(), List.of());
            put(o, r);
            label(o.id(), o.labelEn(), "ESCO preferred label", true);
            o.aliasesEn().forEach(a -> label(o.id(), a, "ESCO alternative label", true));
        }
        for (TsvTable.Row r : source.table("kr_occupations.tsv.gz", "id", "name", "variants", "summary", "tasks", "ksco",
                "keco", "education", "certificates").rows()) {
            Occupation o = new Occupation(r.required("id"), OccupationSource.KECO, "", r.required("name"), List.of(),
                    r.list("variants"), "", r.get("ksco"), r.get("keco"), r.get("summary"), r.get("tasks"), r.get("education"),
                    r.list("certificates"), List.of());
            put(o, r);
            label(o.id(), o.labelKo(), "한국직업사전 name", false);
            o.aliasesKo().forEach(a -> label(o.id(), a, "한국직업사전 variant name", false));
        }
        for (TsvTable.Row r : source.table("curated/occupations_curated.tsv", "id", "en", "ko", "aliases_en", "aliases_ko",
                "isco", "skills", "related", "description_en", "description_ko").rows()) {
            Occupation o = new Occupation(r.required("id"), OccupationSource.CURATED, r.required("en"), r.required("ko"),
                    r.list("aliases_en"), r.list("aliases_ko"), r.get("isco"), "", "", r.get("description_en"), "", "",
                    List.of(), r.list("skills"));
            put(o, r);
            label(o.id(), o.labelEn(), "jobpilot curated role", true);
            label(o.id(), o.labelKo(), "jobpilot curated role", false);
            o.aliasesEn().forEach(a -> label(o.id(), a, "jobpilot curated alias", true));
            o.aliasesKo().forEach(a -> label(o.id(), a, "jobpilot curated alias", false));
        }
        for (TsvTable.Row r : source.table("curated/occupation_aliases.tsv", "alias", "lang", "targets").rows()) {
            for (String target : r.list("targets")) {
                if (!occupations.containsKey(target)) {
                    throw r.error("target '" + target + "' is not a known occupation id");
                }
                label(target, r.required("alias"), "everyday title", "en".equals(r.get("lang")));
            }
        }
        for (TsvTable.Row r : source.table("occupation_links.tsv", "from", "to", "kind", "reason").rows()) {
            OccupationLink l = new OccupationLink(r.required("from"), r.required("to"), r.required("kind"), r.get("reason"));
            if (!occupations.containsKey(l.from()) || !occupations.containsKey(l.to())) {
                throw r.error("link between unknown occupations " + l.from() + " and " + l.to());
            }
            links.computeIfAbsent(l.from(), k -> new ArrayList<>()).add(l);
            links.computeIfAbsent(l.to(), k -> new ArrayList<>()).add(new OccupationLink(l.to(), l.from(), l.kind(), l.reason()));
        }
        // the other language's counterparts first (alias, glossary), then related emerging roles
        java.util.List<String> order = java.util.List.of("alias", "glossary", "curated");
        links.values().forEach(l -> l.sort(java.util.Comparator.comparingInt(x -> order.indexOf(x.kind()))));
        for (TsvTable.Row r : source.table("onet_occupations.tsv", "id", "title", "job_zone", "esco").rows()) {
            for (String esco : r.list("esco")) {
                escoToOnet.computeIfAbsent(esco, k -> new ArrayList<>()).add(r.required("id").substring("onet:".length()));
            }
        }
    }

    private void put(Occupation o, TsvTable.Row r) {
        if (occupations.putIfAbsent(o.id(), o) != null) {
            throw r.error("duplicate occupation id '" + o.id() + "'");
        }
    }

    private void label(String occupationId, String text, String origin, boolean english) {
        if (Text.compactKey(text).isEmpty() || excluded.contains(text)) {
            return;
        }
        (english ? englishLabels : koreanLabels).add(new AbstractMap.SimpleImmutableEntry<>(occupationId, text));
        List<TitleNormaliser.AliasTarget> targets = aliases.computeIfAbsent(Text.compactKey(text), k -> new ArrayList<>());
        if (targets.stream().noneMatch(t -> t.occupationId().equals(occupationId))) {
            boolean primary = origin.endsWith("preferred label") || origin.endsWith("name") || origin.endsWith("role");
            targets.add(primary ? 0 : targets.size(), new TitleNormaliser.AliasTarget(occupationId, text, origin));
        }
    }
}
