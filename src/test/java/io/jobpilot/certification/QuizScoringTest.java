package io.jobpilot.certification;

import io.jobpilot.profile.AiLevel;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Scoring by code, in both languages, and what a result says about the AI-use level. */
class QuizScoringTest {
    private final QuizBank bank = QuizBank.shipped();

    @Test
    void everyLevelHasItemsWithExplanationsInBothLanguages() {
        for (Level l : Level.values()) {
            assertThat(bank.items(l)).as(l.name()).hasSizeGreaterThanOrEqualTo(4)
                    .allMatch(i -> !i.explanation("en").isBlank() && !i.explanation("ko").isBlank()
                            && !i.shown("ko").equals(i.shown("en")));
        }
    }

    @Test
    void multipleChoiceAcceptsALetterANumberOrTheOptionTextInEitherLanguage() {
        QuizItem item = bank.item("q2-check-summary").orElseThrow();
        assertThat(item.right("c")).isTrue();
        assertThat(item.right("C)")).isTrue();
        assertThat(item.right("3")).isTrue();
        assertThat(item.right("핵심 주장과 수치를 보고서와 대조해 본다")).isTrue();
        assertThat(item.right("a")).isFalse();
        assertThat(item.readable("e")).isFalse();
        assertThat(item.readable("잘 모르겠어요")).isFalse();
        assertThat(item.solution("en")).startsWith("c) Spot-check");
    }

    @Test
    void shortAnswersAreComparedWithoutCaseSpacesOrPunctuation() {
        QuizItem rag = bank.item("q3-rag").orElseThrow();
        assertThat(rag.right("Retrieval-Augmented Generation")).isTrue();
        assertThat(rag.right("검색 증강 생성")).isTrue();
        assertThat(rag.right("검색증강생성!")).isTrue();
        assertThat(rag.right("random access generation")).isFalse();
        assertThat(rag.solution("ko")).isEqualTo("검색 증강 생성");
    }

    @Test
    void passingALevelAboveTheProfileOffersItAndFailingAClaimedLevelOffersTheOneBelow() {
        assertThat(LevelEvidence.offer(AiLevel.L1, Level.L2, true)).isEqualTo(AiLevel.L2);
        assertThat(LevelEvidence.offer(null, Level.L1, true)).isEqualTo(AiLevel.L1);
        assertThat(LevelEvidence.offer(AiLevel.L3, Level.L2, true)).isNull();
        assertThat(LevelEvidence.offer(AiLevel.L3, Level.L5, true)).isEqualTo(AiLevel.L4);
        assertThat(LevelEvidence.offer(AiLevel.L2, Level.L2, false)).isEqualTo(AiLevel.L1);
        assertThat(LevelEvidence.offer(AiLevel.L1, Level.L1, false)).isEqualTo(AiLevel.L0);
        assertThat(LevelEvidence.offer(AiLevel.L1, Level.L3, false)).isNull();
        assertThat(LevelEvidence.offer(AiLevel.L4, Level.L5, false)).isNull();
    }

    @Test
    void aBrokenQuizFileFailsNamingTheLineAndValue() {
        String tsv = "id\tlevel\tkind\tquestion_en\tquestion_ko\toptions_en\toptions_ko\tanswer\taccept\texplain_en\texplain_ko\n"
                + "x\tL1\tchoice\tQ\t질문\ta|b\t가|나\tz\t\tE\t설명\n";
        assertThatThrownBy(() -> QuizBank.read("quiz.tsv", new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("quiz.tsv").hasMessageContaining("'z'");
    }
}
