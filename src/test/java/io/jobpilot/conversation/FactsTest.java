package io.jobpilot.conversation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FactsTest {
    private static final String TEMPLATE = "I noted these skills (with your words): Python (\"파이썬\"), SQL (\"SQL\").";
    private static final List<String> VALUES = List.of("Python (\"파이썬\"), SQL (\"SQL\")");

    @Test
    void aRephrasingThatKeepsEverySkillAndQuoteIsKept() {
        assertThat(Facts.kept(TEMPLATE, "Got it: Python (\"파이썬\") and SQL (\"SQL\") are noted.", VALUES)).isTrue();
    }

    @Test
    void aRephrasingThatDropsOrSwapsASkillIsDiscarded() {
        assertThat(Facts.kept(TEMPLATE, "Got it: Python (\"파이썬\") and Java are noted.", VALUES)).isFalse();
    }

    @Test
    void aChangedOrNewNumberOrLinkIsDiscarded() {
        String t = "Noted: 5 years of experience. See /jobs.";
        assertThat(Facts.kept(t, "Great, 5 years of experience! Try /jobs.", List.of("5"))).isTrue();
        assertThat(Facts.kept(t, "Great, 6 years of experience! Try /jobs.", List.of("5"))).isFalse();
        assertThat(Facts.kept(t, "Great, 5 years! Try /jobs or https://evil.example.", List.of("5"))).isFalse();
        assertThat(Facts.kept(t, "Great, 5 years of experience!", List.of("5"))).as("a command dropped").isFalse();
        assertThat(Facts.kept(t, "", List.of("5"))).isFalse();
    }
}
