package io.jobpilot.taxonomy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextTest {
    @Test
    void latinTokensKeepDotsPlusAndHashInside() {
        assertThat(Text.tokens("Node.js, C++ and C# on ASP.NET.").stream().map(Text.Token::key))
                .containsExactly("node.js", "c++", "and", "c#", "on", "asp.net");
    }

    @Test
    void scriptChangeSplitsMixedWords() {
        assertThat(Text.tokens("Python으로 분석").stream().map(Text.Token::key)).containsExactly("python", "으로", "분석");
        Text.Token t = Text.tokens("Python으로").get(1);
        assertThat(t.start()).isEqualTo(6);
        assertThat(t.script()).isEqualTo(Text.Script.HANGUL);
    }

    @Test
    void compactKeyJoinsHangulButNotLatin() {
        assertThat(Text.compactKey("스프링 부트")).isEqualTo("스프링부트");
        assertThat(Text.compactKey("생성형  AI 활용")).isEqualTo("생성형 ai 활용");
        assertThat(Text.key("CI/CD")).isEqualTo("ci cd");
    }
}
