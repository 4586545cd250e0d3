package io.jobpilot.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Loads the configuration: built-in defaults, then the YAML file (if any), then {@code JOBPILOT_*} environment
 * variables. Unknown keys, wrong types and out-of-range values are all collected and reported together.
 */
public final class ConfigLoader {
    private ConfigLoader() {
    }

    /** Loads {@code file} (may be null or absent: then only defaults and the environment apply). */
    public static Config load(Path file, Map<String, String> env) {
        List<String> problems = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> origin = new LinkedHashMap<>();
        for (ConfigKeys.Key k : ConfigKeys.ALL) {
            values.put(k.name(), k.defaultValue());
            origin.put(k.name(), "default");
        }
        List<FeedConfig> feeds = List.of();
        if (file != null && Files.exists(file)) {
            feeds = readYaml(file, values, origin, problems);
        }
        for (ConfigKeys.Key k : ConfigKeys.ALL) {
            String v = env.get(k.env());
            if (v != null) {
                values.put(k.name(), v);
                origin.put(k.name(), "environment " + k.env());
            }
        }
        for (ConfigKeys.Key k : ConfigKeys.ALL) {
            String v = values.get(k.name());
            String allowed = k.check().apply(v);
            if (allowed != null) {
                problems.add(k.name() + " = '" + v + "' (from " + origin.get(k.name()) + "): expected " + allowed);
            }
        }
        EmbeddingConfig embeddings = EmbeddingChecks.read(values, origin,
                env.get("OPENAI_API_KEY") != null && !env.get("OPENAI_API_KEY").isBlank(), problems);
        TelegramConfig telegram = null;
        if (problems.isEmpty()) {
            try {
                telegram = new TelegramConfig(java.net.URI.create(values.get(ConfigKeys.TELEGRAM_API_URL.name()).strip()),
                        values.get(ConfigKeys.TELEGRAM_MODE.name()).strip(), values.get(ConfigKeys.TELEGRAM_WEBHOOK_PATH.name()),
                        env.get("TELEGRAM_BOT_TOKEN"), env.get("JOBPILOT_TELEGRAM_WEBHOOK_SECRET"));
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return new Config(
                Path.of(values.get(ConfigKeys.DATA_DIR.name())),
                values.get(ConfigKeys.HTTP_HOST.name()).strip(),
                Integer.parseInt(values.get(ConfigKeys.HTTP_PORT.name()).strip()),
                values.get(ConfigKeys.LOG_LEVEL.name()).strip().toLowerCase(Locale.ROOT),
                Boolean.parseBoolean(values.get(ConfigKeys.EMBEDDINGS.name()).strip()),
                Boolean.parseBoolean(values.get(ConfigKeys.SAMPLE.name()).strip()),
                feeds, llm(values, env, embeddings), telegram);
    }

    private static LlmConfig llm(Map<String, String> values, Map<String, String> env, EmbeddingConfig embeddings) {
        return new LlmConfig(values.get(ConfigKeys.LLM_PROVIDER.name()).strip().toLowerCase(Locale.ROOT),
                values.get(ConfigKeys.LLM_BASE_URL.name()), values.get(ConfigKeys.LLM_MODEL.name()),
                Integer.parseInt(values.get(ConfigKeys.LLM_TIMEOUT.name()).strip()), env.get("OPENAI_API_KEY"),
                embeddings);
    }

    private static List<FeedConfig> readYaml(Path file, Map<String, String> values, Map<String, String> origin,
                                             List<String> problems) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (JsonProcessingException e) {
            problems.add(file + ": not valid YAML: " + e.getOriginalMessage()
                    + (e.getLocation() != null ? " (line " + e.getLocation().getLineNr() + ")" : ""));
            return List.of();
        } catch (IOException e) {
            problems.add(file + ": cannot be read: " + e.getMessage());
            return List.of();
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return List.of();
        }
        if (!root.isObject()) {
            problems.add(file + ": the top level must be a mapping of keys, found " + root.getNodeType());
            return List.of();
        }
        List<FeedConfig> feeds = FeedConfigs.parse(root.get("feeds"), problems);
        ((com.fasterxml.jackson.databind.node.ObjectNode) root).remove("feeds");
        Map<String, JsonNode> flat = new LinkedHashMap<>();
        flatten("", root, flat);
        for (var e : flat.entrySet()) {
            if (!values.containsKey(e.getKey())) {
                problems.add(e.getKey() + ": unknown key in " + file + " (known keys: "
                        + String.join(", ", values.keySet()) + ")");
            } else if (e.getValue().isContainerNode()) {
                problems.add(e.getKey() + ": expected a single value in " + file + ", found a " + e.getValue().getNodeType());
            } else if (!e.getValue().isNull()) {
                values.put(e.getKey(), e.getValue().asText());
                origin.put(e.getKey(), file.toString());
            }
        }
        return feeds;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, JsonNode> out) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            var f = fields.next();
            String key = prefix.isEmpty() ? f.getKey() : prefix + "." + f.getKey();
            if (f.getValue().isObject()) {
                flatten(key, f.getValue(), out);
            } else {
                out.put(key, f.getValue());
            }
        }
    }

    /** The environment variable that overrides each key, for documentation and {@code serve}'s summary. */
    public static Map<String, String> environmentVariables() {
        Map<String, String> m = new LinkedHashMap<>();
        ConfigKeys.ALL.forEach(k -> m.put(k.name(), k.env()));
        return m;
    }
}
