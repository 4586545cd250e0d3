package io.jobpilot.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import io.jobpilot.access.AuditEntry;
import io.jobpilot.access.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static io.jobpilot.api.ApiWorld.get;
import static io.jobpilot.api.ApiWorld.json;
import static io.jobpilot.api.ApiWorld.post;
import static io.jobpilot.api.ApiWorld.text;
import static org.assertj.core.api.Assertions.assertThat;

/** Counsellors see only the clients who linked to them with a code, and every look is audited. */
class CounsellorAccessTest {
    @TempDir
    Path dir;

    @Test
    void aCounsellorSeesOnlyTheirOwnClientsAndSuggestionsNeedTheClientsCopilotConsent() {
        try (ApiWorld w = new ApiWorld(dir)) {
            String client = w.seeker("client", "서울 마포구", false);
            w.seeker("stranger", "서울 종로구", false);
            String mine = w.key(Role.COUNSELLOR, "마포 고용센터", 100);
            String theirs = w.key(Role.COUNSELLOR, "다른 센터", 100);
            JavalinTest.test(w.server(), (server, http) -> {
                String code = json(post(http, "/api/v1/invites", mine, "{}")).path("code").asText();
                assertThat(code).matches("[A-Z2-9]{8}");
                assertThat(String.join(" ", w.say("client", "/상담사 " + code.toLowerCase()).texts())).contains("연결했어요");
                assertThat(String.join(" ", w.say("stranger", "/counsellor " + code).texts())).contains("이미 사용됐어요");

                JsonNode clients = json(get(http, "/api/v1/clients", mine));
                assertThat(clients.path("total").asInt()).isEqualTo(1);
                String id = clients.path("clients").get(0).path("id").asText();
                assertThat(id).startsWith("s-").doesNotContain(client);
                assertThat(clients.path("clients").get(0).path("step").asText()).isEqualTo("DONE");
                assertThat(json(get(http, "/api/v1/clients", theirs)).path("total").asInt()).isZero();

                assertThat(get(http, "/api/v1/clients/" + id, theirs).code()).isEqualTo(404);
                assertThat(get(http, "/api/v1/clients/" + id + "/transcript", theirs).code()).isEqualTo(404);
                JsonNode profile = json(get(http, "/api/v1/clients/" + id, mine));
                assertThat(profile.path("profile").path("location").asText()).isEqualTo("서울 마포구");
                JsonNode path = profile.path("certificationPath");
                assertThat(path.path("verdict").asText()).as("the planner's verdict for the client's target")
                        .isIn("HELPS", "EXPERIENCE_GAP", "NO_POSTINGS", "NOTHING_ADDS");
                assertThat(path.path("text").asText()).isNotBlank();
                assertThat(text(get(http, "/api/v1/clients/" + id + "/transcript", mine))).contains("연결했어요");
                assertThat(get(http, "/api/v1/clients/" + id + "/matches", mine).code()).isEqualTo(200);
                assertThat(post(http, "/api/v1/clients/" + id + "/notes", mine, "{\"text\": \"SQLD 다음은 ADsP\"}").code())
                        .isEqualTo(201);
                assertThat(text(get(http, "/api/v1/clients/" + id + "/notes", mine))).contains("ADsP");
                assertThat(json(get(http, "/api/v1/clients/" + id + "/notes", theirs)).path("field").asText()).isEqualTo("id");

                var refused = post(http, "/api/v1/clients/" + id + "/suggestions", mine, "{\"text\": \"공고 확인해 보세요\"}");
                assertThat(refused.code()).isEqualTo(403);
                assertThat(w.app.store().pending(client)).isEmpty();
                w.say("client", "/counsellor copilot on");
                assertThat(post(http, "/api/v1/clients/" + id + "/suggestions", mine, "{\"text\": \"공고 확인해 보세요\"}").code())
                        .isEqualTo(201);
                assertThat(w.app.store().pending(client)).singleElement().satisfies(n -> {
                    assertThat(n.kind()).isEqualTo("counsellor");
                    assertThat(n.text()).startsWith("상담사(마포 고용센터)의 제안").contains("공고 확인해 보세요");
                });

                assertThat(w.app.store().access().auditLog(id)).extracting(AuditEntry::action).contains("clients.list",
                        "client.profile", "client.transcript", "client.matches", "client.notes", "client.note.add",
                        "client.suggestion");
                assertThat(w.app.store().access().auditLog(id)).allMatch(e -> e.org().equals("마포 고용센터"));

                w.say("client", "/counsellor off");
                assertThat(get(http, "/api/v1/clients/" + id, mine).code()).as("revoked").isEqualTo(404);
                assertThat(json(get(http, "/api/v1/clients", mine)).path("total").asInt()).isZero();
            });
        }
    }
}
