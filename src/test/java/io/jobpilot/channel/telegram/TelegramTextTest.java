package io.jobpilot.channel.telegram;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TelegramTextTest {
    @Test
    void htmlEscapingLeavesMarkdownSpecialsAloneAndEscapesOnlyAngleBracketsAndAmpersands() {
        assertThat(TelegramText.escape("_*[]()~>#+-=|{}.! <b>x</b> & y"))
                .isEqualTo("_*[]()~&gt;#+-=|{}.! &lt;b&gt;x&lt;/b&gt; &amp; y");
    }

    @Test
    void longTextIsSplitAtLineEndsWithinTheLimitAndNothingButTheCutLineEndsIsLost() {
        String line = "x".repeat(1000);
        String text = String.join("\n", List.of(line, line, line, line, line, line));
        List<String> pieces = TelegramText.split(text, TelegramText.LIMIT);
        assertThat(pieces).hasSize(2).allMatch(p -> p.length() <= TelegramText.LIMIT);
        assertThat(String.join("\n", pieces)).isEqualTo(text);
    }

    @Test
    void aLineLongerThanTheLimitIsCutAtASpaceOrElseBetweenCharactersNeverInsideASurrogatePair() {
        assertThat(TelegramText.split("aaaa bbbb", 6)).containsExactly("aaaa", "bbbb");
        String emoji = "😀".repeat(5); // each is two UTF-16 units
        List<String> pieces = TelegramText.split(emoji, 3);
        assertThat(pieces).allMatch(p -> p.length() <= 3 && !Character.isLowSurrogate(p.charAt(0)));
        assertThat(String.join("", pieces)).isEqualTo(emoji);
        assertThat(TelegramText.split("", 10)).containsExactly("");
        assertThatThrownBy(() -> TelegramText.split("x", 1)).hasMessageContaining("was 1");
    }
}
