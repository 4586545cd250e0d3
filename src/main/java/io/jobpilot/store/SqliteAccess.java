package io.jobpilot.store;

import io.jobpilot.access.AccessStore;
import io.jobpilot.access.ApiKey;
import io.jobpilot.access.AuditEntry;
import io.jobpilot.access.ContactRequest;
import io.jobpilot.access.Role;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** {@link AccessStore} on the SQLite file; the counsellor, contact and hiring rows are in {@link LinkRows}. */
final class SqliteAccess implements AccessStore {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Database db;

    SqliteAccess(Database db) {
        this.db = db;
    }

    @Override
    public void saveKey(ApiKey k) {
        db.write("save API key " + k.id(), c -> Jdbc.update(c, "INSERT INTO api_keys (id, role, org, secret_hash,"
                        + " requests_per_minute, created_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?)", k.id(), k.role().key(),
                k.org(), k.secretHash(), k.requestsPerMinute(), k.createdAt(), k.revokedAt()));
    }

    @Override
    public Optional<ApiKey> key(String id) {
        return db.read("read API key " + id, c -> Jdbc.first(c, "SELECT * FROM api_keys WHERE id = ?", SqliteAccess::key, id));
    }

    @Override
    public List<ApiKey> keys() {
        return db.read("list API keys", c -> Jdbc.list(c, "SELECT * FROM api_keys ORDER BY created_at, id", SqliteAccess::key));
    }

    @Override
    public boolean revokeKey(String id, Instant at) {
        return db.write("revoke API key " + id, c -> Jdbc.update(c,
                "UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", at, id) == 1);
    }

    private static ApiKey key(ResultSet rs) throws SQLException {
        return new ApiKey(rs.getString("id"), Role.named(rs.getString("role")), rs.getString("org"),
                rs.getString("secret_hash"), rs.getInt("requests_per_minute"), Jdbc.instant(rs.getString("created_at")),
                Jdbc.instant(rs.getString("revoked_at")));
    }

    @Override
    public String pseudonym(String userId) {
        Optional<String> known = db.read("read pseudonym", c -> Jdbc.first(c,
                "SELECT pseudonym FROM pseudonyms WHERE user_id = ?", rs -> rs.getString(1), userId));
        return known.orElseGet(() -> db.write("create pseudonym", c -> {
            Optional<String> again = Jdbc.first(c, "SELECT pseudonym FROM pseudonyms WHERE user_id = ?",
                    rs -> rs.getString(1), userId);
            if (again.isPresent()) {
                return again.get();
            }
            String p = "s-" + random(8);
            Jdbc.update(c, "INSERT INTO pseudonyms (user_id, pseudonym) VALUES (?, ?)", userId, p);
            return p;
        }));
    }

    @Override
    public Optional<String> userByPseudonym(String pseudonym) {
        return db.read("find user by pseudonym", c -> Jdbc.first(c,
                "SELECT user_id FROM pseudonyms WHERE pseudonym = ?", rs -> rs.getString(1), pseudonym));
    }

    @Override
    public void saveInvite(String code, String keyId, Instant at, Instant expiresAt) {
        db.write("save invite", c -> Jdbc.update(c, "INSERT INTO counsellor_invites (code, key_id, created_at, expires_at)"
                + " VALUES (?, ?, ?, ?)", code, keyId, at, expiresAt));
    }

    @Override
    public Redeemed redeemInvite(String code, String userId, Instant at) {
        return db.write("redeem invite", c -> LinkRows.redeem(c, code, userId, at));
    }

    @Override
    public int unlinkCounsellors(String userId) {
        return db.write("unlink counsellors", c -> Jdbc.update(c, "DELETE FROM counsellor_links WHERE user_id = ?", userId));
    }

    @Override
    public int setCopilot(String userId, boolean on) {
        return db.write("set co-pilot", c -> Jdbc.update(c, "UPDATE counsellor_links SET copilot = ? WHERE user_id = ?",
                on, userId));
    }

    @Override
    public List<Link> clients(String keyId) {
        return db.read("list clients", c -> Jdbc.list(c, "SELECT * FROM counsellor_links WHERE key_id = ? ORDER BY linked_at",
                LinkRows::link, keyId));
    }

    @Override
    public Optional<Link> link(String keyId, String userId) {
        return db.read("read link", c -> Jdbc.first(c, "SELECT * FROM counsellor_links WHERE key_id = ? AND user_id = ?",
                LinkRows::link, keyId, userId));
    }

    @Override
    public long addNote(String keyId, String userId, String text, Instant at) {
        return db.write("add note", c -> Jdbc.insert(c, "INSERT INTO counsellor_notes (user_id, key_id, text, at)"
                + " VALUES (?, ?, ?, ?)", userId, keyId, text, at));
    }

