package io.jobpilot.store;

import io.jobpilot.conversation.Outbox.Notice;
import io.jobpilot.interview.Interview;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static io.jobpilot.store.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutboxTest {
    @TempDir
    Path dir;

    @Test
    void aNoticeIsDeliveredOnceByWhicheverChannelComesFirstAndSurvivesAReopen() {
        String user;
        long first;
        try (SqliteStore store = SqliteStore.open(dir)) {
            user = store.userFor("telegram", "1001");
            first = store.post(user, "alert", "새 공고: 행정 사무원", List.of(new Interview.Choice("보기", "/jobs")), T0);
            store.post(user, "counsellor", "상담사: 이력서를 보내 주세요", List.of(), T0.plusSeconds(1));
        }
        try (SqliteStore store = SqliteStore.open(dir)) {
            List<Notice> pending = store.pending(user);
            assertThat(pending).extracting(Notice::kind).containsExactly("alert", "counsellor");
            assertThat(pending.get(0).choices()).containsExactly(new Interview.Choice("보기", "/jobs"));
            assertThat(pending.get(0).text()).isEqualTo("새 공고: 행정 사무원");

            assertThat(store.delivered(first, "telegram", T0.plusSeconds(5))).isTrue();
            assertThat(store.delivered(first, "web", T0.plusSeconds(6))).as("already delivered").isFalse();
            assertThat(store.pending(user)).extracting(Notice::kind).containsExactly("counsellor");
            assertThat(store.pending(10)).hasSize(1);
        }
    }

    @Test
    void aNoticeForAnUnknownUserIsRefusedWithTheReason() {
        try (SqliteStore store = SqliteStore.open(dir)) {
            assertThatThrownBy(() -> store.post("nobody", "alert", "hi", List.of(), T0))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no user nobody");
            assertThatThrownBy(() -> store.pending(0)).hasMessageContaining("was 0");
        }
    }

    @Test
    void theChannelIdentityOfAUserIsFoundForPushing() {
        try (SqliteStore store = SqliteStore.open(dir)) {
            String user = store.userFor("telegram", "555");
            assertThat(store.channelUserId(user, "telegram")).contains("555");
            assertThat(store.channelUserId(user, "web")).isEmpty();
        }
    }
}
