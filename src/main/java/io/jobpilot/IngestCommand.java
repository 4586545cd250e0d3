package io.jobpilot;

import io.jobpilot.postings.FeedResult;
import io.jobpilot.postings.PostingRefresher;
import io.jobpilot.postings.ShippedSample;
import io.jobpilot.postings.feed.ColumnMapping;
import io.jobpilot.postings.feed.FeedFetcher;
import io.jobpilot.postings.feed.FeedReaders;
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
    @ParentCommand
    Main main;

    @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "Files, http(s) URLs, or 'sample'.")
    List<String> sources;

    @Option(names = "--format", description = "Feed format (default: from the file extension: .html → jsonld, .csv → csv, .jsonl → jsonl).")
    String format;

    @Option(names = "--source", description = "Source name shown to users (default: the file name).")
    String sourceName;

    @Option(names = "--map", paramLabel = "FIELD=COLUMN", description = "Column mapping for csv/jsonl, e.g. --map title=job_title.")
    Map<String, String> mapping = new LinkedHashMap<>();

    @Option(names = "--header", paramLabel = "NAME=ENV", description = "HTTP header from an environment variable, e.g. Authorization-Key=USAJOBS_KEY.")
    Map<String, String> headers = new LinkedHashMap<>();

    @Option(names = "--partial", description = "The feed is not complete: keep this source's postings that are missing from it.")
    boolean partial;

    @Option(names = "--errors", defaultValue = "20", description = "How many row errors to print (default: ${DEFAULT-VALUE}).")
    int shownErrors;

    @Override
    public Integer call() throws Exception {
        try (App app = new App(main.config())) {
            List<PostingRefresher.SourceBatch> batches = new ArrayList<>();
            for (String s : sources) {
                if (s.equals("sample")) {
                    batches.addAll(ShippedSample.batches(app.clock().instant()));
                    continue;
                }
                String fmt = format != null ? format : inferFormat(s);
                ColumnMapping cm = mapping.isEmpty() ? null : ColumnMapping.of(mapping);
                String name = sourceName != null ? sourceName : defaultName(s);
                Progress.note("reading " + s + " (" + fmt + ")");
                try (InputStream in = open(s)) {
                    if (in == null) {
                        Progress.note(s + ": not modified since the last fetch");
                        continue;
                    }
                    FeedResult r = FeedReaders.forFormat(fmt, cm).read(name, in, app.clock().instant());
                    batches.add(new PostingRefresher.SourceBatch(name, r, !partial, false));
                }
            }
            PostingRefresher.Report report = app.refresher().refresh(batches, Progress.bar("indexing"));
            print(report);
            boolean usable = report.read() > 0 || report.errors().isEmpty() && !batches.isEmpty();
            return usable ? 0 : 1;
        }
    }

    private InputStream open(String s) throws Exception {
        if (s.startsWith("http://") || s.startsWith("https://")) {
            Map<String, String> h = new LinkedHashMap<>();
            for (var e : headers.entrySet()) {
                String v = System.getenv(e.getValue());
                if (v == null) {
                    throw new IllegalArgumentException("--header " + e.getKey() + ": environment variable " + e.getValue() + " is not set");
                }
                h.put(e.getKey(), v);
            }
            Fetched f = new FeedFetcher(FeedFetcher.Settings.defaults(), Sleeper.THREAD, new java.util.Random())
                    .fetch(URI.create(s), h);
            return f.isNotModified() ? null : f.stream();
        }
        Path p = Path.of(s);
        if (!Files.isRegularFile(p)) {
            throw new IllegalArgumentException("source " + s + " is not a file or an http(s) URL");
        }
        return Files.newInputStream(p);
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
