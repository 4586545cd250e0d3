package io.jobpilot.channel.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.jobpilot.conversation.Reply;
import io.jobpilot.interview.Interview;
import io.jobpilot.matching.Match;
import io.jobpilot.postings.Fixtures;
import io.jobpilot.postings.IndexedPosting;
import io.jobpilot.postings.Posting;
import io.jobpilot.postings.PostingSkill;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.jobpilot.channel.web.WebApps.JSON;
import static org.assertj.core.api.Assertions.assertThat;

/** The reply as the page receives it: field names, the explanation on each card, links that are safe to follow. */
class WireReplyTest {

    @Test
    void aCardCarriesTheWholeExplanationUnderTheWireNames() {
        Match match = match("https://jobs.example.org/42", new Posting.Location(null, "서울", "KR", "서울특별시 강남구"));
        JsonNode reply = JSON.valueToTree(WireReply.of("m7", new Reply(List.of("저장했어요."),
                List.of(new Interview.Choice("네", "네")), List.of(match), "ko")));

        assertThat(names(reply)).containsExactly("replyTo", "lang", "texts", "choices", "cards", "notices");
        assertThat(reply.path("choices").get(0).toString()).isEqualTo("{\"label\":\"네\",\"payload\":\"네\"}");
        JsonNode card = reply.path("cards").get(0);
        assertThat(names(card)).containsExactly("title", "organization", "place", "score", "fits", "skills", "missing",
                "unknowns", "caps", "provenance", "url");
        assertThat(card.path("title").asText()).isEqualTo("백엔드 개발자");
        assertThat(card.path("organization").asText()).isEqualTo("한빛소프트");
        assertThat(card.path("place").asText()).isEqualTo("서울특별시 강남구");
        assertThat(card.path("score").asDouble()).isEqualTo(0.846);
        assertThat(card.path("skills").get(0).toString())
                .isEqualTo("{\"label\":\"Java\",\"postingWords\":\"자바\",\"seekerWords\":\"java\"}");
        assertThat(card.path("missing").get(0).asText()).isEqualTo("Kubernetes (우대)");
        assertThat(card.path("missing").get(1).asText()).isEqualTo("SQL");
        assertThat(card.path("unknowns").get(0).asText()).isEqualTo("급여: 명시 안 됨");
        assertThat(card.path("caps").get(0).asText()).startsWith("seniority");
        assertThat(card.path("url").asText()).isEqualTo("https://jobs.example.org/42");
    }

    @Test
    void anUnknownPlaceIsNullNotAnEmptyString() {
        JsonNode card = JSON.valueToTree(WireReply.of("m", reply(match(null, Posting.Location.UNKNOWN)))).path("cards").get(0);
        assertThat(card.path("place").isNull()).isTrue();
        assertThat(card.path("url").isNull()).isTrue();
    }

    @Test
    void onlyWebAddressesBecomeLinks() {
        assertThat(WireReply.web("javascript:alert(1)")).isNull();
        assertThat(WireReply.web("data:text/html,hi")).isNull();
        assertThat(WireReply.web(" HTTPS://example.org/a ")).isEqualTo("HTTPS://example.org/a");
        assertThat(WireReply.web("http://example.org")).isEqualTo("http://example.org");
    }

    @Test
    void anEmptyReplyMeansTheMessageWasAlreadyProcessed() {
        JsonNode duplicate = JSON.valueToTree(WireReply.of("m9", Reply.NONE));
        assertThat(duplicate.toString()).isEqualTo("{\"replyTo\":\"m9\",\"duplicate\":true}");
    }

    private static Reply reply(Match m) {
        return new Reply(List.of("x"), List.of(), List.of(m), "en");
    }

    private static Match match(String url, Posting.Location where) {
        Posting p = Fixtures.ko("t", "k1", "백엔드 개발자").hiringOrganization("한빛소프트").location(where).url(url)
                .build(Fixtures.NOW);
        IndexedPosting indexed = new IndexedPosting(p, List.of(), List.of(), false, "");
        return new Match(indexed, 0.84567, List.of("직업: 웹엔지니어"),
                List.of(new Match.MatchedSkill("tech:java", "Java", "자바", "java")),
                List.of(new PostingSkill("tech:k8s", "Kubernetes", "쿠버네티스 우대", PostingSkill.Section.PREFERRED),
                        new PostingSkill("tech:sql", "SQL", "SQL", PostingSkill.Section.REQUIRED)),
                List.of("급여: 명시 안 됨"), List.of("seniority: capped at 0.6"), "출처 t");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
