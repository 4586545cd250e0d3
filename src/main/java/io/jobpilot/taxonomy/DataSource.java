package io.jobpilot.taxonomy;

import io.jobpilot.data.DataFileException;
import io.jobpilot.data.TsvTable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Where the taxonomy's files come from: the classpath (shipped) or a directory (tests, a deployer's own extracts). */
public interface DataSource {
    /** Opens {@code data/<name>}, or returns null when it does not exist. */
    InputStream open(String name) throws IOException;

    static DataSource classpath() {
        return name -> DataSource.class.getClassLoader().getResourceAsStream("data/" + name);
    }

    /** Files under {@code dir}, falling back to the shipped ones for files the directory lacks. */
    static DataSource directory(Path dir) {
        DataSource shipped = classpath();
        return name -> {
            Path p = dir.resolve(name);
            return Files.exists(p) ? Files.newInputStream(p) : shipped.open(name);
        };
    }

    /** Reads a required table; a missing or malformed file fails with its name and line. */
    default TsvTable table(String name, String... requiredColumns) {
        try {
            InputStream in = open(name);
            if (in == null) {
                throw new DataFileException("data/" + name, 0, "file is missing");
            }
            return TsvTable.read("data/" + name, name.endsWith(".gz") ? new GZIPInputStream(in) : in, requiredColumns);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data/" + name, e);
        }
    }
}
