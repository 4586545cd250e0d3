package io.jobpilot;

import io.javalin.Javalin;
import io.jobpilot.channel.telegram.TelegramChannel;
import io.jobpilot.channel.web.WebChannel;
import io.jobpilot.config.Config;
import io.jobpilot.config.ConfigLoader;
import io.jobpilot.llm.Llm;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** Starts the bot: the web chat on the configured address, the posting index warming up behind it. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the bot: the web chat on http://127.0.0.1:7070 by default (the default command).")
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--check", description = "Load everything, print what is configured and exit (no server).")
    boolean check;

    @Override
    public Integer call() throws Exception {
        Config config = main != null ? main.config() : ConfigLoader.load(null, System.getenv());
        App app = new App(config);
        long t0 = System.nanoTime();
        var taxonomy = app.taxonomy();
        System.out.printf("jobpilot: configuration%n");
        System.out.printf("  data.dir            %s%n", config.dataDir().toAbsolutePath().normalize());
        System.out.printf("  http                %s:%d%n", config.httpHost(), config.httpPort());
        System.out.printf("  log.level           %s%n", config.logLevel());
        System.out.printf("  taxonomy.embeddings %s%n", config.embeddings());
        System.out.printf("  postings.sample     %s%n", config.sample());
        System.out.printf("  feeds               %d configured%n", config.feeds().size());
        System.out.printf("  llm                 %s%n", config.llm());
        System.out.printf("  taxonomy            %d occupations, %d skills, loaded in %d ms%n",
                taxonomy.occupations().size(), taxonomy.skills().size(), (System.nanoTime() - t0) / 1_000_000);
        System.out.printf("  embedding model     %s%n", app.embedder() == null ? "off (taxonomy.embeddings false)"
                : check ? io.jobpilot.llm.Embedders.describe(app.embedder()) : app.embedder().model());
        System.out.printf("  title vectors       %s%n", !taxonomy.matchesByMeaning() ? (app.embedder() == null ? "off"
                : "off: the shipped ones are all-MiniLM-L6-v2's, so titles are matched by words and aliases only; "
                + "`jobpilot title-vectors` computes them for " + app.embedder().model())
                : io.jobpilot.llm.Embedders.isBuiltin(app.embedder()) ? "shipped (all-MiniLM-L6-v2)"
                : "computed for " + app.embedder().model() + " (" + app.titleVectors().file(app.embedder().model()) + ")");
        System.out.printf("  environment overrides: %s%n", String.join(", ", ConfigLoader.environmentVariables().values()));
        if (check) {
            Llm.check(config.llm()); // a model that cannot be built (OpenAI without a key) fails here, with the reason
            app.close();
            return 0;
        }
        System.out.printf("  telegram            %s%n", config.telegram());
        TelegramChannel telegram = config.telegram().enabled()
                ? TelegramChannel.create(config.telegram(), app.pipeline(), app.store(), app.clock()) : null;
        List<java.util.function.Consumer<io.javalin.config.JavalinConfig>> routes = new java.util.ArrayList<>();
        routes.add(io.jobpilot.api.Api.routes(app.apiParts()));
        if (telegram != null && config.telegram().webhook()) {
            routes.add(telegram.webhook());
        }
        Javalin web = WebChannel.create(app.pipeline(), routes,
                new io.jobpilot.channel.web.WebNotices(app.store(), app.store(), app.clock()))
                .start(config.httpHost(), config.httpPort());
        // alerts held back (quiet hours, daily digests, caps) go out on a later pass; ingest queues the rest itself
        java.util.concurrent.ScheduledExecutorService alertPass = java.util.concurrent.Executors
                .newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "alert-pass");
                    t.setDaemon(true);
                    return t;
                });
        alertPass.scheduleWithFixedDelay(() -> {
            try {
                app.alerts().deliver();
            } catch (RuntimeException e) {
                System.err.println("alert pass failed, trying again in a minute: " + e.getMessage());
            }
        }, 1, 1, java.util.concurrent.TimeUnit.MINUTES);
        System.out.printf("web chat: http://%s:%d/%n", config.httpHost(), web.port());
        System.out.printf("API: http://%s:%d/api/v1 (OpenAPI at /openapi.json), counsellor console: /console/%n",
                config.httpHost(), web.port());
        if (telegram != null) {
            telegram.start();
            System.out.printf("telegram: %s%n", config.telegram().webhook()
                    ? "webhook at http://" + config.httpHost() + ":" + web.port() + config.telegram().webhookPath()
                    : "long polling " + config.telegram().apiUrl());
        }
        Thread warm = new Thread(() -> {
            long s = System.nanoTime();
            int n = app.index().size();
            app.matcher();
            System.out.printf("posting index ready: %d postings (%d ms)%n", n, (System.nanoTime() - s) / 1_000_000);
        }, "index-warm-up");
        warm.setDaemon(true);
        warm.start();
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            alertPass.shutdownNow();
            if (telegram != null) {
                try {
                    telegram.close();
                } catch (Exception e) {
                    System.err.println("stopping Telegram: " + e.getMessage());
                }
            }
            web.stop();
            app.close();
            stop.countDown();
        }));
        stop.await();
        return 0;
    }
}
