package io.jobpilot;

import io.jobpilot.config.Config;
import io.jobpilot.config.FeedConfig;
import io.jobpilot.postings.FeedResult;
import io.jobpilot.postings.PostingRefresher;
import io.jobpilot.postings.ShippedSample;
import io.jobpilot.postings.feed.ColumnMapping;
import io.jobpilot.postings.feed.FeedFetcher;
import io.jobpilot.postings.feed.FeedReaders;
import io.jobpilot.postings.feed.FeedValidators;
import io.jobpilot.postings.feed.Fetched;
import io.jobpilot.postings.feed.Sleeper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** Reads feeds into the posting index: one refresh (one new generation) for all the sources given. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read job feeds (files or URLs) into the posting index and print a summary.",
                "Formats: " + "jsonld, csv, jsonl (with --map), alio, nyc, usajobs. SOURCE 'sample' re-reads the shipped sample.",
                "Exits non-zero only when nothing usable was read."})
final class IngestCommand implements Callable<Integer> {
    /** Under the data directory: the validators of each feed's last indexed download. */
    static final String VALIDATORS = "feed-validators.json";
    @ParentCommand
    Main main;

    @Parameters(arity = "0..*", paramLabel = "SOURCE",
            description = "Files, http(s) URLs, names of feeds in the configuration, or 'sample' (default: every configured feed).")
    List<String> sources = new ArrayList<>();

    @Option(names = "--format", description = "Feed format (default: from the file extension: .html → jsonld, .csv → csv, .jsonl → jsonl).")
    String format;

    @Option(names = "--source", description = "Source name shown to users (default: the file name).")
    String sourceName;

    @Option(names = "--map", paramLabel = "FIELD=COLUMN", description = "Column mapping for csv/jsonl, e.g. --map title=job_title.")
    Map<String, String> mapping = new LinkedHashMap<>();

    @Option(names = "--header", paramLabel = "NAME=ENV",
            description = "HTTP header from an environment variable, e.g. Authorization-Key=USAJOBS_KEY.")
    Map<String, String> headers = new LinkedHashMap<>();

    @Option(names = "--partial", description = "The feed is not complete: keep this source's postings that are missing from it.")
    boolean partial;

    @Option(names = "--errors", defaultValue = "20", description = "How many row errors to print (default: ${DEFAULT-VALUE}).")
    int shownErrors;

    @Override
    public Integer call() throws Exception {
        Config config = main.config();
        Map<String, FeedConfig> configured = new LinkedHashMap<>();
        config.feeds().forEach(f -> configured.put(f.name(), f));
        if (sources.isEmpty()) {
            if (configured.isEmpty()) {
                throw new IllegalArgumentException("no feeds are configured: give SOURCE files or URLs, or add feeds to the configuration");
            }
            sources = new ArrayList<>(configured.keySet());
        }
        Path validatorFile = config.dataDir().resolve(VALIDATORS);
        Map<String, FeedFetcher.Validators> validators = FeedValidators.load(validatorFile);
        try (App app = new App(config)) {
            List<PostingRefresher.SourceBatch> batches = new ArrayList<>();
            java.util.Set<String> unchanged = new java.util.LinkedHashSet<>();
            for (String s : sources) {
                if (s.equals("sample")) {
                    batches.addAll(ShippedSample.batches(app.clock().instant()));
                    continue;
                }
                FeedConfig f = configured.containsKey(s) ? configured.get(s) : fromArguments(s);
                Progress.note("reading " + f.name() + " (" + f.format() + ")");
                // a conditional GET only while the index still holds what the last download gave (not after a wipe)
                boolean indexed = app.index().checkedAt().containsKey(f.name());
                try (InputStream in = open(f, validators, indexed)) {
                    if (in == null) {
                        Progress.note(f.name() + ": not modified since the last fetch");
                        unchanged.add(f.name());
                        continue;
                    }
                    ColumnMapping cm = f.mapping().isEmpty() ? null : ColumnMapping.of(f.mapping());
                    FeedResult r = FeedReaders.forFormat(f.format(), cm).read(f.name(), in, app.clock().instant());
                    batches.add(new PostingRefresher.SourceBatch(f.name(), r, f.complete(), false));
                }
            }
            PostingRefresher.Report report = app.refresher().refresh(batches, unchanged, Progress.bar("indexing"));
            // only now that the downloads are indexed may the next run ask "changed since?"
            FeedValidators.save(validatorFile, validators);
            print(report);
            if (!report.changedIds().isEmpty()) {
                io.jobpilot.alert.Alerts.Pass alerted = app.alerts().afterRefresh(report.changedIds());
                System.out.printf("alerts: %d new matches for opted-in seekers, %d notices queued%n",
                        alerted.found(), alerted.notices());
            }
            if (!unchanged.isEmpty()) {
                System.out.printf("not modified since the last download: %s%n", String.join(", ", unchanged));
            }
            boolean usable = report.read() > 0 || report.errors().isEmpty() && (!batches.isEmpty() || !unchanged.isEmpty());
            return usable ? 0 : 1;
        }
    }

