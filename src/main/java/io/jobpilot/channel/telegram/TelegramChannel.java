package io.jobpilot.channel.telegram;

import io.javalin.config.JavalinConfig;
import io.jobpilot.config.TelegramConfig;
import io.jobpilot.conversation.Outbox;
import io.jobpilot.conversation.TurnPipeline;
import io.jobpilot.prompts.Templates;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import java.net.URI;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The bot on Telegram. Long polling: {@link #start()} begins asking for updates. Webhook mode: add {@link #webhook()}
 * to the web server ({@code WebChannel.create(pipeline, List.of(telegram.webhook()))}). Either way, outbox notices are
 * pushed every second. {@code App}/{@code serve} build it: {@code TelegramChannel.create(config, pipeline, outbox, clock)}.
 */
public final class TelegramChannel implements AutoCloseable {
    private final TelegramConfig config;
    private final OkHttpClient http;
    private final UpdateHandler handler;
    private final NoticePusher pusher;
    private TelegramBotsLongPollingApplication polling;
    private ScheduledExecutorService ticks;

    private TelegramChannel(TelegramConfig config, OkHttpClient http, UpdateHandler handler, NoticePusher pusher) {
        this.config = config;
        this.http = http;
        this.handler = handler;
        this.pusher = pusher;
    }

    public static TelegramChannel create(TelegramConfig config, TurnPipeline pipeline, Outbox outbox, Clock clock) {
        return create(config, pipeline, outbox, clock, new OkHttpClient(), Sleeper.THREAD);
    }

    /** With the HTTP client and the sleeper given (tests: an emulator's quirks fixed in an interceptor). */
    static TelegramChannel create(TelegramConfig config, TurnPipeline pipeline, Outbox outbox, Clock clock,
                                  OkHttpClient http, Sleeper sleeper) {
        if (!config.enabled()) {
            throw new IllegalArgumentException("Telegram needs a bot token: set the environment variable TELEGRAM_BOT_TOKEN");
        }
        Templates templates = new Templates();
        Sender sender = new Sender(new OkHttpTelegramClient(http, config.token(), url(config.apiUrl())),
                new Pacer(clock, sleeper, Pacer.GLOBAL, Pacer.PER_CHAT));
        ReplyDrawer drawer = new ReplyDrawer(sender, templates);
        UpdateHandler handler = new UpdateHandler(pipeline, drawer, sender, templates);
        return new TelegramChannel(config, http, handler, new NoticePusher(outbox, drawer, clock));
    }

    /** The webhook route, for the web server; checks the secret from JOBPILOT_TELEGRAM_WEBHOOK_SECRET. */
    public Consumer<JavalinConfig> webhook() {
        return new Webhook(config.webhookPath(), config.webhookSecret(), handler);
    }

    /** Starts the notice pusher and, in polling mode, long polling. */
    public synchronized void start() throws TelegramApiException {
        ticks = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "telegram-notices");
            t.setDaemon(true);
            return t;
        });
        ticks.scheduleWithFixedDelay(pusher, 1, 1, TimeUnit.SECONDS);
        if (!config.webhook()) {
            polling = new TelegramBotsLongPollingApplication(com.fasterxml.jackson.databind.ObjectMapper::new, () -> http);
            polling.registerBot(config.token(), () -> url(config.apiUrl()), new DefaultGetUpdatesGenerator(),
                    new LongPolling(handler));
        }
    }

    static TelegramUrl url(URI api) {
        boolean https = "https".equals(api.getScheme());
        int port = api.getPort() != -1 ? api.getPort() : https ? 443 : 80;
        return new TelegramUrl(api.getScheme(), api.getHost(), port, false);
    }

    @Override
    public synchronized void close() throws Exception {
        if (ticks != null) {
            ticks.shutdownNow();
            ticks = null;
        }
        if (polling != null) {
            polling.close();
            polling = null;
        }
    }
}
