package io.jobpilot.taxonomy;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped analysis cache must equal what the analysers say today, or lookups would drift from their labels. */
class LabelTermsTest {
    @Test
    void shippedTermsEqualFreshAnalysis() throws IOException {
        LabelTerms cached = LabelTerms.load(DataSource.classpath());
        assertThat(cached.all("ko")).hasSizeGreaterThan(9_000);
        assertThat(cached.all("en")).hasSizeGreaterThan(30_000);
        List<String> stale = new ArrayList<>();
        check(cached.all("ko"), Analyzers.korean(), stale);
        check(cached.all("en"), Analyzers.english(), stale);
        assertThat(stale).as("regenerate with `jobpilot extract-data`").isEmpty();
    }

    @Test
    void everyLabelOfTheShippedOccupationsIsCached() throws IOException {
        LabelTerms cached = LabelTerms.load(DataSource.classpath());
        OccupationData o = new OccupationData(DataSource.classpath(), Set.of());
        assertThat(o.koreanLabels).allMatch(l -> cached.all("ko").containsKey(l.getValue()));
    }

    private static void check(Map<String, Set<String>> cached, Analyzer analyzer, List<String> stale) {
        cached.forEach((label, terms) -> {
            if (!LabelIndex.terms(analyzer, label).equals(terms) && stale.size() < 20) {
                stale.add(label + " " + terms + " vs " + LabelIndex.terms(analyzer, label));
            }
        });
    }
}
