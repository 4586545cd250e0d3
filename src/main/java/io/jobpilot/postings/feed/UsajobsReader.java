package io.jobpilot.postings.feed;

import com.fasterxml.jackson.databind.JsonNode;
import io.jobpilot.postings.FeedResult;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Map;

/**
 * The USAJOBS Search API (data.usajobs.gov/api/search): {@code SearchResult.SearchResultItems[].MatchedObjectDescriptor}.
 * "index N" is the position in SearchResultItems.
 */
final class UsajobsReader implements FeedReader {
    private static final Map<String, String> FEED_NAMES = Map.of("identifier", "MatchedObjectId",
            "title", "PositionTitle", "validThrough", "ApplicationCloseDate", "baseSalary", "PositionRemuneration");

    @Override
    public String format() {
        return "usajobs";
    }

    @Override
    public FeedResult read(String source, InputStream in, Instant fetchedAt) throws IOException {
        Json.Document read = Json.Document.read(in);
        if (read.problem() != null) {
            return Rows.unreadable(source, read.problem());
        }
        JsonNode doc = read.node();
        JsonNode items = doc.path("SearchResult").path("SearchResultItems");
        if (!items.isArray()) {
            return Rows.unreadable(source, "expected {\"SearchResult\": {\"SearchResultItems\": [...]}}");
        }
        Rows rows = new Rows(source, FEED_NAMES);
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            JsonNode descriptor = item.path("MatchedObjectDescriptor");
            if (!descriptor.isObject()) {
                rows.reject("index " + i, "MatchedObjectDescriptor", "missing");
                continue;
            }
            rows.read("index " + i, () -> UsajobsPosting.from(source, Json.text(item, "MatchedObjectId"), descriptor, fetchedAt));
        }
        return rows.result();
    }
}
