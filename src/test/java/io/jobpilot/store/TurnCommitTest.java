package io.jobpilot.store;

import io.jobpilot.conversation.ConversationStore.StoredMessage;
import io.jobpilot.conversation.ConversationStore.Turn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;

import static io.jobpilot.store.Fixtures.fullProfile;
import static io.jobpilot.store.Fixtures.turn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class TurnCommitTest {
    @TempDir
    Path dir;
    SqliteStore store;

    @BeforeEach
    void open() {
        store = SqliteStore.open(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aRedeliveredInboundIsStoredOnce() {
        String user = store.userFor("telegram", "7");
        Turn first = turn(user, "update-1", "백엔드 개발자", fullProfile(user));

        store.commit(first);
        store.commit(first);
        store.commit(turn(user, "update-1", "a different text, same id", fullProfile(user)));

        assertThat(store.processed("telegram", "update-1")).isFalse();
        assertThat(store.processed("test", "update-1")).isTrue();
        assertThat(store.transcript(user)).extracting(StoredMessage::role, StoredMessage::text).containsExactly(
                tuple("user", "백엔드 개발자"),
                tuple("bot", "reply to 백엔드 개발자"));
        assertThat(store.history(user)).hasSize(1);
        assertThat(store.state(user)).contains("{\"step\":\"update-1\"}");
    }

    @Test
    void beforeConsentNoTextIsStoredButTheTurnIsRecorded() throws Exception {
        String user = store.userFor("telegram", "8");

        store.commit(Fixtures.withoutConsent(user, "u1", "제 이름은 김민수이고 010-1234-5678 입니다"));

        assertThat(store.processed("test", "u1")).isTrue();
        assertThat(store.transcript(user)).extracting(StoredMessage::role).containsExactly("user", "bot", "bot");
        try (Connection c = Fixtures.connect(dir);
             var ps = c.prepareStatement("SELECT count(*), count(text) FROM messages WHERE user_id = ?")) {
            ps.setString(1, user);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).as("message rows").isEqualTo(3);
                assertThat(rs.getInt(2)).as("rows with non-NULL text").isZero();
            }
        }
    }

    @Test
    void theSameChannelIdentityAlwaysLeadsToTheSameUser() {
        String a = store.userFor("telegram", "42");
        assertThat(store.userFor("telegram", "42")).isEqualTo(a);
        assertThat(store.userFor("web", "42")).isNotEqualTo(a);
        assertThat(a).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }

    @Test
    void stateIsReplacedByTheLatestTurnAndKeptWhenATurnCarriesNone() {
        String user = store.userFor("cli", "me");
        assertThat(store.state(user)).isEmpty();
        store.commit(turn(user, "1", "a", null));
        store.commit(new Turn(user, "test", "2", "b", List.of(), null, null, true, Fixtures.T0));
        assertThat(store.state(user)).contains("{\"step\":\"1\"}");
        store.commit(turn(user, "3", "c", null));
        assertThat(store.state(user)).contains("{\"step\":\"3\"}");
    }

    @Test
    void badInputIsRejectedWithTheOffendingValue() {
        String user = store.userFor("cli", "me");
        assertThatThrownBy(() -> store.commit(turn("no-such-user", "x", "hi", null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown user id 'no-such-user'");
        assertThatThrownBy(() -> store.commit(turn(null, "x", "hi", null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("turn.userId is null");
        assertThatThrownBy(() -> store.commit(turn(user, "x", "hi", fullProfile("someone-else"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("someone-else");
        assertThatThrownBy(() -> store.current(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("userId is null");
        assertThatThrownBy(() -> store.forget(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.processed("test", "x")).as("a rejected turn leaves no trace").isFalse();
    }

    @Test
    void reopeningAnExistingDatabaseKeepsItsData() {
        String user = store.userFor("telegram", "9");
        store.commit(turn(user, "u1", "첫 메시지", fullProfile(user)));
        store.close();

        try (SqliteStore again = SqliteStore.open(dir)) {
            assertThat(again.userFor("telegram", "9")).isEqualTo(user);
            assertThat(again.transcript(user)).hasSize(2);
            assertThat(again.current(user)).contains(ProfileJson.withVersion(fullProfile(user), 1));
            again.commit(turn(user, "u2", "두 번째", fullProfile(user)));
            assertThat(again.history(user)).hasSize(2);
        }
        store = SqliteStore.open(dir);
    }

    @Test
    void theFileIsInWalModeSoACommittedTurnSurvivesAKilledProcess() throws Exception {
        try (Connection c = Fixtures.connect(dir); var st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("wal");
        }
    }

    @Test
    void aClosedStoreSaysSo() {
        store.close();
        assertThatThrownBy(() -> store.state("u")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }
}
