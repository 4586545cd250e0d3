package io.jobpilot.postings.feed;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.jobpilot.postings.feed.ScriptedServer.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeedFetcherTest {
    private static final String ETAG = "\"v1\"";
    private static final String MODIFIED = "Tue, 07 Apr 2026 06:00:00 GMT";
    private static final RandomGenerator NO_JITTER = () -> 0L;

    private final List<Duration> sleeps = new ArrayList<>();
    private ScriptedServer server;

    @AfterEach
    void stop() {
        server.close();
    }

    private FeedFetcher fetcher(int maxAttempts, Duration requestTimeout, RandomGenerator random) {
        return new FeedFetcher(new FeedFetcher.Settings(Duration.ofSeconds(2), requestTimeout, maxAttempts,
                Duration.ofMillis(100), Duration.ofSeconds(30)), sleeps::add, random);
    }

    private FeedFetcher fetcher(int maxAttempts) {
        return fetcher(maxAttempts, Duration.ofSeconds(5), NO_JITTER);
    }

    @Test
    void aSecondFetchSendsTheRememberedValidatorsAndA304IsNotModified() throws Exception {
        server = new ScriptedServer(Reply.of(200, "[]", "ETag", ETAG, "Last-Modified", MODIFIED), Reply.of(304, ""));
        FeedFetcher f = fetcher(3);

        Fetched first = f.fetch(server.uri("/feed"), Map.of());
        Fetched second = f.fetch(server.uri("/feed"), Map.of());

        assertThat(new String(first.body(), StandardCharsets.UTF_8)).isEqualTo("[]");
        assertThat(first.isNotModified()).isFalse();
        assertThat(second.isNotModified()).isTrue();
        assertThat(server.received().get(0).containsKey("If-None-Match")).isFalse();
        assertThat(server.received().get(1).getFirst("If-None-Match")).isEqualTo(ETAG);
        assertThat(server.received().get(1).getFirst("If-Modified-Since")).isEqualTo(MODIFIED);
        assertThat(f.state()).containsEntry(server.uri("/feed").toString(), new FeedFetcher.Validators(ETAG, MODIFIED));
    }

    @Test
    void validatorsRestoredIntoANewFetcherMakeItsFirstRequestConditional() throws Exception {
        server = new ScriptedServer(Reply.of(200, "[]", "ETag", ETAG), Reply.of(304, ""));
        FeedFetcher before = fetcher(1);
        before.fetch(server.uri("/feed"), Map.of());

        FeedFetcher after = fetcher(1);
        after.restore(before.state());

        assertThat(after.fetch(server.uri("/feed"), Map.of()).isNotModified()).isTrue();
        assertThat(server.received().get(1).getFirst("If-None-Match")).isEqualTo(ETAG);
    }

    @Test
    void a503And429AreRetriedAfterTheRetryAfterTheServerAskedFor() throws Exception {
        server = new ScriptedServer(Reply.of(503, "busy", "Retry-After", "7"), Reply.of(429, "", "Retry-After", "2"),
                Reply.of(200, "ok"));

        Fetched fetched = fetcher(3).fetch(server.uri("/feed"), Map.of());

        assertThat(fetched.status()).isEqualTo(200);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(2));
        assertThat(server.received()).hasSize(3);
    }

    @Test
    void serverErrorsWithoutRetryAfterBackOffExponentiallyWithJitter() throws Exception {
        server = new ScriptedServer(Reply.of(500, ""), Reply.of(502, ""), Reply.of(200, "ok"));

        fetcher(3, Duration.ofSeconds(5), new SplittableRandom(7)).fetch(server.uri("/feed"), Map.of());

        assertThat(sleeps).hasSize(2);
        assertThat(sleeps.get(0)).isBetween(Duration.ofMillis(100), Duration.ofMillis(150));
        assertThat(sleeps.get(1)).isBetween(Duration.ofMillis(200), Duration.ofMillis(300));
    }

    @Test
    void a404IsNotRetriedAndItsStatusIsReported() {
        server = new ScriptedServer(Reply.of(404, "no such feed"));

        assertThatThrownBy(() -> fetcher(3).fetch(server.uri("/feed?serviceKey=abc"), Map.of()))
                .isInstanceOfSatisfying(FeedFetchException.class, e -> assertThat(e.status()).isEqualTo(404))
                .hasMessage("http://127.0.0.1:" + server.port() + "/feed answered HTTP 404");
        assertThat(server.received()).hasSize(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void retriesStopAtMaxAttemptsWithTheLastStatus() {
        server = new ScriptedServer(Reply.of(503, ""));

        assertThatThrownBy(() -> fetcher(3).fetch(server.uri("/feed"), Map.of()))
                .isInstanceOfSatisfying(FeedFetchException.class, e -> assertThat(e.status()).isEqualTo(503))
                .hasMessageEndingWith("answered HTTP 503 after 3 attempt(s)");
        assertThat(server.received()).hasSize(3);
        assertThat(sleeps).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void aServerSlowerThanTheRequestTimeoutFailsWithATimeout() {
        server = new ScriptedServer(Reply.of(200, "ok"));

        assertThatThrownBy(() -> fetcher(1, Duration.ofMillis(200), NO_JITTER).fetch(server.uri("/slow"), Map.of()))
                .isInstanceOfSatisfying(FeedFetchException.class, e -> assertThat(e.status()).isZero())
                .hasCauseInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void aRefusedConnectionIsRetriedThenReported() {
        server = new ScriptedServer(Reply.of(200, "ok"));
        var closed = server.uri("/feed");
        server.close();

        assertThatThrownBy(() -> fetcher(2).fetch(closed, Map.of()))
                .isInstanceOfSatisfying(FeedFetchException.class, e -> assertThat(e.status()).isZero());
        assertThat(sleeps).containsExactly(Duration.ofMillis(100));
    }

    @Test
    void configuredHeadersAreSentButTheirValuesAndTheQueryNeverReachTheLog() throws Exception {
        server = new ScriptedServer(Reply.of(503, ""), Reply.of(200, "ok"));
        Logger log = (Logger) LoggerFactory.getLogger(FeedFetcher.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        log.addAppender(logged);
        try {
            fetcher(2).fetch(server.uri("/feed?serviceKey=key-in-query"), Map.of("Authorization-Key", "secret-key-123",
                    "User-Agent", "jobs@jobpilot.example", "Host", "data.usajobs.gov"));
        } finally {
            log.detachAppender(logged);
        }

        var headers = server.received().get(1);
        assertThat(headers.getFirst("Authorization-Key")).isEqualTo("secret-key-123");
        assertThat(headers.getFirst("User-Agent")).isEqualTo("jobs@jobpilot.example");
        // the JDK client derives Host from the URL; a configured Host header must not break the request
        assertThat(headers.getFirst("Host")).isEqualTo("127.0.0.1:" + server.port());
        assertThat(logged.list).isNotEmpty().allSatisfy(e -> assertThat(e.getFormattedMessage())
                .doesNotContain("secret-key-123").doesNotContain("jobs@jobpilot.example").doesNotContain("key-in-query"));
    }
}