    /** A feed given on the command line, described like a configured one. */
    private FeedConfig fromArguments(String s) {
        boolean web = s.startsWith("http://") || s.startsWith("https://");
        return new FeedConfig(sourceName != null ? sourceName : defaultName(s), format != null ? format : inferFormat(s),
                web ? s : null, web ? null : s, mapping, headers, !partial);
    }

    /** Opens a file, or downloads a URL with a conditional GET; null when the server says the feed is unchanged. */
    private InputStream open(FeedConfig f, Map<String, FeedFetcher.Validators> validators, boolean conditional)
            throws Exception {
        if (f.url() != null) {
            Map<String, String> h = new LinkedHashMap<>();
            for (var e : f.headers().entrySet()) {
                h.put(e.getKey(), env(e.getValue(), f.name() + " header " + e.getKey()));
            }
            String key = FeedValidators.key(f.name(), f.url());
            String url = expand(f.url(), f.name());
            FeedFetcher fetcher = new FeedFetcher(FeedFetcher.Settings.defaults(), Sleeper.THREAD, new java.util.Random());
            if (conditional && validators.containsKey(key)) {
                fetcher.restore(Map.of(url, validators.get(key)));
            }
            Fetched got = fetcher.fetch(URI.create(url), h);
            if (got.isNotModified()) {
                return null;
            }
            FeedFetcher.Validators now = fetcher.state().get(url);
            if (now == null) {
                validators.remove(key);
            } else {
                validators.put(key, now);
            }
            return got.stream();
        }
        Path p = Path.of(f.path());
        if (!Files.isRegularFile(p)) {
            throw new IllegalArgumentException("source " + f.path() + " is not a file or an http(s) URL");
        }
        return Files.newInputStream(p);
    }

    /** Replaces ${VAR} in a feed URL from the environment, so API keys never sit in the configuration file. */
    static String expand(String url, String feed) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$\\{([A-Z0-9_]+)}").matcher(url);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(env(m.group(1), feed + " url")));
        }
        return m.appendTail(sb).toString();
    }

    private static String env(String name, String what) {
        String v = System.getenv(name);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException(what + ": environment variable " + name + " is not set");
        }
        return v;
    }

    static String inferFormat(String source) {
        String s = source.toLowerCase(Locale.ROOT);
        if (s.endsWith(".html") || s.endsWith(".htm")) {
            return "jsonld";
        }
        if (s.endsWith(".csv")) {
            return "csv";
        }
        if (s.endsWith(".jsonl")) {
            return "jsonl";
        }
        throw new IllegalArgumentException("cannot tell the format of " + source + ": give --format (one of "
                + String.join(", ", FeedReaders.FORMATS) + ")");
    }

    private static String defaultName(String source) {
        String last = source.replaceAll("[?#].*$", "").replaceAll("/+$", "");
        last = last.substring(last.lastIndexOf('/') + 1);
        int dot = last.indexOf('.');
        return (dot > 0 ? last.substring(0, dot) : last).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
    }

    private void print(PostingRefresher.Report r) {
        System.out.printf("read %d postings: %d added, %d updated, %d unchanged, %d removed, %d expired, %d duplicates; "
                        + "%d embedded; %d rows rejected; index generation %d%n",
                r.read(), r.added(), r.updated(), r.unchanged(), r.removed(), r.expired(), r.duplicates(), r.embedded(),
                r.errors().size(), r.generation());
        r.errors().stream().limit(shownErrors).forEach(e -> System.out.println("  rejected: " + e));
        if (r.errors().size() > shownErrors) {
            System.out.println("  ... and " + (r.errors().size() - shownErrors) + " more (use --errors N)");
        }
    }
}
