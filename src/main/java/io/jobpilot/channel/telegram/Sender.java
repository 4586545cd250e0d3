package io.jobpilot.channel.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import java.io.Serializable;
import java.time.Duration;

/**
 * Every call to the Bot API goes through here: paced by the {@link Pacer}, retried after a 429 as Telegram's
 * retry_after says (a few times), HTML parse mode. Log lines name the method, never the chat or the text.
 */
final class Sender {
    private static final Logger LOG = LoggerFactory.getLogger(Sender.class);
    static final int ATTEMPTS = 5;
    private final TelegramClient client;
    private final Pacer pacer;

    Sender(TelegramClient client, Pacer pacer) {
        this.client = client;
        this.pacer = pacer;
    }

    /** Sends an HTML message; returns its message id. */
    Integer send(String chatId, String html, InlineKeyboardMarkup keyboard) throws TelegramApiException, InterruptedException {
        SendMessage m = SendMessage.builder().chatId(chatId).text(html).parseMode("HTML").replyMarkup(keyboard)
                .disableWebPagePreview(true).build();
        Message sent = call(chatId, m);
        return sent == null ? null : sent.getMessageId();
    }

    void edit(String chatId, int messageId, String html, InlineKeyboardMarkup keyboard)
            throws TelegramApiException, InterruptedException {
        call(chatId, EditMessageText.builder().chatId(chatId).messageId(messageId).text(html).parseMode("HTML")
                .replyMarkup(keyboard).disableWebPagePreview(true).build());
    }

    /** Stops the button's spinner; {@code note} (may be null) shows as a small toast. */
    void answer(String chatId, String callbackId, String note) throws TelegramApiException, InterruptedException {
        call(chatId, AnswerCallbackQuery.builder().callbackQueryId(callbackId).text(note).build());
    }

    private <T extends Serializable> T call(String chatId, BotApiMethod<T> method) throws TelegramApiException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            pacer.await(chatId);
            try {
                return client.execute(method);
            } catch (TelegramApiRequestException e) {
                Integer retryAfter = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
                boolean flood = Integer.valueOf(429).equals(e.getErrorCode());
                if (!flood || attempt >= ATTEMPTS) {
                    throw e;
                }
                Duration wait = Duration.ofSeconds(retryAfter == null ? 1L << attempt : retryAfter);
                LOG.warn("Telegram {}: 429, retrying after {} s (attempt {} of {})", method.getMethod(),
                        wait.toSeconds(), attempt, ATTEMPTS);
                pacer.pause(wait);
            }
        }
    }
}
