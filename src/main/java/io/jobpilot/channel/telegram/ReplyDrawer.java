package io.jobpilot.channel.telegram;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.jobpilot.conversation.Reply;
import io.jobpilot.interview.Interview;
import io.jobpilot.prompts.Templates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a reply in a chat: the texts as one message (split at Telegram's limit on line ends), the choices as an
 * inline keyboard under the last piece, the match cards as one message paged with ◀ ▶ buttons that edit it.
 */
final class ReplyDrawer {
    static final String PAGE = "jp:page:";
    private static final Logger LOG = LoggerFactory.getLogger(ReplyDrawer.class);
    private final Sender sender;
    private final Cards cards;
    /** Rendered card pages by chat and message; a page turn after expiry asks for /jobs again. */
    private final Cache<String, List<String>> pages = Caffeine.newBuilder().maximumSize(20_000)
            .expireAfterAccess(Duration.ofDays(2)).build();

    ReplyDrawer(Sender sender, Templates templates) {
        this.sender = sender;
        this.cards = new Cards(templates);
    }

    void draw(String chatId, Reply r) throws TelegramApiException, InterruptedException {
        texts(chatId, r.texts(), r.choices());
        if (!r.cards().isEmpty()) {
            List<String> rendered = r.cards().stream().map(m -> cards.render(m, r.lang())).toList();
            Integer id = sender.send(chatId, rendered.get(0), pager(0, rendered.size()));
            if (id != null && rendered.size() > 1) {
                pages.put(chatId + ":" + id, rendered);
            }
        }
    }

    /** Texts (plain) with choices under the last piece. */
    void texts(String chatId, List<String> texts, List<Interview.Choice> choices) throws TelegramApiException, InterruptedException {
        if (texts.isEmpty() && choices.isEmpty()) {
            return;
        }
        List<String> pieces = TelegramText.split(texts.isEmpty() ? "…" : String.join("\n\n", texts), TelegramText.LIMIT);
        for (int i = 0; i < pieces.size(); i++) {
            boolean last = i == pieces.size() - 1;
            sender.send(chatId, TelegramText.escape(pieces.get(i)), last ? keyboard(choices) : null);
        }
    }

    /** Turns the cards message to {@code page}; false when the pages are no longer known. */
    boolean page(String chatId, int messageId, int page) throws TelegramApiException, InterruptedException {
        List<String> rendered = pages.getIfPresent(chatId + ":" + messageId);
        if (rendered == null || page < 0 || page >= rendered.size()) {
            return false;
        }
        sender.edit(chatId, messageId, rendered.get(page), pager(page, rendered.size()));
        return true;
    }

    static InlineKeyboardMarkup keyboard(List<Interview.Choice> choices) {
        List<Interview.Choice> usable = choices.stream().filter(ReplyDrawer::fits).toList();
        if (usable.size() < choices.size()) {
            LOG.warn("{} button(s) left out: callback data is limited to 64 bytes", choices.size() - usable.size());
        }
        if (usable.isEmpty()) {
            return null;
        }
        boolean narrow = usable.stream().allMatch(c -> c.label().length() <= 3);
        int perRow = narrow ? 5 : 2;
        List<InlineKeyboardRow> rows = new ArrayList<>();
        for (int i = 0; i < usable.size(); i += perRow) {
            rows.add(new InlineKeyboardRow(usable.subList(i, Math.min(usable.size(), i + perRow)).stream()
                    .map(c -> button(c.label(), c.payload())).toList()));
        }
        return InlineKeyboardMarkup.builder().keyboard(rows).build();
    }

    private static InlineKeyboardMarkup pager(int page, int count) {
        if (count < 2) {
            return null;
        }
        InlineKeyboardRow row = new InlineKeyboardRow();
        if (page > 0) {
            row.add(button("◀ " + page + "/" + count, PAGE + (page - 1)));
        }
        if (page < count - 1) {
            row.add(button((page + 2) + "/" + count + " ▶", PAGE + (page + 1)));
        }
        return InlineKeyboardMarkup.builder().keyboardRow(row).build();
    }

    private static boolean fits(Interview.Choice c) {
        return !c.payload().isEmpty() && c.payload().getBytes(StandardCharsets.UTF_8).length <= 64;
    }

    private static InlineKeyboardButton button(String label, String data) {
        return InlineKeyboardButton.builder().text(label).callbackData(data).build();
    }
}
