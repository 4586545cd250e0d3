package io.jobpilot;

import io.jobpilot.config.Config;
import io.jobpilot.config.ConfigException;
import io.jobpilot.config.ConfigLoader;
import io.jobpilot.data.DataFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** The command line: {@code serve} (default), {@code taxonomy}, {@code eval}, {@code bench}, {@code extract-data}. */
@Command(name = "jobpilot", mixinStandardHelpOptions = true, version = "jobpilot 0.1.0",
        description = "A bilingual (Korean/English) career assistant: interview, taxonomy, matched openings, certification paths.",
        subcommands = {ServeCommand.class, ChatCommand.class, TaxonomyCommand.class, SearchCommand.class, IngestCommand.class,
                EvalCommand.class, BenchCommand.class, AdminCommand.class, PathCommand.class,
                ExtractDataCommand.class, TitleVectorsCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {
    @Option(names = "--config", description = "Configuration file (default: config/jobpilot.yaml when it exists).",
            scope = CommandLine.ScopeType.INHERIT)
    Path configFile;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code; with no command, {@code serve}. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main()).setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof ConfigException || e instanceof DataFileException || e instanceof IllegalArgumentException) {
                cmd.getErr().println("jobpilot: " + e.getMessage());
                return 2;
            }
            throw e;
        });
        return cli.execute(args.length == 0 ? new String[]{"serve"} : args);
    }

    @Override
    public Integer call() {
        return new CommandLine(new ServeCommand()).execute();
    }

    /** The configuration for this run: the file, then JOBPILOT_* environment variables. */
    Config config() {
        Path file = configFile != null ? configFile : Path.of("config", "jobpilot.yaml");
        if (configFile != null && !configFile.toFile().isFile()) {
            throw new IllegalArgumentException("config file " + configFile + " does not exist");
        }
        return ConfigLoader.load(file, System.getenv());
    }
}
