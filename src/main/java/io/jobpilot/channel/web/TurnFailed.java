package io.jobpilot.channel.web;

/** The pipeline failed on a message that was read: answered with 500, tied to the message id so the page can resend. */
final class TurnFailed extends RuntimeException {
    private final String replyTo;

    TurnFailed(String replyTo, RuntimeException cause) {
        super("a turn failed", cause);
        this.replyTo = replyTo;
    }

    String replyTo() {
        return replyTo;
    }
}
