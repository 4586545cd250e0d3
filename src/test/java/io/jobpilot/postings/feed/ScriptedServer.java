package io.jobpilot.postings.feed;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The JDK's own HTTP server on 127.0.0.1 and a random port, answering /feed from a script of replies (the last one
 * repeats) and /slow only after the test ends, so the fetcher is tested against real HTTP.
 */
final class ScriptedServer implements AutoCloseable {
    record Reply(int status, Map<String, String> headers, String body) {
        static Reply of(int status, String body, String... headerPairs) {
            Map<String, String> headers = new java.util.LinkedHashMap<>();
            for (int i = 0; i < headerPairs.length; i += 2) {
                headers.put(headerPairs[i], headerPairs[i + 1]);
            }
            return new Reply(status, headers, body);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final ConcurrentLinkedDeque<Reply> script = new ConcurrentLinkedDeque<>();
    private final List<Headers> received = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);

    ScriptedServer(Reply... replies) {
        script.addAll(List.of(replies));
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/feed", exchange -> {
            received.add(exchange.getRequestHeaders());
            Reply r = script.size() > 1 ? script.poll() : script.peek();
            r.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            byte[] body = r.body().getBytes(StandardCharsets.UTF_8);
            boolean empty = body.length == 0 || r.status() == 304;
            exchange.sendResponseHeaders(r.status(), empty ? -1 : body.length);
            if (!empty) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.createContext("/slow", exchange -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port() + pathAndQuery);
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** The request headers of every request /feed received, in order. */
    List<Headers> received() {
        return received;
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
