package io.jobpilot.channel.web;

/** A message the channel refuses, naming the field and why; answered with 400 (or an error frame on the WebSocket). */
final class BadMessage extends RuntimeException {
    private final String replyTo;

    /** @param replyTo the message's id when it could be read, so the page can mark that message as failed */
    BadMessage(String replyTo, String field, String reason) {
        super(field + ": " + reason, null, false, false);
        this.replyTo = replyTo;
    }

    String replyTo() {
        return replyTo;
    }
}
