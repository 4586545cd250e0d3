package io.jobpilot.store;

import io.jobpilot.access.AccessStore.Link;
import io.jobpilot.access.AccessStore.Redeemed;
import io.jobpilot.access.ContactRequest;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** Rows of counsellor links, candidate handles and contact requests. */
final class LinkRows {
    private LinkRows() {
    }

    /** Call inside a write transaction: checks the code, links the seeker, uses the code up. */
    static Redeemed redeem(Connection c, String code, String userId, Instant at) throws SQLException {
        record Invite(String keyId, Instant expires, Instant used) {
        }
        Optional<Invite> invite = Jdbc.first(c, "SELECT key_id, expires_at, used_at FROM counsellor_invites WHERE code = ?",
                rs -> new Invite(rs.getString(1), Jdbc.instant(rs.getString(2)), Jdbc.instant(rs.getString(3))), code);
        if (invite.isEmpty()) {
            return Redeemed.UNKNOWN;
        }
        Invite i = invite.get();
        boolean linked = Jdbc.first(c, "SELECT 1 FROM counsellor_links WHERE user_id = ? AND key_id = ?", rs -> true,
                userId, i.keyId()).isPresent();
        if (linked) {
            return Redeemed.ALREADY_LINKED;
        }
        if (i.used() != null) {
            return Redeemed.USED;
        }
        if (!at.isBefore(i.expires())) {
            return Redeemed.EXPIRED;
        }
        Jdbc.update(c, "UPDATE counsellor_invites SET used_at = ? WHERE code = ?", at, code);
        Jdbc.update(c, "INSERT INTO counsellor_links (user_id, key_id, copilot, linked_at) VALUES (?, ?, 0, ?)",
                userId, i.keyId(), at);
        return Redeemed.LINKED;
    }

    static Link link(ResultSet rs) throws SQLException {
        return new Link(rs.getString("user_id"), rs.getString("key_id"), rs.getInt("copilot") == 1,
                Jdbc.instant(rs.getString("linked_at")));
    }

    static Optional<String> handle(Connection c, String keyId, String userId) throws SQLException {
        return Jdbc.first(c, "SELECT handle FROM candidate_handles WHERE key_id = ? AND user_id = ?", rs -> rs.getString(1),
                keyId, userId);
    }

    static ContactRequest contact(ResultSet rs) throws SQLException {
        return new ContactRequest(rs.getLong("id"), rs.getString("user_id"), rs.getString("key_id"), rs.getLong("job_id"),
                rs.getString("message"), ContactRequest.Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
                rs.getString("shared"), Jdbc.instant(rs.getString("created_at")), Jdbc.instant(rs.getString("answered_at")));
    }
}
