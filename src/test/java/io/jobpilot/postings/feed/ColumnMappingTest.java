package io.jobpilot.postings.feed;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ColumnMappingTest {
    @Test
    void everyProblemIsListedAtOnce() {
        Map<String, String> columns = new HashMap<>();
        columns.put("salary", "pay");
        columns.put("tittle", "job_title");
        columns.put("url", " ");

        assertThatThrownBy(() -> ColumnMapping.of(columns))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("column mapping is invalid: ")
                .hasMessageContaining("unknown field 'salary'")
                .hasMessageContaining("unknown field 'tittle'")
                .hasMessageContaining("field 'url' has no column name")
                .hasMessageContaining("field 'identifier' is required")
                .hasMessageContaining("field 'title' is required")
                .hasMessageContaining("known fields: identifier, title, description");
    }

    @Test
    void aValidMappingKeepsTheColumnsAndAnswersUnmappedFieldsWithNull() {
        ColumnMapping m = ColumnMapping.of(Map.of("identifier", "id", "title", " 공고명 ", "skills", "tags"));

        assertThat(m.column("title")).isEqualTo("공고명");
        assertThat(m.column("skills")).isEqualTo("tags");
        assertThat(m.column("url")).isNull();
    }

    @Test
    void noMappingAtAllNamesTheRequiredFields() {
        assertThatThrownBy(() -> ColumnMapping.of(null))
                .hasMessage("column mapping is invalid: no mapping given; field 'identifier' is required; field 'title' is required");
    }
}
