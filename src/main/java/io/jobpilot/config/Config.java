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
 * @param embeddings whether English title normalisation uses the in-process embedding model
 */
public record Config(Path dataDir, String httpHost, int httpPort, String logLevel, boolean embeddings) {
}
