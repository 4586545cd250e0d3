package io.jobpilot.store;

import io.jobpilot.conversation.ConversationStore.StoredMessage;
import io.jobpilot.profile.ProfileStore.Version;
import io.jobpilot.profile.SeekerProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.jobpilot.store.Fixtures.fullProfile;
import static io.jobpilot.store.Fixtures.turn;
import static org.assertj.core.api.Assertions.assertThat;

class ProfileVersioningTest {
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
    void aFullKoreanProfileRoundTripsExactlyWithTheStoreNumberingVersions() {
        String user = store.userFor("telegram", "1001");
        SeekerProfile sent = fullProfile(user);

        store.commit(turn(user, "u1", "안녕하세요", sent));

        SeekerProfile expected = ProfileJson.withVersion(sent, 1);
        assertThat(store.current(user)).contains(expected);
        assertThat(store.current(store.userFor("telegram", "someone else"))).isEmpty();
    }

    @Test
    void eachProfileChangeIsANewVersionPointingAtTheMessageThatCausedIt() {
        String user = store.userFor("telegram", "1001");
        SeekerProfile p = fullProfile(user);
        store.commit(turn(user, "u1", "첫 번째", p));
        store.commit(turn(user, "u2", "no profile change", null));
        store.commit(turn(user, "u3", "두 번째", Fixtures.withYears(p, 8)));
        store.commit(turn(user, "u4", "third", Fixtures.withYears(p, 9)));

        List<Version> history = store.history(user);

        assertThat(history).extracting(v -> v.profile().version()).containsExactly(1L, 2L, 3L);
        assertThat(history).extracting(v -> v.profile().yearsExperience()).containsExactly(7, 8, 9);
        Map<String, StoredMessage> byId = store.transcript(user).stream()
                .collect(Collectors.toMap(StoredMessage::id, Function.identity()));
        assertThat(history).extracting(v -> byId.get(v.causeMessageId()))
                .allSatisfy(m -> assertThat(m.role()).isEqualTo("user"))
                .extracting(StoredMessage::text).containsExactly("첫 번째", "두 번째", "third");
        assertThat(history).extracting(Version::at).containsOnly(Fixtures.T0);
        assertThat(store.current(user).orElseThrow().version()).isEqualTo(3);
    }

    @Test
    void consentChangesAreLoggedOnlyWhenAFlagChanges() throws Exception {
        String user = store.userFor("web", "s-1");
        SeekerProfile none = SeekerProfile.empty(user, "en");
        SeekerProfile stored = Fixtures.withConsent(none,
                new SeekerProfile.Consent(true, Fixtures.T0, false, null));
        store.commit(turn(user, "a", "hi", none));
        store.commit(turn(user, "b", "yes, keep it", stored));
        store.commit(turn(user, "c", "I am a nurse", stored));
        store.commit(turn(user, "d", "find me", Fixtures.withConsent(none,
                new SeekerProfile.Consent(true, Fixtures.T0, true, Fixtures.T0))));
        store.commit(turn(user, "e", "stop", none));

        assertThat(consentLog(user)).containsExactly(
                "store_data=1", "findable=1", "store_data=0", "findable=0");
    }

    private List<String> consentLog(String user) throws Exception {
        try (Connection c = Fixtures.connect(dir);
             var ps = c.prepareStatement("SELECT kind, granted FROM consents WHERE user_id = ? ORDER BY id")) {
            ps.setString(1, user);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1) + "=" + rs.getInt(2));
                }
            }
            return out;
        }
    }
}
