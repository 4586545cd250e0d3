package io.jobpilot.channel.telegram;

import io.jobpilot.conversation.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Pushes outbox notices (new matching openings, ...) to seekers who use Telegram. A notice is marked delivered before
 * it is sent, so it reaches the seeker at most once even when two instances or the web chat race for it.
 */
final class NoticePusher implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(NoticePusher.class);
    static final int BATCH = 50;
    private final Outbox outbox;
    private final ReplyDrawer drawer;
    private final Clock clock;

    NoticePusher(Outbox outbox, ReplyDrawer drawer, Clock clock) {
        this.outbox = outbox;
        this.drawer = drawer;
        this.clock = clock;
    }

    /** Sends what is pending now; returns how many notices were sent. */
    int push() throws InterruptedException {
        int sent = 0;
        List<Outbox.Notice> pending = outbox.pending(UpdateHandler.CHANNEL, BATCH);
        for (Outbox.Notice n : pending) {
            Optional<String> chat = outbox.channelUserId(n.userId(), UpdateHandler.CHANNEL);
            if (chat.isEmpty() || !outbox.delivered(n.id(), UpdateHandler.CHANNEL, clock.instant())) {
                continue;
            }
            try {
                drawer.texts(chat.get(), List.of(n.text()), n.choices());
                sent++;
            } catch (TelegramApiException e) {
                LOG.warn("notice {}: not delivered to Telegram: {}", n.id(), e.getMessage());
            }
        }
        return sent;
    }

    @Override
    public void run() {
        try {
            push();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("pushing notices failed; trying again at the next tick", e);
        }
    }
}
