package io.jobpilot.config;

import java.util.List;
import java.util.Map;

/**
 * One configured job feed.
 *
 * @param name     source name, shown to users ("from alio, checked 3 h ago")
 * @param format   jsonld, csv, jsonl, alio, nyc or usajobs
 * @param url      http(s) address, with {@code ${VAR}} replaced from the environment at fetch time (keys stay out of
 *                 the file); null when {@code path} is set
 * @param path     a local file; null when {@code url} is set
 * @param mapping  schema field → column, for csv and jsonl
 * @param headers  HTTP header → environment variable holding its value
 * @param complete the feed lists every open posting (postings missing from it are removed)
 */
public record FeedConfig(String name, String format, String url, String path, Map<String, String> mapping,
                         Map<String, String> headers, boolean complete) {
    /** The formats a feed may have; kept equal to the readers' list by a test. */
    public static final List<String> FORMATS = List.of("jsonld", "csv", "jsonl", "alio", "nyc", "usajobs");
}
