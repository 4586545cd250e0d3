package io.jobpilot.postings.feed;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;

/**
 * Downloads a feed when one is configured with a URL: timeouts, retries with exponential backoff and jitter on
 * network errors, 5xx and 429 (honouring Retry-After), and conditional GET so an unchanged feed costs a 304 and no
 * re-indexing. Header values (API keys) are never logged, and URLs are logged without their query, where data.go.kr
 * keys travel.
 */
public final class FeedFetcher {
    private static final Logger LOG = LoggerFactory.getLogger(FeedFetcher.class);

    /**
     * How patient the fetcher is; {@link #defaults()} suits public APIs that are slow but rarely down.
     *
     * @param maxAttempts at least 1; the first try counts
     * @param baseDelay   wait before the second attempt, doubled for each further one
     * @param maxDelay    cap on any wait, Retry-After included, so a confused server cannot park the refresh for hours
     */
    public record Settings(Duration connectTimeout, Duration requestTimeout, int maxAttempts, Duration baseDelay, Duration maxDelay) {
        public Settings {
            for (Duration d : new Duration[] {connectTimeout, requestTimeout, baseDelay, maxDelay}) {
                if (d == null || d.isNegative() || d.isZero()) {
                    throw new IllegalArgumentException("fetch durations must be positive, got " + d);
                }
            }
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
            }
        }

        public static Settings defaults() {
            return new Settings(Duration.ofSeconds(10), Duration.ofSeconds(60), 4, Duration.ofSeconds(2), Duration.ofMinutes(5));
        }
    }

    /** What the server said identifies the version we have; sent back as If-None-Match / If-Modified-Since. */
    public record Validators(String etag, String lastModified) {
    }

    private final HttpClient client;
    private final Settings settings;
    private final Sleeper sleeper;
    private final RandomGenerator random;
    private final Map<String, Validators> validators = new ConcurrentHashMap<>();

    public FeedFetcher(Settings settings, Sleeper sleeper, RandomGenerator random) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.random = Objects.requireNonNull(random, "random");
        this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /**
     * @param headers extra request headers, e.g. USAJOBS' Authorization-Key and User-Agent. Host is not sent as a
     *                header: the JDK client forbids it and derives it from the URL, which is the same value.
     * @return the body, or {@link Fetched#notModified()} when the server confirms our copy is current
     * @throws FeedFetchException on a 4xx other than 429, or when every attempt failed
     */
    public Fetched fetch(URI url, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest request = request(url, headers);
        for (int attempt = 1; ; attempt++) {
            HttpResponse<byte[]> response;
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                if (attempt >= settings.maxAttempts()) {
                    throw new FeedFetchException(Backoff.redact(url) + ": " + e.getClass().getSimpleName() + " after "
                            + attempt + " attempt(s)", 0, e);
                }
                pause(url, e.getClass().getSimpleName(), attempt, Backoff.delay(attempt, settings, random));
                continue;
            }
            int status = response.statusCode();
            if (status == 304) {
                return Fetched.notModified();
            }
            if (status >= 200 && status < 300) {
                remember(url, response);
                return new Fetched(status, response.body());
            }
            boolean retryable = status == 429 || status >= 500;
            if (!retryable || attempt >= settings.maxAttempts()) {
                throw new FeedFetchException(Backoff.redact(url) + " answered HTTP " + status
                        + (retryable ? " after " + attempt + " attempt(s)" : ""), status, null);
            }
            Optional<Duration> asked = Backoff.retryAfter(response.headers().firstValue("Retry-After").orElse(null), settings);
            pause(url, "HTTP " + status, attempt, asked.isPresent() ? asked.get() : Backoff.delay(attempt, settings, random));
        }
    }

    /** The validators remembered per URL, for a caller that persists them across restarts. */
    public Map<String, Validators> state() {
        return Map.copyOf(validators);
    }

    public void restore(Map<String, Validators> state) {
        validators.putAll(state);
    }

    private HttpRequest request(URI url, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(url).timeout(settings.requestTimeout()).GET();
        headers.forEach((name, value) -> {
            if (!name.equalsIgnoreCase("Host")) {
                b.header(name, value);
            }
        });
        Validators v = validators.get(url.toString());
        if (v != null && v.etag() != null) {
            b.header("If-None-Match", v.etag());
        }
        if (v != null && v.lastModified() != null) {
            b.header("If-Modified-Since", v.lastModified());
        }
        return b.build();
    }

    private void remember(URI url, HttpResponse<?> response) {
        String etag = response.headers().firstValue("ETag").orElse(null);
        String modified = response.headers().firstValue("Last-Modified").orElse(null);
        if (etag == null && modified == null) {
            validators.remove(url.toString());
        } else {
            validators.put(url.toString(), new Validators(etag, modified));
        }
    }

    private void pause(URI url, String why, int attempt, Duration delay) throws InterruptedException {
        LOG.warn("feed {}: {} on attempt {}/{}, retrying in {}", Backoff.redact(url), why, attempt, settings.maxAttempts(), delay);
        sleeper.sleep(delay);
    }
}
