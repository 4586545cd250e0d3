package io.jobpilot.store;

import io.jobpilot.alert.AlertSettings;
import io.jobpilot.alert.AlertStore;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link AlertStore} on the SQLite database (V5 tables). */
final class SqliteAlerts implements AlertStore {
    private static final String SETTINGS = "SELECT user_id, enabled, frequency, threshold, updated_at FROM alert_settings";
    private static final String ITEMS = "SELECT user_id, posting_id, company, title, score, found_at FROM alert_items";
    private final Database db;

    SqliteAlerts(Database db) {
        this.db = db;
    }

    @Override
    public Optional<AlertSettings> settings(String userId) {
        return db.read("read alert settings of user " + userId,
                c -> Jdbc.first(c, SETTINGS + " WHERE user_id = ?", SqliteAlerts::settings, userId));
    }

    @Override
    public void save(AlertSettings s) {
        db.write("save alert settings of user " + s.userId(), c -> Jdbc.update(c, "INSERT INTO alert_settings"
                        + " (user_id, enabled, frequency, threshold, updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (user_id)"
                        + " DO UPDATE SET enabled = excluded.enabled, frequency = excluded.frequency,"
                        + " threshold = excluded.threshold, updated_at = excluded.updated_at",
                s.userId(), s.enabled() ? 1 : 0, s.frequency().name(), s.threshold(), s.updatedAt()));
    }

    @Override
    public List<AlertSettings> enabled() {
        return db.read("list alert opt-ins",
                c -> Jdbc.list(c, SETTINGS + " WHERE enabled = 1 ORDER BY user_id", SqliteAlerts::settings));
    }

    @Override
    public boolean found(Item i) {
        return db.write("record an alert item for user " + i.userId(), c -> Jdbc.update(c, "INSERT OR IGNORE INTO"
                        + " alert_items (user_id, posting_id, company, title, score, found_at) VALUES (?, ?, ?, ?, ?, ?)",
                i.userId(), i.postingId(), i.company(), i.title(), i.score(), i.foundAt()) == 1);
    }

    @Override
    public List<Item> pending(String userId) {
        return db.read("read pending alerts of user " + userId, c -> Jdbc.list(c, ITEMS
                + " WHERE user_id = ? AND status = 'pending' ORDER BY score DESC, posting_id", SqliteAlerts::item, userId));
    }

    @Override
    public List<String> usersWithPending() {
        return db.read("list users with pending alerts", c -> Jdbc.list(c,
                "SELECT DISTINCT user_id FROM alert_items WHERE status = 'pending' ORDER BY user_id", rs -> rs.getString(1)));
    }

    @Override
    public List<Item> sentSince(String userId, Instant since) {
        return db.read("read sent alerts of user " + userId, c -> Jdbc.list(c, ITEMS
                + " WHERE user_id = ? AND status = 'sent' AND sent_at >= ? ORDER BY sent_at", SqliteAlerts::item, userId, since));
    }

    @Override
    public void sent(String userId, List<String> postingIds, Instant at) {
        db.write("mark alerts sent for user " + userId, c -> {
            for (String id : postingIds) {
                Jdbc.update(c, "UPDATE alert_items SET status = 'sent', sent_at = ? WHERE user_id = ? AND posting_id = ?",
                        at, userId, id);
            }
            return null;
        });
    }

    @Override
    public int dropOlderThan(Instant before) {
        return db.write("drop stale alerts", c -> Jdbc.update(c,
                "UPDATE alert_items SET status = 'dropped' WHERE status = 'pending' AND found_at < ?", before));
    }

    private static AlertSettings settings(ResultSet rs) throws SQLException {
        return new AlertSettings(rs.getString("user_id"), rs.getInt("enabled") == 1,
                AlertSettings.Frequency.valueOf(rs.getString("frequency")), rs.getDouble("threshold"),
                Jdbc.instant(rs.getString("updated_at")));
    }

    private static Item item(ResultSet rs) throws SQLException {
        return new Item(rs.getString("user_id"), rs.getString("posting_id"), rs.getString("company"),
                rs.getString("title"), rs.getDouble("score"), Jdbc.instant(rs.getString("found_at")));
    }
}
