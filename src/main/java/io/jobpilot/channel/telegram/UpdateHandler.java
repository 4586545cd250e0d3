package io.jobpilot.channel.telegram;

import io.jobpilot.conversation.Inbound;
import io.jobpilot.conversation.Reply;
import io.jobpilot.conversation.TurnPipeline;
import io.jobpilot.prompts.Templates;
import io.jobpilot.taxonomy.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * One update, the same for long polling and the webhook: a text message or a pressed button becomes a turn whose
 * inbound id is the update id (the store records it with the turn, so a redelivered update is not run twice); a
 * page button of a cards message only edits that message.
 */
final class UpdateHandler {
    static final String CHANNEL = "telegram";
    private static final Logger LOG = LoggerFactory.getLogger(UpdateHandler.class);
    private final TurnPipeline pipeline;
    private final ReplyDrawer drawer;
    private final Sender sender;
    private final Templates templates;

    UpdateHandler(TurnPipeline pipeline, ReplyDrawer drawer, Sender sender, Templates templates) {
        this.pipeline = pipeline;
        this.drawer = drawer;
        this.sender = sender;
        this.templates = templates;
    }

    /** The chat an update belongs to, or null for kinds this bot does not handle (inline queries, channel posts...). */
    static String chatOf(Update u) {
        if (u.hasMessage() && u.getMessage().hasText()) {
            return String.valueOf(u.getMessage().getChatId());
        }
        if (u.hasCallbackQuery() && u.getCallbackQuery().getMessage() != null) {
            return String.valueOf(u.getCallbackQuery().getMessage().getChatId());
        }
        return null;
    }

    void handle(Update u) throws InterruptedException {
        String chat = chatOf(u);
        if (chat == null) {
            return; // photos, stickers, edits and the like carry no answer to the interview
        }
        try {
            if (u.hasCallbackQuery()) {
                callback(chat, u);
            } else {
                turn(chat, u.getUpdateId(), u.getMessage().getText());
            }
        } catch (TelegramApiException e) {
            // the turn is stored; only drawing it failed (the chat blocked the bot, Telegram unreachable after retries)
            LOG.warn("update {}: reply not delivered: {}", u.getUpdateId(), e.getMessage());
        } catch (RuntimeException e) {
            // nothing of the turn was stored, so the seeker can simply send it again
            LOG.error("update {}: turn failed", u.getUpdateId(), e);
            apologise(chat, u);
        }
    }

    private void apologise(String chat, Update u) throws InterruptedException {
        String text = u.hasMessage() ? u.getMessage().getText() : "";
        try {
            drawer.texts(chat, java.util.List.of(templates.render("telegram.failed", Text.hasHangul(text) ? "ko" : "en")),
                    java.util.List.of());
        } catch (TelegramApiException e) {
            LOG.warn("update {}: apology not delivered: {}", u.getUpdateId(), e.getMessage());
        }
    }

    private void callback(String chat, Update u) throws TelegramApiException, InterruptedException {
        CallbackQuery q = u.getCallbackQuery();
        String data = q.getData() == null ? "" : q.getData();
        if (data.startsWith(ReplyDrawer.PAGE)) {
            boolean turned = parsePage(data) >= 0 && drawer.page(chat, q.getMessage().getMessageId(), parsePage(data));
            sender.answer(chat, q.getId(), turned ? null : "/jobs");
            return;
        }
        sender.answer(chat, q.getId(), null);
        if (!data.isBlank()) {
            turn(chat, u.getUpdateId(), data);
        }
    }

    private void turn(String chat, Integer updateId, String text) throws TelegramApiException, InterruptedException {
        Reply r = pipeline.handle(new Inbound(CHANNEL, chat, String.valueOf(updateId), text));
        drawer.draw(chat, r);
    }

    private static int parsePage(String data) {
        try {
            return Integer.parseInt(data.substring(ReplyDrawer.PAGE.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
