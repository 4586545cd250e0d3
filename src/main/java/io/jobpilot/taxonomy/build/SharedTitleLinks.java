package io.jobpilot.taxonomy.build;

import io.jobpilot.taxonomy.Text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Links O*NET occupations to ESCO occupations. How a link is made: an O*NET title (occupation title, alternate title or
 * reported title) and an ESCO label (preferred or alternative) are equal after keying. One-word titles such as
 * "manager" are too vague to link on their own, so a link needs a shared title of two or more words, or two shared
 * titles. Up to five ESCO occupations per O*NET occupation, most shared titles first.
 */
final class SharedTitleLinks {
    private SharedTitleLinks() {
    }

    static Map<String, List<String>> link(Map<String, Set<String>> onetTitles, List<ExtractGenerator.EscoOccupation> esco) {
        Map<String, List<String>> byLabel = new HashMap<>();
        for (var o : esco) {
            List<String> labels = new ArrayList<>(o.altLabels());
            labels.add(o.label());
            for (String l : labels) {
                List<String> ids = byLabel.computeIfAbsent(Text.key(l), k -> new ArrayList<>());
                if (!ids.contains(o.id())) {
                    ids.add(o.id());
                }
            }
        }
        Map<String, List<String>> links = new TreeMap<>();
        for (var e : onetTitles.entrySet()) {
            Map<String, int[]> counts = new LinkedHashMap<>();
            for (String title : e.getValue()) {
                String key = Text.key(title);
                boolean multiWord = key.indexOf(' ') > 0;
                for (String id : byLabel.getOrDefault(key, List.of())) {
                    int[] c = counts.computeIfAbsent(id, k -> new int[2]);
                    c[0]++;
                    c[1] += multiWord ? 1 : 0;
                }
            }
            List<String> linked = counts.entrySet().stream()
                    .filter(c -> c.getValue()[0] >= 2 || c.getValue()[1] >= 1)
                    .sorted((a, b) -> Integer.compare(b.getValue()[0], a.getValue()[0]))
                    .limit(5).map(Map.Entry::getKey).toList();
            if (!linked.isEmpty()) {
                links.put(e.getKey(), linked);
            }
        }
        return links;
    }
}
