package io.jobpilot.postings;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The JSON form of an indexed posting, as kept in the index. */
final class PostingJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** A reader bound to the type once: the per-call type lookup showed up when every match reads 60 postings. */
    private static final com.fasterxml.jackson.databind.ObjectReader READER = MAPPER.readerFor(IndexedPosting.class);

    private PostingJson() {
    }

    static byte[] write(IndexedPosting p) {
        try {
            return MAPPER.writeValueAsBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static IndexedPosting read(byte[] json) {
        return read(json, 0, json.length);
    }

    /** Reads the {@code length} bytes of {@code json} from {@code offset}. */
    static IndexedPosting read(byte[] json, int offset, int length) {
        try {
            return READER.readValue(json, offset, length);
        } catch (IOException e) {
            throw new UncheckedIOException("an indexed posting cannot be read back", e);
        }
    }
}
