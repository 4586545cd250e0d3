package io.jobpilot.postings.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.jobpilot.postings.FeedResult;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;

/**
 * NYC Open Data "Jobs NYC Postings" (dataset kpav-sd4t), as the SODA API's JSON array ("index N") or as the
 * project's shipped JSONL extract ("line N"), whose field names are shorter (salary_from, full_time_part_time,
 * division). Postings sharing a job_id (Internal and External) stay separate rows; dedup happens later.
 */
final class NycReader implements FeedReader {
    @Override
    public String format() {
        return "nyc";
    }

    @Override
    public FeedResult read(String source, InputStream in, Instant fetchedAt) throws IOException {
        String text = Json.readText(in);
        if (text.isBlank()) {
            return Rows.unreadable(source, "empty input");
        }
        Rows rows = new Rows(source, NycRow.SODA_NAMES);
        if (text.strip().startsWith("[")) {
            JsonNode doc;
            try {
                doc = Json.parse(text);
            } catch (JsonProcessingException e) {
                return Rows.unreadable(source, Json.why(e));
            }
            for (int i = 0; i < doc.size(); i++) {
                read(doc.get(i), "index " + i, source, fetchedAt, rows);
            }
            return rows.result();
        }
        List<String> lines = text.lines().toList();
        boolean anyObject = false;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                JsonNode row = Json.parse(lines.get(i));
                anyObject |= row.isObject();
                read(row, "line " + (i + 1), source, fetchedAt, rows);
            } catch (JsonProcessingException e) {
                rows.reject("line " + (i + 1), null, Json.why(e));
            }
        }
        // not one line was JSON: this is not a broken row but a document in some other format
        return anyObject ? rows.result() : Rows.unreadable(source, "neither a JSON array nor JSON lines");
    }

    private static void read(JsonNode row, String where, String source, Instant fetchedAt, Rows rows) {
        if (!row.isObject()) {
            rows.reject(where, null, "expected a JSON object, found " + row.getNodeType());
            return;
        }
        NycRow r = new NycRow(row);
        rows.read(where, r.feedNames(), () -> r.toPosting(source, fetchedAt));
    }
}
