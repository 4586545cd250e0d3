package io.jobpilot.channel.web;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static io.jobpilot.channel.web.WebApps.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** Collects whole text frames of a test's WebSocket; a frame may arrive in parts. */
final class WsFrames implements WebSocket.Listener {
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            received.add(partial.toString());
            partial.setLength(0);
        }
        ws.request(1);
        return null;
    }

    JsonNode next() throws InterruptedException {
        String frame = received.poll(30, TimeUnit.SECONDS);
        assertThat(frame).as("a frame within 30 s").isNotNull();
        return parse(frame);
    }
}
