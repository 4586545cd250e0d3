package io.jobpilot.channel.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jobpilot.conversation.Inbound;

import java.util.regex.Pattern;

/**
 * What the page sends: {@code {"id": "<message id>", "clientId": "<seeker id>", "text": "..."}}.
 *
 * @param id       the page's id for this message; a resend with the same id is answered once
 * @param clientId the random id the page keeps in localStorage: it identifies the seeker on the "web" channel
 */
record WireMessage(String id, String clientId, String text) {
    static final String CHANNEL = "web";
    static final int MAX_TEXT = 8_000;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    /** Parses and checks a body; every problem is a {@link BadMessage} naming the field. */
    static WireMessage parse(ObjectMapper json, String body) {
        JsonNode node;
        try {
            node = json.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            // the first clause of Jackson's message, without its source excerpt
            String reason = e.getOriginalMessage().split("\\s\\(|\n", 2)[0];
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new BadMessage(null, "body", "not valid JSON" + where + " (" + reason + ")");
        }
        if (node == null || !node.isObject()) {
            throw new BadMessage(null, "body", "expected a JSON object like {\"id\":..., \"clientId\":..., \"text\":...}");
        }
        String id = identifier(null, node, "id");
        String clientId = identifier(id, node, "clientId");
        JsonNode text = node.get("text");
        if (text == null || text.isNull()) {
            throw new BadMessage(id, "text", "missing");
        }
        if (!text.isTextual()) {
            throw new BadMessage(id, "text", "expected a string, got " + text.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        String t = text.asText();
        if (t.isBlank()) {
            throw new BadMessage(id, "text", "is blank");
        }
        int length = t.codePointCount(0, t.length());
        if (length > MAX_TEXT) {
            throw new BadMessage(id, "text", "longer than " + MAX_TEXT + " characters (" + length + ")");
        }
        return new WireMessage(id, clientId, t);
    }

    /** A well-formed message or client id. */
    static boolean validId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    private static String identifier(String replyTo, JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new BadMessage(replyTo, field, "missing");
        }
        if (!v.isTextual() || !ID.matcher(v.asText()).matches()) {
            throw new BadMessage(replyTo, field, "expected 1 to 100 letters, digits, '.', '_', ':' or '-'");
        }
        return v.asText();
    }

    /** The pipeline's message; the id is scoped to the client because the pipeline deduplicates per channel. */
    Inbound inbound() {
        return new Inbound(CHANNEL, clientId, clientId + "/" + id, text);
    }
}
