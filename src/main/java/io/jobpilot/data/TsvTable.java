package io.jobpilot.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.zip.GZIPInputStream;

/**
 * A tab-separated data file as shipped under {@code src/main/resources/data/}: a header line, then one record per line;
 * lines starting with {@code #} and blank lines are ignored. Every problem is reported with the file name and line.
 */
public final class TsvTable {
    private final String name;
    private final List<String> columns;
    private final List<Row> rows;

    private TsvTable(String name, List<String> columns, List<Row> rows) {
        this.name = name;
        this.columns = columns;
        this.rows = rows;
    }

    /** Reads a resource from the classpath, failing with a {@link DataFileException} when it is missing or malformed. */
    public static TsvTable resource(String path, String... requiredColumns) {
        InputStream in = TsvTable.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new DataFileException(path, 0, "file is missing from the classpath");
        }
        try {
            return read(path, path.endsWith(".gz") ? new GZIPInputStream(in) : in, requiredColumns);
        } catch (IOException e) {
            throw new DataFileException(path, 0, "not a readable gzip file: " + e.getMessage());
        }
    }

    public static TsvTable read(String name, InputStream in, String... requiredColumns) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> header = null;
            Map<String, Integer> index = new HashMap<>();
            List<Row> rows = new ArrayList<>();
            String line;
            int lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (header == null) {
                    header = List.of(fields);
                    for (int i = 0; i < fields.length; i++) {
                        index.put(fields[i], i);
                    }
                    for (String required : requiredColumns) {
                        if (!header.contains(required)) {
                            throw new DataFileException(name, lineNo,
                                    "header lacks column '" + required + "' (header is " + header + ")");
                        }
                    }
                    continue;
                }
                if (fields.length != header.size()) {
                    throw new DataFileException(name, lineNo,
                            "expected " + header.size() + " tab-separated fields, found " + fields.length);
                }
                rows.add(new Row(name, lineNo, index, fields));
            }
            if (header == null) {
                throw new DataFileException(name, lineNo, "file is empty (no header line)");
            }
            return new TsvTable(name, header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    public String name() {
        return name;
    }

    public List<String> columns() {
        return columns;
    }

    public List<Row> rows() {
        return rows;
    }

    /** One record; accessors fail with the file and line when a value is missing or malformed. */
    public static final class Row {
        private final String file;
        private final int line;
        private final Map<String, Integer> index;
        private final String[] fields;

        Row(String file, int line, Map<String, Integer> index, String[] fields) {
            this.file = file;
            this.line = line;
            this.index = index;
            this.fields = fields;
        }

        public int line() {
            return line;
        }

        public String file() {
            return file;
        }

        /** The value of the column, or "" when empty. */
        public String get(String column) {
            Integer i = index.get(column);
            if (i == null) {
                throw error("no column '" + column + "'");
            }
            return fields[i].strip();
        }

        /** A value that must not be empty. */
        public String required(String column) {
            String v = get(column);
            if (v.isEmpty()) {
                throw error("column '" + column + "' is empty");
            }
            return v;
        }

        /** The {@code |}-separated values of the column, without empty ones. */
        public List<String> list(String column) {
            String v = get(column);
            if (v.isEmpty()) {
                return List.of();
            }
            return Arrays.stream(v.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        public int integer(String column) {
            String v = required(column);
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw error("column '" + column + "' is not a whole number: '" + v + "'");
            }
        }

        public DataFileException error(String reason) {
            return new DataFileException(file, line, reason);
        }
    }
}
