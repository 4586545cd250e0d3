package io.jobpilot.conversation;

/**
 * One message from a channel, channel-neutral.
 *
 * @param inboundId the channel's id for this message (a Telegram update id, a web client's message id): processed once
 * @param text      what the seeker wrote, or the payload of the button pressed
 */
public record Inbound(String channel, String channelUserId, String inboundId, String text) {
    public Inbound {
        if (channel == null || channelUserId == null || inboundId == null) {
            throw new IllegalArgumentException("an inbound message needs a channel, a user and an id");
        }
        text = text == null ? "" : text;
    }
}
