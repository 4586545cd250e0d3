package io.jobpilot.config;

import java.nio.file.Path;

/**
 * The validated settings. Defaults live in {@link ConfigKeys}; {@code config/jobpilot.yaml} documents every key and
 * environment variables ({@code JOBPILOT_...}) override the file.
 *
 * @param dataDir    where the store and the posting index live
 * @param httpHost   the address the web chat and API listen on
 * @param httpPort   the port the web chat and API listen on
 * @param logLevel   the level of the project's own log lines
 * @param embeddings whether English titles and postings are also matched by meaning (in-process embedding model)
 * @param sample     whether the shipped archived sample of real postings is indexed and matched
 * @param feeds      configured job feeds, read by {@code ingest}
 * @param llm        the language model, if any (issue 6)
 * @param telegram   the Telegram channel (off without {@code TELEGRAM_BOT_TOKEN})
 */
public record Config(Path dataDir, String httpHost, int httpPort, String logLevel, boolean embeddings, boolean sample,
                     java.util.List<FeedConfig> feeds, LlmConfig llm, TelegramConfig telegram) {

    /** Without a language model or Telegram. */
    public Config(Path dataDir, String httpHost, int httpPort, String logLevel, boolean embeddings, boolean sample,
                  java.util.List<FeedConfig> feeds) {
        this(dataDir, httpHost, httpPort, logLevel, embeddings, sample, feeds, LlmConfig.NONE, TelegramConfig.defaults());
    }

    /** Without Telegram. */
    public Config(Path dataDir, String httpHost, int httpPort, String logLevel, boolean embeddings, boolean sample,
                  java.util.List<FeedConfig> feeds, LlmConfig llm) {
        this(dataDir, httpHost, httpPort, logLevel, embeddings, sample, feeds, llm, TelegramConfig.defaults());
    }

    /** Without a language model. */
    public Config(Path dataDir, String httpHost, int httpPort, String logLevel, boolean embeddings, boolean sample,
                  java.util.List<FeedConfig> feeds, TelegramConfig telegram) {
        this(dataDir, httpHost, httpPort, logLevel, embeddings, sample, feeds, LlmConfig.NONE, telegram);
    }
}
