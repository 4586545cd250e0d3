package io.jobpilot.interview;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceTest {
    @Test
    void aQuoteIsFoundDespiteCaseSpacingAndPunctuationAndReturnedAsTheSeekerWroteIt() {
        assertThat(Evidence.find("I build Tableau   dashboards", "\"tableau DASHBOARDS.\"")).contains("Tableau   dashboards");
        assertThat(Evidence.find("보고서 만들 때 파이썬을 써요", "파이썬")).contains("파이썬");
    }

    @Test
    void aQuoteMissingFromTheTextOrInsideALongerWordIsNotEvidence() {
        assertThat(Evidence.find("I write JavaScript", "Java")).isEmpty();
        assertThat(Evidence.find("I like coffee", "Kubernetes")).isEmpty();
        assertThat(Evidence.find("I like coffee", "")).isEmpty();
        assertThat(Evidence.find("x".repeat(200), "x".repeat(Evidence.MAX_QUOTE + 1))).isEmpty();
    }

    @Test
    void koreanComposedAndDecomposedHangulAreTheSameText() {
        String decomposed = java.text.Normalizer.normalize("데이터 분석가", java.text.Normalizer.Form.NFD);
        assertThat(Evidence.find(decomposed + "를 원해요", "데이터 분석가")).contains("데이터 분석가");
    }

    @Test
    void yearsAreStatedOnlyByTheirOwnNumberInDigitsOrWords() {
        assertThat(Evidence.statesYears("five years", 5)).isTrue();
        assertThat(Evidence.statesYears("다섯 해", 5)).isTrue();
        assertThat(Evidence.statesYears("오 년", 5)).isTrue();
        assertThat(Evidence.statesYears("3년차", 3)).isTrue();
        assertThat(Evidence.statesYears("five years", 6)).isFalse();
        assertThat(Evidence.statesYears("at a bank", 5)).isFalse();
    }
}
