package io.jobpilot.store;

import io.jobpilot.profile.SeekerProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static io.jobpilot.store.Fixtures.fullProfile;
import static io.jobpilot.store.Fixtures.turn;
import static org.assertj.core.api.Assertions.assertThat;

class ForgetTest {
    @TempDir
    Path dir;

    @Test
    void forgettingAUserLeavesNoRowAboutThemInAnyTableAndKeepsOtherUsers() throws Exception {
        String gone;
        String kept;
        try (SqliteStore store = SqliteStore.open(dir)) {
            gone = fill(store, "1");
            kept = fill(store, "2");
            int before = rowsAbout(gone);

            assertThat(store.forget(gone)).isEqualTo(before);

            assertThat(store.transcript(gone)).isEmpty();
            assertThat(store.current(gone)).isEmpty();
            assertThat(store.state(gone)).isEmpty();
            assertThat(store.processed("test", "1/a")).isFalse();
            assertThat(store.forget(gone)).as("forgetting twice").isZero();
            assertThat(store.userFor("telegram", "2")).isEqualTo(kept);
            assertThat(store.userFor("telegram", "1")).as("a returning seeker starts afresh").isNotEqualTo(gone);
        }
        try (Connection c = Fixtures.connect(dir)) {
            List<String> tables = userTables(c);
            assertThat(tables).as("tables with a user_id column").contains("messages", "profiles", "consents",
                    "processed_inbound", "conversation_state", "channel_identities", "outbox", "chat_memory",
                    "pseudonyms", "counsellor_links", "counsellor_notes", "candidate_handles", "contact_requests",
                    "hire_drafts");
            for (String table : tables) {
                assertThat(count(c, table, "user_id", gone)).as(table + " rows of the forgotten user").isZero();
                assertThat(count(c, table, "user_id", kept)).as(table + " rows of the other user").isPositive();
            }
            assertThat(count(c, "users", "id", gone)).isZero();
            assertThat(count(c, "users", "id", kept)).isOne();
            assertThat(dataTablesWithoutUserId(c)).as("every data table can be forgotten")
                    .containsExactlyInAnyOrderElementsOf(WITHOUT_SEEKER_DATA);
            // audit rows stay (who looked at whom, for accountability) but name the seeker only by a pseudonym whose
            // link to the user went with the pseudonyms table: after /forget nobody can tell whom they were about
            assertThat(count(c, "audit_log", "pseudonym", goneAlias)).isOne();
            assertThat(count(c, "pseudonyms", "pseudonym", goneAlias)).isZero();
            assertThat(count(c, "audit_log", "pseudonym", keptAlias)).isOne();
        }
    }

    /**
     * Tables that hold no personal data about a seeker, so /forget has nothing to find in them: organisations' API keys
     * (only a hash), counsellors' invite codes, jobs businesses posted, and the audit log (seekers by pseudonym only).
     */
    private static final List<String> WITHOUT_SEEKER_DATA = List.of("api_keys", "counsellor_invites", "business_jobs",
            "audit_log");
    private String goneAlias;
    private String keptAlias;

    @Test
    void auditRowsOutliveForgettingButNoLongerLeadToTheSeeker() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir)) {
            String gone = fill(store, "1");
            String alias = store.access().pseudonym(gone);
            store.forget(gone);
            assertThat(store.access().userByPseudonym(alias)).isEmpty();
            assertThat(store.access().auditLog(alias)).singleElement().satisfies(e -> assertThat(e.org()).isEqualTo("센터"));
            assertThat(store.access().pseudonym(store.userFor("telegram", "1"))).as("a new pseudonym").isNotEqualTo(alias);
        }
    }

    /** Puts a row about the user in every table. */
    private String fill(SqliteStore store, String channelUser) {
        String user = store.userFor("telegram", channelUser);
        store.commit(Fixtures.withoutConsent(user, channelUser + "/a", "hi"));
        store.commit(turn(user, channelUser + "/b", "네, 저장해 주세요", fullProfile(user)));
        store.commit(turn(user, channelUser + "/c", "그만", SeekerProfile.empty(user, "ko")));
        store.post(user, "alert", "새 공고가 있어요", List.of(), Fixtures.T0);
        store.chatMemory().save(user, "[{\"type\":\"USER\",\"contents\":[{\"type\":\"TEXT\",\"text\":\"왜요?\"}]}]", Fixtures.T0);
        var access = store.access();
        String key = "k" + channelUser;
        access.saveKey(new io.jobpilot.access.ApiKey(key, io.jobpilot.access.Role.COUNSELLOR, "센터", "hash", 10, Fixtures.T0, null));
        access.saveInvite("CODE" + channelUser, key, Fixtures.T0, Fixtures.T0.plusSeconds(60));
        access.redeemInvite("CODE" + channelUser, user, Fixtures.T0);
        access.addNote(key, user, "메모", Fixtures.T0);
        long job = access.saveJob(key, "{\"title\": \"바리스타\"}", Fixtures.T0);
        access.handle(key, user, () -> "c-" + channelUser);
        access.requestContact(user, key, job, "연락 주세요", Fixtures.T0);
        access.saveHireDraft(user, "바리스타 구해요", Fixtures.T0);
        access.audit(new io.jobpilot.access.AuditEntry(key, "센터", "client.profile", access.pseudonym(user), Fixtures.T0));
        if (channelUser.equals("1")) {
            goneAlias = access.pseudonym(user);
        } else {
            keptAlias = access.pseudonym(user);
        }
        store.alerts().save(new io.jobpilot.alert.AlertSettings(user, true, io.jobpilot.alert.AlertSettings.Frequency.DAILY,
                0.6, Fixtures.T0));
        store.alerts().found(new io.jobpilot.alert.AlertStore.Item(user, "t:k1", "한빛소프트", "백엔드 개발자", 0.8, Fixtures.T0));
        long quiz = store.quizzes().start(user, io.jobpilot.certification.Level.L1, "ko", List.of("q1-private-data"), Fixtures.T0);
        store.quizzes().answer(quiz, user, "q1-private-data", "c", true, Fixtures.T0);
        return user;
    }

    private int rowsAbout(String user) throws SQLException {
        try (Connection c = Fixtures.connect(dir)) {
            int n = count(c, "users", "id", user);
            for (String table : userTables(c)) {
                n += count(c, table, "user_id", user);
            }
            return n;
        }
    }

    private static List<String> userTables(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        for (String table : tables(c)) {
            if (columns(c, table).contains("user_id")) {
                out.add(table);
            }
        }
        return out;
    }

    private static List<String> dataTablesWithoutUserId(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        for (String table : tables(c)) {
            if (!table.equals("users") && !columns(c, table).contains("user_id")) {
                out.add(table);
            }
        }
        return out;
    }

    /** Every table of the schema, minus Flyway's own and SQLite's internal ones. */
    private static List<String> tables(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (var st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rs.next()) {
                String name = rs.getString(1);
                if (!name.equals("flyway_schema_history") && !name.startsWith("sqlite_")) {
                    out.add(name);
                }
            }
        }
        return out;
    }

    private static List<String> columns(Connection c, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (var ps = c.prepareStatement("SELECT name FROM pragma_table_info(?)")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private static int count(Connection c, String table, String column, String user) throws SQLException {
        try (var ps = c.prepareStatement("SELECT count(*) FROM \"" + table + "\" WHERE " + column + " = ?")) {
            ps.setString(1, user);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
