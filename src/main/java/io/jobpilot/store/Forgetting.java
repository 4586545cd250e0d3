package io.jobpilot.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Deletes a user everywhere. The tables are discovered from the schema (every table with a user_id column), so a table
 * added by a later migration is forgotten too without touching this code.
 */
final class Forgetting {
    private Forgetting() {
    }

    /** Call inside a write transaction; returns the number of rows deleted, the user row included. */
    static int forget(Connection c, String userId) throws SQLException {
        // Rows reference each other (profiles -> messages -> users); checking keys at commit lets any order work.
        Jdbc.update(c, "PRAGMA defer_foreign_keys = ON");
        int deleted = 0;
        for (String table : tablesWithUserId(c)) {
            deleted += Jdbc.update(c, "DELETE FROM \"" + table.replace("\"", "\"\"") + "\" WHERE user_id = ?", userId);
        }
        return deleted + Jdbc.update(c, "DELETE FROM users WHERE id = ?", userId);
    }

    static List<String> tablesWithUserId(Connection c) throws SQLException {
        return Jdbc.list(c, "SELECT m.name FROM sqlite_master m JOIN pragma_table_info(m.name) p"
                        + " WHERE m.type = 'table' AND p.name = 'user_id' ORDER BY m.name",
                rs -> rs.getString(1));
    }
}
