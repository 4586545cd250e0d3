package io.jobpilot.channel.telegram;

import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Consumes a batch of updates before the library asks for the next one: Telegram forgets an update only when a later
 * getUpdates confirms it, so a crash mid-batch means the batch comes again (and turns already stored are skipped).
 * Chats run in parallel, one chat's updates in order.
 */
final class LongPolling implements LongPollingUpdateConsumer {
    private final UpdateHandler handler;
    private final ExecutorService chats = Executors.newFixedThreadPool(8, r -> {
        Thread t = new Thread(r, "telegram-chat");
        t.setDaemon(true);
        return t;
    });

    LongPolling(UpdateHandler handler) {
        this.handler = handler;
    }

    @Override
    public void consume(List<Update> updates) {
        Map<String, List<Update>> byChat = new LinkedHashMap<>();
        for (Update u : updates) {
            String chat = UpdateHandler.chatOf(u);
            byChat.computeIfAbsent(chat == null ? "" : chat, k -> new ArrayList<>()).add(u);
        }
        List<Future<?>> running = new ArrayList<>();
        for (List<Update> chat : byChat.values()) {
            running.add(chats.submit(() -> {
                for (Update u : chat) {
                    handler.handle(u);
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("handling a Telegram update failed", e.getCause());
            }
        }
    }

    @Override
    public void close() {
        chats.shutdownNow();
    }
}
