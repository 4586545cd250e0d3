package io.jobpilot.postings.feed;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jobpilot.data.DataFileException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ETag / Last-Modified of each feed's last indexed download, kept in a small JSON file under the data directory
 * so that the next {@code ingest} run asks with a conditional GET. Keys are the feed's name and its URL as configured,
 * before {@code ${VAR}} expansion, so no API key is written to disk.
 */
public final class FeedValidators {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<TreeMap<String, FeedFetcher.Validators>> TYPE = new TypeReference<>() {
    };

    private FeedValidators() {
    }

    /** The key of a feed: its name and its unexpanded URL. */
    public static String key(String feedName, String configuredUrl) {
        return feedName + " " + configuredUrl;
    }

    /** The saved validators; none when the file does not exist yet. */
    public static Map<String, FeedFetcher.Validators> load(Path file) {
        if (!Files.exists(file)) {
            return new TreeMap<>();
        }
        try {
            return JSON.readValue(file.toFile(), TYPE);
        } catch (IOException e) {
            throw new DataFileException(file.toString(), 0, "unreadable feed validators (" + e.getMessage()
                    + "); delete the file to download every feed in full once");
        }
    }

    /** Writes all validators at once: a crash leaves the old file or the new one, never half of one. */
    public static void save(Path file, Map<String, FeedFetcher.Validators> validators) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), new TreeMap<>(validators));
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
