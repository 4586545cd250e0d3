package io.jobpilot.postings.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.jobpilot.postings.FeedResult;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * CSV (header row, quoted multi-line cells) and JSONL (one object per line) feeds laid out by the user and read
 * through a {@link ColumnMapping}. "line N" is the physical line where the row starts, so an editor jumps to it.
 */
final class TabularReader implements FeedReader {
    private static final CsvMapper CSV = new CsvMapper();

    private final String format;
    private final ColumnMapping mapping;
    private final Map<String, String> feedNames = new HashMap<>();

    private TabularReader(String format, ColumnMapping mapping) {
        this.format = format;
        this.mapping = mapping;
        mapping.columns().forEach(feedNames::put);
        feedNames.put("baseSalary", mapping.columns().getOrDefault("salaryMin", "salaryMin"));
    }

    static TabularReader csv(ColumnMapping mapping) {
        return new TabularReader("csv", mapping);
    }

    static TabularReader jsonl(ColumnMapping mapping) {
        return new TabularReader("jsonl", mapping);
    }

    @Override
    public String format() {
        return format;
    }

    @Override
    public FeedResult read(String source, InputStream in, Instant fetchedAt) throws IOException {
        String text = Json.readText(in);
        if (text.isBlank()) {
            return Rows.unreadable(source, "empty input");
        }
        return format.equals("csv") ? readCsv(text, source, fetchedAt) : readJsonl(text, source, fetchedAt);
    }

    private FeedResult readCsv(String text, String source, Instant fetchedAt) {
        MappingIterator<Map<String, String>> it;
        try {
            it = CSV.readerFor(Map.class).with(CsvSchema.emptySchema().withHeader())
                    .with(CsvParser.Feature.SKIP_EMPTY_LINES).readValues(text);
        } catch (IOException e) {
            return Rows.unreadable(source, "CSV header unreadable: " + e.getMessage().lines().findFirst().orElse(""));
        }
        List<String> header = ((CsvSchema) it.getParser().getSchema()).getColumnNames();
        List<String> missing = mapping.columns().values().stream().filter(c -> !header.contains(c)).distinct().toList();
        if (!missing.isEmpty()) {
            return Rows.unreadable(source, "the CSV header lacks the mapped column(s) "
                    + missing.stream().map(c -> "'" + c + "'").collect(Collectors.joining(", ")) + " (header: " + header + ")");
        }
        Rows rows = new Rows(source, feedNames);
        long lastFailure = -1;
        while (true) {
            long line = it.getParser().currentLocation().getLineNr();
            try {
                if (!it.hasNextValue()) {
                    break;
                }
                // after hasNextValue the parser stands at the row's first character: the row's starting line
                line = it.getParser().currentLocation().getLineNr();
                Map<String, String> row = it.nextValue();
                rows.read("line " + line, () -> MappedRow.toPosting(source, mapping, row::get, fetchedAt));
            } catch (IOException | RuntimeException e) {
                rows.reject("line " + line, null, "bad CSV row: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
                long at = it.getParser().currentLocation().getCharOffset();
                if (it.getParser().isClosed() || at == lastFailure) {
                    break; // the parser cannot get past this point: stop rather than report it forever
                }
                lastFailure = at;
            }
        }
        return rows.result();
    }

    private FeedResult readJsonl(String text, String source, Instant fetchedAt) {
        if (text.strip().startsWith("[")) {
            return Rows.unreadable(source, "expected one JSON object per line, found a JSON array");
        }
        Rows rows = new Rows(source, feedNames);
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String where = "line " + (i + 1);
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                JsonNode row = Json.parse(lines.get(i));
                if (!row.isObject()) {
                    rows.reject(where, null, "expected a JSON object, found " + row.getNodeType());
                    continue;
                }
                rows.read(where, () -> MappedRow.toPosting(source, mapping, column -> cell(row.get(column)), fetchedAt));
            } catch (JsonProcessingException e) {
                rows.reject(where, null, Json.why(e));
            }
        }
        return rows.result();
    }

    /** A JSON value as cell text; an array becomes a "|"-separated list, which list fields split again. */
    private static String cell(JsonNode v) {
        if (v != null && v.isArray()) {
            return Json.joinedNames(v, "|");
        }
        return v != null && v.isObject() ? Json.name(v) : Json.scalar(v);
    }
}
