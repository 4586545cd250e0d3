package io.jobpilot.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.testtools.HttpClient;
import io.jobpilot.App;
import io.jobpilot.access.Keys;
import io.jobpilot.access.Role;
import io.jobpilot.channel.web.WebChannel;
import io.jobpilot.config.Config;
import io.jobpilot.conversation.ConversationStore;
import io.jobpilot.conversation.Inbound;
import io.jobpilot.conversation.Reply;
import io.jobpilot.profile.AiLevel;
import io.jobpilot.profile.SeekerProfile;
import io.javalin.testtools.Response;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A real App on a temp data dir (no sample postings, no embedding model), seekers stored directly, and HTTP helpers. */
final class ApiWorld implements AutoCloseable {
    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    static final ObjectMapper JSON = new ObjectMapper();
    final App app;
    private final AtomicInteger ids = new AtomicInteger();

    ApiWorld(Path dir) {
        app = new App(new Config(dir, "127.0.0.1", 0, "warn", false, false, List.of()), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    Javalin server() {
        return WebChannel.create(app.pipeline(), List.of(Api.routes(app.apiParts())));
    }

    String key(Role role, String org, int perMinute) {
        return new Keys(app.store().access(), app.clock()).create(role, org, perMinute).text();
    }

    /** A seeker who finished the interview, with Python and SQL; {@code findable} as given. */
    String seeker(String chatId, String location, boolean findable) {
        var store = app.store();
        String user = store.userFor("test", chatId);
        SeekerProfile p = new SeekerProfile(user, 0, "ko",
                List.of(new SeekerProfile.TargetRole("esco:2511.3", "데이터 분석가", "데이터 분석가")),
                List.of(new SeekerProfile.SkillEvidence("tech:python", "Python", "Python으로 한빛상사 매출 분석", "interview:skills"),
                        new SeekerProfile.SkillEvidence("tech:sql", "SQL", "SQL 3년", "interview:skills")),
                3, List.of("분석가"), AiLevel.L2, location, true, false, null, List.of("PART_TIME"), List.of("ko"),
                List.of("SQLD"), new SeekerProfile.Consent(true, NOW, findable, findable ? NOW : null));
        store.commit(new ConversationStore.Turn(user, "test", chatId + "/" + ids.incrementAndGet(), "네", List.of("저장했어요"),
                "{\"step\":\"DONE\",\"lang\":\"ko\",\"langLocked\":false,\"returnToSummary\":false,\"forgetPending\":false}",
                p, true, NOW));
        return user;
    }

    Reply say(String chatId, String text) {
        return app.pipeline().handle(new Inbound("test", chatId, chatId + "/" + ids.incrementAndGet(), text));
    }

    static Response get(HttpClient client, String path, String key) {
        return client.get(path, r -> {
            if (key != null) {
                r.header("Authorization", "Bearer " + key);
            }
        });
    }

    static Response post(HttpClient client, String path, String key, String json) {
        return client.request(path, r -> {
            r.post(java.net.http.HttpRequest.BodyPublishers.ofString(json));
            r.header("Content-Type", "application/json");
            if (key != null) {
                r.header("Authorization", "Bearer " + key);
            }
        });
    }

    static JsonNode json(Response r) {
        try {
            return JSON.readTree(r.body().string());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(Response r) {
        return r.body().string();
    }

    static final String JOB = "{\"jobPosting\": {\"@context\": \"https://schema.org\", \"@type\": \"JobPosting\","
            + " \"title\": \"데이터 분석 보조 (파트타임)\", \"description\": \"매출 데이터를 Python과 SQL로 분석\","
            + " \"skills\": [\"Python\", \"SQL\", \"Tableau\"], \"employmentType\": \"PART_TIME\","
            + " \"jobLocation\": {\"address\": {\"addressRegion\": \"서울\", \"addressCountry\": \"KR\"}}}}";

    @Override
    public void close() {
        app.close();
    }
}
