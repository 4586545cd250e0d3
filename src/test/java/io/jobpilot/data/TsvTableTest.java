package io.jobpilot.data;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TsvTableTest {
    private static TsvTable read(String text, String... required) {
        return TsvTable.read("data/x.tsv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), required);
    }

    @Test
    void commentsAndBlankLinesAreSkippedAndListsSplit() {
        TsvTable t = read("# a comment\nid\tnames\n\nk1\ta|b | c\n# another\nk2\t\n", "id");
        assertThat(t.rows()).hasSize(2);
        assertThat(t.rows().get(0).list("names")).containsExactly("a", "b", "c");
        assertThat(t.rows().get(1).list("names")).isEmpty();
        assertThat(t.rows().get(0).line()).isEqualTo(4);
    }

    @Test
    void wrongFieldCountNamesFileAndLine() {
        assertThatThrownBy(() -> read("id\tname\nk1\tone\nk2\n"))
                .isInstanceOf(DataFileException.class)
                .hasMessage("data/x.tsv line 3: expected 2 tab-separated fields, found 1");
    }

    @Test
    void missingColumnAndEmptyRequiredValueAreNamed() {
        assertThatThrownBy(() -> read("id\tname\n", "label")).hasMessageContaining("line 1: header lacks column 'label'");
        TsvTable t = read("id\tn\n\t5\n");
        assertThatThrownBy(() -> t.rows().get(0).required("id")).hasMessage("data/x.tsv line 2: column 'id' is empty");
        TsvTable u = read("id\tn\nk\tfive\n");
        assertThatThrownBy(() -> u.rows().get(0).integer("n")).hasMessageContaining("line 2: column 'n' is not a whole number: 'five'");
    }

    @Test
    void missingResourceIsNamed() {
        assertThatThrownBy(() -> TsvTable.resource("data/nope.tsv")).hasMessage("data/nope.tsv: file is missing from the classpath");
    }
}
