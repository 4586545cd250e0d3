package io.jobpilot.postings.feed;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeedReadersTest {
    private static final ColumnMapping MAPPING = ColumnMapping.of(Map.of("identifier", "id", "title", "title"));

    @ParameterizedTest
    @ValueSource(strings = {"jsonld", "alio", "nyc", "usajobs"})
    void fixedShapeFormatsNeedNoMappingAndAnswerToTheirName(String format) {
        assertThat(FeedReaders.forFormat(format, null).format()).isEqualTo(format);
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "jsonl"})
    void tabularFormatsTakeAMapping(String format) {
        assertThat(FeedReaders.forFormat(format, MAPPING).format()).isEqualTo(format);
    }

    @Test
    void formatNamesIgnoreCaseAndSurroundingSpace() {
        assertThat(FeedReaders.forFormat(" USAJOBS ", null).format()).isEqualTo("usajobs");
    }

    @Test
    void anUnknownFormatListsTheKnownOnes() {
        assertThatThrownBy(() -> FeedReaders.forFormat("xml", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown feed format 'xml' (known: jsonld, csv, jsonl, alio, nyc, usajobs)");
    }

    @Test
    void aMissingOrMisplacedMappingIsRefused() {
        assertThatThrownBy(() -> FeedReaders.forFormat("csv", null)).hasMessageContaining("needs a column mapping");
        assertThatThrownBy(() -> FeedReaders.forFormat("alio", MAPPING)).hasMessageContaining("fixed shape");
    }
}
