package io.jobpilot.prompts;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every template exists in both languages with the same slots, and the code binds every slot it renders. */
class TemplatesTest {
    private final Templates templates = new Templates();

    private static Set<String> names(String lang) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("prompts", lang))) {
            return files.map(f -> f.getFileName().toString().replaceAll("\\.txt$", "")).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void bothLanguagesHaveEveryTemplateWithTheSameSlots() throws IOException {
        Set<String> en = names("en");
        assertThat(names("ko")).isEqualTo(en);
        for (String name : en) {
            assertThat(Templates.slots(templates.raw(name, "ko"))).as(name).isEqualTo(Templates.slots(templates.raw(name, "en")));
            assertThat(templates.raw(name, "ko")).as(name).isNotBlank();
        }
    }

    /** Every render call in the code names an existing template and binds exactly its slots. */
    @Test
    void everyTemplateTheCodeRendersExistsAndEverySlotIsBound() throws IOException {
        Pattern call = Pattern.compile("render\\(\"([a-z_.]+)\", [a-zA-Z().]+(?:, Map\\.of\\(([^)]*)\\))?\\)");
        Set<String> rendered = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(Files.readString(f));
                while (m.find()) {
                    String name = m.group(1);
                    rendered.add(name);
                    Set<String> bound = new TreeSet<>();
                    if (m.group(2) != null) {
                        // keys are the even arguments of Map.of (values may be variables, not only literals)
                        String[] args = m.group(2).split(",");
                        for (int i = 0; i < args.length; i += 2) {
                            Matcher k = Pattern.compile("^\\s*\"([a-z_]+)\"\\s*$").matcher(args[i]);
                            if (k.find()) {
                                bound.add(k.group(1));
                            }
                        }
                    }
                    for (String lang : Templates.LANGUAGES) {
                        assertThat(Templates.slots(templates.raw(name, lang))).as(f + " renders " + lang + "/" + name)
                                .isEqualTo(bound);
                    }
                }
            }
        }
        assertThat(rendered).contains("consent.ask", "summary", "help", "jobs.header");
    }

    @Test
    void renderingFailsWhenASlotIsLeftUnboundOrUnknown() {
        assertThatThrownBy(() -> templates.render("got.years_missing", "en")).hasMessageContaining("no template");
        assertThatThrownBy(() -> templates.render("got.experience", "en")).hasMessageContaining("has slots [years]");
        assertThatThrownBy(() -> templates.render("help", "ko", Map.of("x", 1))).hasMessageContaining("was given [x]");
        assertThat(templates.render("got.experience", "ko", Map.of("years", 3))).isEqualTo("기록했어요: 경력 3년.");
    }
}
