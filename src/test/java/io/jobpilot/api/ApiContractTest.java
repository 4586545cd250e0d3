package io.jobpilot.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import io.jobpilot.access.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.jobpilot.api.ApiWorld.get;
import static io.jobpilot.api.ApiWorld.json;
import static io.jobpilot.api.ApiWorld.post;
import static org.assertj.core.api.Assertions.assertThat;

/** Errors name the field at fault, keys and roles are checked, limits hold, and every route is documented. */
class ApiContractTest {
    @TempDir
    Path dir;

    @Test
    void errorsSayWhatIsWrongWithWhichFieldAndTheStatus() {
        try (ApiWorld w = new ApiWorld(dir)) {
            String business = w.key(Role.BUSINESS, "빵집", 100);
            String counsellor = w.key(Role.COUNSELLOR, "센터", 100);
            JavalinTest.test(w.server(), (server, http) -> {
                assertThat(get(http, "/api/v1/me", null).code()).isEqualTo(401);
                assertThat(get(http, "/api/v1/me", tampered(business)).code()).isEqualTo(401);
                assertThat(json(get(http, "/api/v1/me", business)).path("org").asText()).isEqualTo("빵집");
                var wrongRole = post(http, "/api/v1/briefs", counsellor, "{\"text\": \"바리스타\"}");
                assertThat(wrongRole.code()).isEqualTo(403);

                JsonNode missing = json(post(http, "/api/v1/briefs", business, "{}"));
                assertThat(missing.path("field").asText()).isEqualTo("text");
                assertThat(missing.path("error").asText()).isEqualTo("text: missing");
                var notJson = post(http, "/api/v1/jobs", business, "{not json");
                assertThat(notJson.code()).isEqualTo(400);
                assertThat(json(notJson).path("field").asText()).isEqualTo("body");
                JsonNode noTitle = json(post(http, "/api/v1/jobs", business, "{\"jobPosting\": {\"description\": \"x\"}}"));
                assertThat(noTitle.path("field").asText()).isEqualTo("title");
                JsonNode badDate = json(post(http, "/api/v1/jobs", business,
                        "{\"title\": \"바리스타\", \"validThrough\": \"next week\"}"));
                assertThat(badDate.path("field").asText()).isEqualTo("validThrough");
                assertThat(badDate.path("error").asText()).contains("next week");
                JsonNode badPage = json(get(http, "/api/v1/contacts?size=500", business));
                assertThat(badPage.path("field").asText()).isEqualTo("size");
                assertThat(get(http, "/api/v1/jobs/99/candidates", business).code()).isEqualTo(404);
                assertThat(json(get(http, "/api/v1/jobs/abc/candidates", business)).path("field").asText()).isEqualTo("id");
                assertThat(http.post("/api/messages", "{\"clientId\": \"c\", \"id\": \"m1\", \"text\": \"hello\"}").code())
                        .as("the chat route still works").isEqualTo(200);
            });
        }
    }

    @Test
    void aKeyOverItsRateLimitGets429WithRetryAfter() {
        try (ApiWorld w = new ApiWorld(dir)) {
            String key = w.key(Role.BUSINESS, "빵집", 2);
            String other = w.key(Role.BUSINESS, "카페", 2);
            JavalinTest.test(w.server(), (server, http) -> {
                assertThat(get(http, "/api/v1/me", key).code()).isEqualTo(200);
                assertThat(get(http, "/api/v1/me", key).code()).isEqualTo(200);
                var limited = get(http, "/api/v1/me", key);
                assertThat(limited.code()).isEqualTo(429);
                assertThat(limited.headers().get("Retry-After")).containsExactly("60");
                assertThat(get(http, "/api/v1/me", other).code()).as("limits are per key").isEqualTo(200);
            });
        }
    }

    @Test
    void aBriefBecomesAJobPostingDraftThatCanBePostedAsIs() {
        try (ApiWorld w = new ApiWorld(dir)) {
            String key = w.key(Role.BUSINESS, "빵집", 100);
            JavalinTest.test(w.server(), (server, http) -> {
                JsonNode draft = json(post(http, "/api/v1/briefs", key,
                        "{\"text\": \"우리 동네 제과점에서 SNS 홍보에 생성형 AI 쓸 줄 아는 분 파트타임으로\"}"));
                JsonNode jp = draft.path("jobPosting");
                assertThat(jp.path("@type").asText()).isEqualTo("JobPosting");
                assertThat(jp.path("employmentType").toString()).contains("PART_TIME");
                assertThat(jp.path("skills").size()).isPositive();
                assertThat(draft.path("missing").toString()).contains("jobLocation (the brief says local", "baseSalary");
                var posted = post(http, "/api/v1/jobs", key, "{\"jobPosting\": " + jp + "}");
                assertThat(posted.code()).isEqualTo(201);
                JsonNode unread = json(post(http, "/api/v1/briefs", key, "{\"text\": \"asdf qwerty\"}"));
                assertThat(unread.path("field").asText()).isEqualTo("text");
                assertThat(unread.path("error").asText()).contains("asdf qwerty");
            });
        }
    }

    @Test
    void everyRouteIsInTheOpenApiDocumentWithAnExample() throws Exception {
        List<String> routes = new ArrayList<>();
        Pattern route = Pattern.compile("config\\.routes\\.(get|post)\\(\"([^\"]+)\"");
        try (Stream<Path> files = Files.list(Path.of("src/main/java/io/jobpilot/api"))) {
            for (Path f : files.toList()) {
                Matcher m = route.matcher(Files.readString(f));
                while (m.find()) {
                    routes.add(m.group(1) + " " + m.group(2));
                }
            }
        }
        assertThat(routes).hasSizeGreaterThan(10);
        try (ApiWorld w = new ApiWorld(dir)) {
            JavalinTest.test(w.server(), (server, http) -> {
                JsonNode doc = json(http.get("/openapi.json"));
                assertThat(doc.path("openapi").asText()).startsWith("3.");
                for (String r : routes) {
                    String[] mp = r.split(" ");
                    JsonNode op = doc.path("paths").path(mp[1]).path(mp[0]);
                    assertThat(op.isObject()).as(r + " documented").isTrue();
                    if (!mp[1].equals("/openapi.json")) {
                        assertThat(op.findValues("example")).as(r + " has examples").isNotEmpty();
                    }
                }
            });
        }
    }

    /** The key with its last character changed (never to itself: a key may already end in the replacement). */
    private static String tampered(String key) {
        char last = key.charAt(key.length() - 1);
        return key.substring(0, key.length() - 1) + (last == '0' ? '1' : '0');
    }
}