    @Override
    public List<Note> notes(String keyId, String userId) {
        return db.read("read notes", c -> Jdbc.list(c, "SELECT id, text, at FROM counsellor_notes WHERE key_id = ?"
                        + " AND user_id = ? ORDER BY id", rs -> new Note(rs.getLong(1), rs.getString(2), Jdbc.instant(rs.getString(3))),
                keyId, userId));
    }

    @Override
    public long saveJob(String keyId, String json, Instant at) {
        return db.write("save job", c -> Jdbc.insert(c, "INSERT INTO business_jobs (key_id, json, created_at) VALUES (?, ?, ?)",
                keyId, json, at));
    }

    @Override
    public Optional<String> job(String keyId, long jobId) {
        return db.read("read job " + jobId, c -> Jdbc.first(c, "SELECT json FROM business_jobs WHERE id = ? AND key_id = ?",
                rs -> rs.getString(1), jobId, keyId));
    }

    @Override
    public String handle(String keyId, String userId, Supplier<String> newHandle) {
        Optional<String> known = db.read("read handle", c -> LinkRows.handle(c, keyId, userId));
        return known.orElseGet(() -> db.write("create handle", c -> {
            Optional<String> again = LinkRows.handle(c, keyId, userId);
            if (again.isPresent()) {
                return again.get();
            }
            String h = newHandle.get();
            Jdbc.update(c, "INSERT INTO candidate_handles (handle, key_id, user_id) VALUES (?, ?, ?)", h, keyId, userId);
            return h;
        }));
    }

    @Override
    public Optional<String> userByHandle(String keyId, String handle) {
        return db.read("find candidate", c -> Jdbc.first(c, "SELECT user_id FROM candidate_handles WHERE key_id = ?"
                + " AND handle = ?", rs -> rs.getString(1), keyId, handle));
    }

    @Override
    public long requestContact(String userId, String keyId, long jobId, String message, Instant at) {
        return db.write("request contact", c -> Jdbc.insert(c, "INSERT INTO contact_requests (user_id, key_id, job_id,"
                + " message, status, created_at) VALUES (?, ?, ?, ?, 'pending', ?)", userId, keyId, jobId, message, at));
    }

    @Override
    public Optional<ContactRequest> contact(long id) {
        return db.read("read contact request " + id, c -> Jdbc.first(c, "SELECT * FROM contact_requests WHERE id = ?",
                LinkRows::contact, id));
    }

    @Override
    public List<ContactRequest> contacts(String keyId) {
        return db.read("list contact requests", c -> Jdbc.list(c, "SELECT * FROM contact_requests WHERE key_id = ?"
                + " ORDER BY id", LinkRows::contact, keyId));
    }

    @Override
    public boolean answerContact(long id, String userId, boolean accepted, String shared, Instant at) {
        return db.write("answer contact request " + id, c -> Jdbc.update(c, "UPDATE contact_requests SET status = ?,"
                        + " shared = ?, answered_at = ? WHERE id = ? AND user_id = ? AND status = 'pending'",
                accepted ? "accepted" : "declined", accepted ? shared : null, at, id, userId) == 1);
    }

    @Override
    public void saveHireDraft(String userId, String brief, Instant at) {
        db.write("save hiring draft", c -> Jdbc.update(c, "INSERT INTO hire_drafts (user_id, brief, at) VALUES (?, ?, ?)"
                + " ON CONFLICT (user_id) DO UPDATE SET brief = excluded.brief, at = excluded.at", userId, brief, at));
    }

    @Override
    public Optional<String> hireDraft(String userId) {
        return db.read("read hiring draft", c -> Jdbc.first(c, "SELECT brief FROM hire_drafts WHERE user_id = ?",
                rs -> rs.getString(1), userId));
    }

    @Override
    public void audit(AuditEntry e) {
        db.write("audit " + e.action(), c -> Jdbc.update(c, "INSERT INTO audit_log (key_id, org, action, pseudonym, at)"
                + " VALUES (?, ?, ?, ?, ?)", e.keyId(), e.org(), e.action(), e.pseudonym(), e.at()));
    }

    @Override
    public List<AuditEntry> auditLog(String pseudonym) {
        return db.read("read audit log", c -> Jdbc.list(c, "SELECT key_id, org, action, pseudonym, at FROM audit_log"
                        + " WHERE pseudonym = ? ORDER BY id", rs -> new AuditEntry(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), Jdbc.instant(rs.getString(5))), pseudonym));
    }

    private static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
