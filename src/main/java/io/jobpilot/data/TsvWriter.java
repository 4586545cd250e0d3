package io.jobpilot.data;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/** Writes the generated extracts: a comment block, a header, then rows; values are cleaned of tabs and newlines. */
public final class TsvWriter implements AutoCloseable {
    private final BufferedWriter out;
    private final int width;
    private int rows;

    public TsvWriter(Path file, List<String> comments, String... header) throws IOException {
        this(newFile(file), comments, header);
    }

    public TsvWriter(OutputStream target, List<String> comments, String... header) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8));
        this.width = header.length;
        for (String c : comments) {
            out.write("# " + c + "\n");
        }
        out.write(String.join("\t", header) + "\n");
    }

    private static OutputStream newFile(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.newOutputStream(file);
    }

    public void row(Object... values) throws IOException {
        if (values.length != width) {
            throw new IllegalArgumentException("row has " + values.length + " values, header has " + width);
        }
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append('\t');
            }
            line.append(clean(values[i]));
        }
        out.write(line.append('\n').toString());
        rows++;
    }

    public int rows() {
        return rows;
    }

    static String clean(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> c) {
            StringBuilder s = new StringBuilder();
            for (Object o : c) {
                String v = clean(o).replace("|", "/");
                if (v.isEmpty()) {
                    continue;
                }
                if (s.length() > 0) {
                    s.append('|');
                }
                s.append(v);
            }
            return s.toString();
        }
        return value.toString().replaceAll("[\\t\\r\\n]+", " ").replaceAll(" {2,}", " ").strip();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
