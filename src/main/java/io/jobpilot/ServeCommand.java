package io.jobpilot;

import io.jobpilot.config.Config;
import io.jobpilot.config.ConfigLoader;
import io.jobpilot.taxonomy.Taxonomy;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

/** Starts the bot on the configured channels. For now it loads everything and reports what is configured. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the bot with the configured channels (the default command).")
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Override
    public Integer call() {
        Config config = main != null ? main.config() : ConfigLoader.load(null, System.getenv());
        App app = new App(config);
        long t0 = System.nanoTime();
        Taxonomy taxonomy = app.taxonomy();
        System.out.printf("jobpilot: configuration%n");
        System.out.printf("  data.dir            %s%n", config.dataDir().toAbsolutePath().normalize());
        System.out.printf("  http                %s:%d%n", config.httpHost(), config.httpPort());
        System.out.printf("  log.level           %s%n", config.logLevel());
        System.out.printf("  taxonomy.embeddings %s%n", config.embeddings());
        System.out.printf("  taxonomy            %d occupations, %d skills, loaded in %d ms%n",
                taxonomy.occupations().size(), taxonomy.skills().size(), (System.nanoTime() - t0) / 1_000_000);
        System.out.printf("  environment overrides: %s%n", String.join(", ", ConfigLoader.environmentVariables().values()));
        System.out.println("No chat channel is built yet: the web chat arrives with the interview (see README).");
        return 0;
    }
}
