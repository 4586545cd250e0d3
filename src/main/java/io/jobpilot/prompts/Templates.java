package io.jobpilot.prompts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reply templates from {@code prompts/<lang>/<name>.txt} with {@code {{variable}}} slots. Rendering fails when a slot
 * is left unbound or a value is given for a slot the template lacks, so a template and its caller cannot drift apart.
 */
public final class Templates {
    public static final Set<String> LANGUAGES = Set.of("en", "ko");
    private static final Pattern SLOT = Pattern.compile("\\{\\{([a-z_]+)}}");
    private static final ThreadLocal<Map<String, Rendered>> RECORDING = new ThreadLocal<>();
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    public String render(String name, String lang, Map<String, ?> values) {
        String text = raw(name, lang);
        Set<String> slots = slots(text);
        if (!slots.equals(values.keySet())) {
            throw new IllegalArgumentException("template " + lang + "/" + name + " has slots " + slots
                    + " but was given " + new TreeSet<>(values.keySet()));
        }
        Matcher m = SLOT.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(String.valueOf(values.get(m.group(1)))));
        }
        String out = m.appendTail(sb).toString().strip();
        Map<String, Rendered> recording = RECORDING.get();
        if (recording != null) {
            recording.put(out, new Rendered(name, Map.copyOf(values)));
        }
        return out;
    }

    /**
     * Records, on this thread until closed, every text rendered and the slot values it was rendered from: the facts a
     * rephrasing of that text must keep (a turn runs on one thread, so the turn's texts are the ones recorded).
     */
    public static Recording recording() {
        Recording r = new Recording();
        RECORDING.set(r.rendered);
        return r;
    }

    /** A text's template and the slot values it was rendered from. */
    public record Rendered(String name, Map<String, ?> values) {
    }

    /** The texts rendered while recording. */
    public static final class Recording implements AutoCloseable {
        private final Map<String, Rendered> rendered = new java.util.HashMap<>();

        /** How {@code text} was rendered, or empty when it did not come from a template. */
        public java.util.Optional<Rendered> of(String text) {
            return java.util.Optional.ofNullable(rendered.get(text));
        }

        @Override
        public void close() {
            RECORDING.remove();
        }
    }

    public String render(String name, String lang) {
        return render(name, lang, Map.of());
    }

    /** The template text; a missing template is an error naming the file. */
    public String raw(String name, String lang) {
        String l = LANGUAGES.contains(lang) ? lang : "en";
        return cache.computeIfAbsent(l + "/" + name, key -> {
            try (InputStream in = Templates.class.getClassLoader().getResourceAsStream("prompts/" + key + ".txt")) {
                if (in == null) {
                    throw new IllegalArgumentException("no template prompts/" + key + ".txt");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public static Set<String> slots(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = SLOT.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
