package io.jobpilot.channel.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import io.jobpilot.store.SqliteStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real TelegramBots client and long-polling application against the Bot API emulator: seekers run the
 * interview in English and Korean, press inline buttons, get match cards, and a restart loses and repeats nothing.
 */
class TelegramBotTest {
    @TempDir
    static Path dir;
    private static BotWorld world;
    private static TelegramEmulator emulator;

    @BeforeAll
    static void start() throws Exception {
        world = new BotWorld(dir);
        emulator = TelegramEmulator.start();
    }

    @AfterAll
    static void stop() throws Exception {
        emulator.close();
        world.index.close();
    }

    @Test
    void englishSeekerAnswersWithButtonsAndGetsPagedMatchCardsThatNeverBreakOnSpecialCharacters() throws Exception {
        long chat = 1001;
        emulator.retireBots(); // a stopped bot of another test must not take this chat's updates
        try (SqliteStore store = SqliteStore.open(dir.resolve("en")); TelegramChannel bot = world.bot(emulator, store, "polling")) {
            bot.start();
            emulator.say(chat, "hello there, I need a job");
            List<JsonNode> consent = emulator.replies(chat);
            assertThat(text(consent)).contains("Do you agree?");
            JsonNode yes = button(consent, "Yes");
            emulator.press(chat, last(consent).get("message_id").asInt(), yes.get("callback_data").asText());
            assertThat(text(emulator.replies(chat))).contains("What kind of job");
            for (String answer : List.of("data analyst", "5 years, last as a data analyst",
                    "Python, SQL and Excel; I build dashboards in Tableau")) {
                emulator.say(chat, answer);
                emulator.replies(chat);
            }
            // the AI-use question offers 1..5 as buttons
            emulator.say(chat, "skip");
            List<JsonNode> ai = emulator.replies(chat);
            for (String answer : List.of("New York or remote", "$60k", "full-time", "English", "none")) {
                emulator.say(chat, answer);
                ai = emulator.replies(chat);
            }
            assertThat(text(ai)).contains("Here is your profile");
            emulator.press(chat, last(ai).get("message_id").asInt(), button(ai, "Yes").get("callback_data").asText());
            List<JsonNode> done = emulator.replies(chat);
            assertThat(text(done)).contains("Saved");
            JsonNode cards = done.stream().filter(m -> m.path("text").asText().contains("Match:")).findFirst().orElseThrow();
            assertThat(cards.get("parse_mode").asText()).isEqualTo("HTML");
            String card = cards.get("text").asText();
            assertThat(card).doesNotContain("<Data>").doesNotContain("<b>SQL");
            List<JsonNode> pager = buttons(cards);
            assertThat(pager).as("two data analyst openings: a ▶ button to the second card").hasSize(1);
            emulator.press(chat, cards.get("message_id").asInt(), pager.get(0).get("callback_data").asText());
            emulator.awaitIdle();
            assertThat(emulator.history(cards.get("message_id").asInt()).get("text").asText())
                    .as("the same message now shows the second card").isNotEqualTo(card).contains("Match:");
            assertThat(emulator.unread(chat)).as("turning a page sends no new message").isEmpty();
        }
    }

    @Test
    void koreanSeekerContinuesAfterTheBotRestartsWithNothingLostOrRepeated() throws Exception {
        long chat = 1002;
        Path data = dir.resolve("ko");
        emulator.retireBots(); // a stopped bot of another test must not take this chat's updates
        try (SqliteStore store = SqliteStore.open(data); TelegramChannel bot = world.bot(emulator, store, "polling")) {
            bot.start();
            emulator.say(chat, "안녕하세요");
            List<JsonNode> consent = emulator.replies(chat);
            assertThat(text(consent)).contains("동의하시나요");
            emulator.press(chat, last(consent).get("message_id").asInt(), button(consent, "네").get("callback_data").asText());
            assertThat(text(emulator.replies(chat))).contains("어떤 일을 찾고 계신가요");
            emulator.say(chat, "백엔드 개발자");
            assertThat(text(emulator.replies(chat))).contains("기록했어요");
        }
        emulator.retireBots();
        // while the bot is down the seeker keeps talking; the update waits at the Bot API
        emulator.say(chat, "3년차, 최근 웹 개발");
        try (SqliteStore store = SqliteStore.open(data); TelegramChannel bot = world.bot(emulator, store, "polling")) {
            bot.start();
            List<JsonNode> after = emulator.replies(chat);
            assertThat(text(after)).as("the answer given while down is taken, once").contains("3년");
            assertThat(after).as("one reply message, no earlier reply repeated").hasSize(1);
            assertThat(text(after)).doesNotContain("동의하시나요").doesNotContain("어떤 일을 찾고 계신가요");
            String user = store.userFor(UpdateHandler.CHANNEL, String.valueOf(chat));
            assertThat(store.current(user).orElseThrow().yearsExperience()).isEqualTo(3);
            assertThat(store.current(user).orElseThrow().targets()).isNotEmpty();
        }
    }

    static String text(List<JsonNode> messages) {
        return String.join("\n", messages.stream().map(m -> m.path("text").asText()).toList());
    }

    static JsonNode last(List<JsonNode> messages) {
        assertThat(messages).as("the bot answered").isNotEmpty();
        return messages.get(messages.size() - 1);
    }

    static List<JsonNode> buttons(JsonNode message) {
        List<JsonNode> out = new ArrayList<>();
        message.path("reply_markup").path("inline_keyboard").forEach(row -> row.forEach(out::add));
        return out;
    }

    static JsonNode button(List<JsonNode> messages, String label) {
        return buttons(last(messages)).stream().filter(b -> b.get("text").asText().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + label + " in " + last(messages)));
    }

    static List<JsonNode> all(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }
}
