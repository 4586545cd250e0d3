package io.jobpilot.config;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the {@code feeds:} list of the configuration, collecting every problem with the feed's position. */
final class FeedConfigs {
    private static final Set<String> KEYS = Set.of("name", "format", "url", "path", "mapping", "headers", "complete");

    private FeedConfigs() {
    }

    static List<FeedConfig> parse(JsonNode node, List<String> problems) {
        List<FeedConfig> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isArray()) {
            problems.add("feeds: expected a list of feeds, found a " + node.getNodeType());
            return out;
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode f = node.get(i);
            String at = "feeds[" + i + "]";
            if (!f.isObject()) {
                problems.add(at + ": expected a mapping with name, format and url or path");
                continue;
            }
            f.fieldNames().forEachRemaining(k -> {
                if (!KEYS.contains(k)) {
                    problems.add(at + "." + k + ": unknown key (known keys: " + String.join(", ", KEYS.stream().sorted().toList()) + ")");
                }
            });
            String name = f.path("name").asText("");
            if (!name.matches("[a-z0-9][a-z0-9-]{0,40}")) {
                problems.add(at + ".name = '" + name + "': expected lower-case letters, digits and '-' (e.g. alio, city-jobs)");
            } else if (!names.add(name)) {
                problems.add(at + ".name = '" + name + "': another feed has this name");
            } else if (name.endsWith("-sample")) {
                problems.add(at + ".name = '" + name + "': names ending in -sample are reserved for the shipped sample");
            }
            String format = f.path("format").asText("");
            if (!FeedConfig.FORMATS.contains(format)) {
                problems.add(at + ".format = '" + format + "': expected one of " + FeedConfig.FORMATS);
            }
            String url = f.hasNonNull("url") ? f.get("url").asText() : null;
            String path = f.hasNonNull("path") ? f.get("path").asText() : null;
            if ((url == null) == (path == null)) {
                problems.add(at + ": give exactly one of url and path");
            } else if (url != null && !url.matches("https?://.+")) {
                problems.add(at + ".url = '" + url + "': expected an http:// or https:// address");
            }
            Map<String, String> mapping = strings(f.path("mapping"), at + ".mapping", problems);
            if ((format.equals("csv") || format.equals("jsonl")) && mapping.isEmpty()) {
                problems.add(at + ".mapping: required for " + format + " (schema field: column, e.g. title: job_title)");
            }
            Map<String, String> headers = strings(f.path("headers"), at + ".headers", problems);
            JsonNode complete = f.path("complete");
            if (!complete.isMissingNode() && !complete.isBoolean()) {
                problems.add(at + ".complete = '" + complete.asText() + "': expected true or false");
            }
            out.add(new FeedConfig(name, format, url, path, mapping, headers, complete.asBoolean(true)));
        }
        return out;
    }

    private static Map<String, String> strings(JsonNode node, String at, List<String> problems) {
        Map<String, String> m = new LinkedHashMap<>();
        if (node.isMissingNode() || node.isNull()) {
            return m;
        }
        if (!node.isObject()) {
            problems.add(at + ": expected a mapping of names to values");
            return m;
        }
        node.fields().forEachRemaining(e -> {
            if (e.getValue().isContainerNode()) {
                problems.add(at + "." + e.getKey() + ": expected a single value");
            } else {
                m.put(e.getKey(), e.getValue().asText());
            }
        });
        return m;
    }
}
