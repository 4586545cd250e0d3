package io.jobpilot.data;

/** A shipped or supplied data file is missing or malformed; the message names the file, the line and what is wrong. */
public class DataFileException extends RuntimeException {
    private final String file;
    private final int line;

    public DataFileException(String file, int line, String reason) {
        super(file + (line > 0 ? " line " + line : "") + ": " + reason);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }
}
