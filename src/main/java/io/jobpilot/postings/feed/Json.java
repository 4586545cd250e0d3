package io.jobpilot.postings.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Jackson in one place, and the few ways feeds spell a value: a scalar, an object with a name, one or many. */
final class Json {
    /** Strict about trailing garbage: "{...} junk" is a broken document, not a good one. */
    static final ObjectMapper MAPPER = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private Json() {
    }

    /** The whole input as UTF-8 text, without a byte order mark (it would end up in the first field name). */
    static String readText(InputStream in) throws IOException {
        String s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** A whole JSON document read from a feed: the tree, or why it is unreadable (empty, not JSON). */
    record Document(JsonNode node, String problem) {
        static Document read(InputStream in) throws IOException {
            String text = readText(in);
            if (text.isBlank()) {
                return new Document(null, "empty input");
            }
            try {
                return new Document(parse(text), null);
            } catch (JsonProcessingException e) {
                return new Document(null, why(e));
            }
        }
    }

    static JsonNode parse(String text) throws JsonProcessingException {
        return MAPPER.readTree(text);
    }

    /** Why Jackson refused the text, with where, for a "document" or "line" error. */
    static String why(JsonProcessingException e) {
        var at = e.getLocation();
        return "not valid JSON" + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr())
                + ": " + e.getOriginalMessage();
    }

    /** Text of a string, number or boolean; null for anything else (missing, null, object, array). */
    static String scalar(JsonNode n) {
        return n != null && n.isValueNode() && !n.isNull() ? n.asText() : null;
    }

    static String text(JsonNode parent, String field) {
        return scalar(parent.get(field));
    }

    /** A scalar, or the {@code name} (else {@code value}) of an object such as an Organization or a PropertyValue. */
    static String name(JsonNode n) {
        if (n != null && n.isObject()) {
            String name = scalar(n.get("name"));
            return name != null ? name : scalar(n.get("value"));
        }
        return scalar(n);
    }

    /** An array's elements, a single value as a list of one, nothing for missing or null. */
    static List<JsonNode> many(JsonNode n) {
        List<JsonNode> out = new ArrayList<>();
        if (n == null || n.isNull() || n.isMissingNode()) {
            return out;
        }
        if (n.isArray()) {
            n.forEach(out::add);
        } else {
            out.add(n);
        }
        return out;
    }

    /** The names of one or many values joined by {@code separator}; null when there are none. */
    static String joinedNames(JsonNode n, String separator) {
        return joined(many(n).stream().map(Json::name).toList(), separator);
    }

    /** Like {@link #joinedNames} for feeds that spell the name property differently (USAJOBS: "Name"). */
    static String joinedField(JsonNode n, String field, String separator) {
        return joined(many(n).stream().map(v -> v.isObject() ? text(v, field) : scalar(v)).toList(), separator);
    }

    private static String joined(List<String> values, String separator) {
        String s = values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).collect(Collectors.joining(separator));
        return s.isEmpty() ? null : s;
    }
}
