package io.jobpilot.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import io.jobpilot.access.AuditEntry;
import io.jobpilot.access.Role;
import io.jobpilot.conversation.Outbox;
import io.jobpilot.conversation.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static io.jobpilot.api.ApiWorld.JOB;
import static io.jobpilot.api.ApiWorld.get;
import static io.jobpilot.api.ApiWorld.json;
import static io.jobpilot.api.ApiWorld.post;
import static io.jobpilot.api.ApiWorld.text;
import static org.assertj.core.api.Assertions.assertThat;

/** The business side over HTTP: only seekers who opted in, anonymised, identity only after the seeker accepts. */
class BusinessPrivacyTest {
    @TempDir
    Path dir;

    @Test
    void aBusinessSeesOnlyFindableSeekersAnonymisedAndIdentityOnlyAfterAcceptance() {
        try (ApiWorld w = new ApiWorld(dir)) {
            String hidden = w.seeker("hidden", "부산 해운대구 우동", false);
            String found = w.seeker("found", "서울 마포구 망원동", true);
            String key = w.key(Role.BUSINESS, "동네빵집", 100);
            JavalinTest.test(w.server(), (server, client) -> {
                var created = post(client, "/api/v1/jobs", key, JOB);
                assertThat(created.code()).isEqualTo(201);
                long job = json(created).path("id").asLong();

                var list = get(client, "/api/v1/jobs/" + job + "/candidates", key);
                String body = text(list);
                JsonNode page = ApiWorld.JSON.readTree(body);
                assertThat(page.path("total").asInt()).as(body).isEqualTo(1);
                JsonNode c = page.path("candidates").get(0);
                assertThat(c.path("region").asText()).isEqualTo("서울");
                assertThat(c.path("matchedSkills").toString()).contains("Python", "SQL");
                assertThat(c.path("missingSkills").toString()).contains("Tableau");
                assertThat(body).as("no identity, no exact place, no seeker's words, no hidden seeker")
                        .doesNotContain(found, hidden, "망원", "마포", "한빛상사", "부산", "pseudonym");
                String handle = c.path("handle").asText();

                var asked = post(client, "/api/v1/jobs/" + job + "/contacts", key,
                        "{\"candidate\": \"" + handle + "\", \"message\": \"주말 근무 가능하세요?\"}");
                assertThat(asked.code()).isEqualTo(201);
                long request = json(asked).path("id").asLong();
                List<Outbox.Notice> notices = w.app.store().pending(found);
                assertThat(notices).singleElement().satisfies(n -> {
                    assertThat(n.kind()).isEqualTo("contact_request");
                    assertThat(n.text()).contains("동네빵집", "데이터 분석 보조", "주말 근무 가능하세요?");
                    assertThat(n.choices()).extracting(ch -> ch.payload())
                            .containsExactly("/contact accept " + request, "/contact decline " + request);
                });

                String pending = text(get(client, "/api/v1/contacts", key));
                assertThat(pending).contains("\"status\":\"pending\"").doesNotContain("shared", "profile", "망원");

                Reply ask = w.say("found", "/contact accept " + request);
                assertThat(String.join(" ", ask.texts())).as("accepting needs what to share").contains("/연락 수락 " + request);
                assertThat(text(get(client, "/api/v1/contacts", key))).contains("pending");

                w.say("found", "/contact accept " + request + " 김하나, Hana@Example.com");
                String accepted = text(get(client, "/api/v1/contacts", key));
                assertThat(accepted).contains("\"status\":\"accepted\"", "김하나, Hana@Example.com", "망원동");

                String pseudonym = w.app.store().access().pseudonym(found);
                assertThat(w.app.store().access().auditLog(pseudonym)).extracting(AuditEntry::action)
                        .contains("candidates.list job " + job, "contact.request " + request, "contact.identity " + request);
                assertThat(w.app.store().access().auditLog(w.app.store().access().pseudonym(hidden))).isEmpty();
            });
        }
    }

    @Test
    void aDeclinedRequestNeverRevealsTheSeekerAndAWithdrawnSeekerCannotBeContacted() {
        try (ApiWorld w = new ApiWorld(dir)) {
            String found = w.seeker("found", "서울 마포구", true);
            w.seeker("other", "서울 종로구", true);
            String key = w.key(Role.BUSINESS, "구청 일자리센터", 100);
            JavalinTest.test(w.server(), (server, client) -> {
                long job = json(post(client, "/api/v1/jobs", key, JOB)).path("id").asLong();
                JsonNode cands = json(get(client, "/api/v1/jobs/" + job + "/candidates?size=1&page=2", key));
                assertThat(cands.path("total").asInt()).isEqualTo(2);
                assertThat(cands.path("candidates")).hasSize(1);
                String handle = cands.path("candidates").get(0).path("handle").asText();
                String target = w.app.store().access().userByHandle(JsonKeys.id(w, key), handle).orElseThrow();
                long request = json(post(client, "/api/v1/jobs/" + job + "/contacts", key,
                        "{\"candidate\": \"" + handle + "\"}")).path("id").asLong();
                String chat = target.equals(found) ? "found" : "other";
                w.say(chat, "/contact decline " + request);
                String after = text(get(client, "/api/v1/contacts", key));
                assertThat(after).contains("\"status\":\"declined\"").doesNotContain("shared", "profile");

                w.say(chat, "/findable off");
                var again = post(client, "/api/v1/jobs/" + job + "/contacts", key, "{\"candidate\": \"" + handle + "\"}");
                assertThat(again.code()).isEqualTo(404);
                assertThat(json(get(client, "/api/v1/jobs/" + job + "/candidates", key)).path("total").asInt()).isEqualTo(1);
            });
        }
    }

    /** The key id is the part between "jp_" and the secret. */
    static final class JsonKeys {
        static String id(ApiWorld w, String key) {
            return key.split("_")[1];
        }
    }
}
