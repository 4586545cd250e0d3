package io.jobpilot.postings.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.jobpilot.postings.FeedResult;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * schema.org JobPosting JSON-LD: a single object, an array, an object with {@code @graph}, or the
 * {@code <script type="application/ld+json">} blocks of an HTML page (career sites publish it there for search
 * engines). Items of other types are skipped silently. "index N" counts every item in document order, across blocks.
 */
final class JsonLdReader implements FeedReader {
    private static final Pattern SCRIPT = Pattern.compile("(?is)<script\\b([^>]*)>(.*?)</script\\s*>");
    private static final Pattern LD_JSON = Pattern.compile("(?i)(?:^|\\s)type\\s*=\\s*[\"']?\\s*application/ld\\+json");
    private static final Pattern WRAPPER = Pattern.compile("^\\s*(?://\\s*)?(?:<!--|<!\\[CDATA\\[)|(?://\\s*)?(?:-->|]]>)\\s*$");

    @Override
    public String format() {
        return "jsonld";
    }

    @Override
    public FeedResult read(String source, InputStream in, Instant fetchedAt) throws IOException {
        String text = Json.readText(in).strip();
        if (text.isEmpty()) {
            return Rows.unreadable(source, "empty input");
        }
        Rows rows = new Rows(source, Map.of());
        if (text.startsWith("<")) {
            return readHtml(text, source, fetchedAt, rows);
        }
        JsonNode doc;
        try {
            doc = Json.parse(text);
        } catch (JsonProcessingException e) {
            return Rows.unreadable(source, Json.why(e));
        }
        if (!doc.isContainerNode()) {
            return Rows.unreadable(source, "expected a JSON-LD object or array, found " + doc.getNodeType());
        }
        readItems(items(doc), 0, source, fetchedAt, rows);
        return rows.result();
    }

    private static FeedResult readHtml(String html, String source, Instant fetchedAt, Rows rows) {
        Matcher m = SCRIPT.matcher(html);
        int block = 0;
        int index = 0;
        while (m.find()) {
            if (!LD_JSON.matcher(m.group(1)).find()) {
                continue;
            }
            String json = WRAPPER.matcher(m.group(2).strip()).replaceAll("").strip();
            try {
                index = readItems(items(Json.parse(json)), index, source, fetchedAt, rows);
            } catch (JsonProcessingException e) {
                rows.reject("script " + block, null, Json.why(e));
            }
            block++;
        }
        return block == 0 ? Rows.unreadable(source, "no <script type=\"application/ld+json\"> block in the HTML") : rows.result();
    }

    /** Reads the JobPostings among {@code items}, numbering from {@code index}; returns the next free index. */
    private static int readItems(List<JsonNode> items, int index, String source, Instant fetchedAt, Rows rows) {
        for (JsonNode item : items) {
            if (isJobPosting(item)) {
                rows.read("index " + index, () -> JsonLdPosting.from(source, item, fetchedAt));
            }
            index++;
        }
        return index;
    }

    private static List<JsonNode> items(JsonNode doc) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode n : Json.many(doc)) {
            if (n.isObject() && n.has("@graph") && !n.has("@type")) {
                out.addAll(Json.many(n.get("@graph")));
            } else {
                out.add(n);
            }
        }
        return out;
    }

    /** {@code @type} is, or includes, JobPosting, also when written as a full IRI or with a prefix. */
    static boolean isJobPosting(JsonNode item) {
        if (!item.isObject()) {
            return false;
        }
        for (JsonNode t : Json.many(item.get("@type"))) {
            String type = Json.scalar(t);
            if (type != null && type.strip().toLowerCase(Locale.ROOT).replaceAll("^.*[/:#]", "").equals("jobposting")) {
                return true;
            }
        }
        return false;
    }
}
