package io.jobpilot.taxonomy.build;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.jobpilot.data.DataFileException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Reads the upstream CSV (quoted, multi-line) and O*NET tab-separated files from ../shared/data. */
final class SourceCsv {
    private SourceCsv() {
    }

    static List<Map<String, String>> csv(Path file) throws IOException {
        return read(file, CsvSchema.emptySchema().withHeader());
    }

    static List<Map<String, String>> tabbed(Path file) throws IOException {
        return read(file, CsvSchema.emptySchema().withHeader().withColumnSeparator('\t').withoutQuoteChar());
    }

    private static List<Map<String, String>> read(Path file, CsvSchema schema) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new DataFileException(file.toString(), 0, "source file is missing");
        }
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.TRIM_SPACES);
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class).with(schema).readValues(file.toFile())) {
            while (it.hasNext()) {
                rows.add(it.next());
            }
        }
        return rows;
    }

    /** Splits a list field on the given separator, trimming and dropping empty parts. */
    static List<String> split(String value, String separatorRegex) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(separatorRegex)).map(String::strip)
                .filter(s -> s.codePoints().anyMatch(Character::isLetterOrDigit)).distinct().toList();
    }

    /** The first sentence of a description, at most {@code max} characters. */
    static String firstSentence(String text, int max) {
        if (text == null) {
            return "";
        }
        String t = text.replaceAll("\\s+", " ").strip();
        int dot = t.indexOf(". ");
        if (dot > 0) {
            t = t.substring(0, dot + 1);
        }
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }
}
