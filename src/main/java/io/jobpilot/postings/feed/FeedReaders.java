package io.jobpilot.postings.feed;

import java.util.List;
import java.util.Locale;

/** Picks the reader for a configured feed format, so configuration names a format instead of a class. */
public final class FeedReaders {
    /** Every format a feed may be configured with. */
    public static final List<String> FORMATS = List.of("jsonld", "csv", "jsonl", "alio", "nyc", "usajobs");

    private FeedReaders() {
    }

    /**
     * @param mappingOrNull required for {@code csv} and {@code jsonl}, whose columns users name; refused for the
     *                      other formats, whose shape is fixed, so a misplaced mapping is not silently ignored
     * @throws IllegalArgumentException for an unknown format or a mapping that does not fit it
     */
    public static FeedReader forFormat(String format, ColumnMapping mappingOrNull) {
        String f = format == null ? "" : format.strip().toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(f)) {
            throw new IllegalArgumentException("unknown feed format '" + format + "' (known: " + String.join(", ", FORMATS) + ")");
        }
        boolean tabular = f.equals("csv") || f.equals("jsonl");
        if (tabular && mappingOrNull == null) {
            throw new IllegalArgumentException("feed format '" + f + "' needs a column mapping (schema field -> column)");
        }
        if (!tabular && mappingOrNull != null) {
            throw new IllegalArgumentException("feed format '" + f + "' has a fixed shape; a column mapping is only for csv and jsonl");
        }
        return switch (f) {
            case "jsonld" -> new JsonLdReader();
            case "csv" -> TabularReader.csv(mappingOrNull);
            case "jsonl" -> TabularReader.jsonl(mappingOrNull);
            case "alio" -> new AlioReader();
            case "nyc" -> new NycReader();
            default -> new UsajobsReader();
        };
    }
}
