package io.jobpilot.access;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What access control keeps: keys, pseudonyms, counsellor invites, links and notes, business jobs, candidate handles,
 * contact requests, chat hiring drafts, and the audit log. Every method is one transaction.
 */
public interface AccessStore {
    void saveKey(ApiKey key);

    Optional<ApiKey> key(String id);

    List<ApiKey> keys();

    /** False when there is no such key or it was revoked already. */
    boolean revokeKey(String id, Instant at);

    /** The seeker's pseudonym, created on first need. */
    String pseudonym(String userId);

    Optional<String> userByPseudonym(String pseudonym);

    void saveInvite(String code, String keyId, Instant at, Instant expiresAt);

    /** Links the seeker to the counsellor whose invite this is; the invite is used up. */
    Redeemed redeemInvite(String code, String userId, Instant at);

    /** Removes every counsellor link of the seeker; returns how many went. */
    int unlinkCounsellors(String userId);

    /** Turns the co-pilot (suggestions sent into the chat) on or off for all the seeker's counsellors; returns how many links. */
    int setCopilot(String userId, boolean on);

    List<Link> clients(String keyId);

    Optional<Link> link(String keyId, String userId);

    long addNote(String keyId, String userId, String text, Instant at);

    List<Note> notes(String keyId, String userId);

    long saveJob(String keyId, String json, Instant at);

    /** The job's JSON when it belongs to this key. */
    Optional<String> job(String keyId, long jobId);

    /** The business's opaque handle for a seeker (one per key and seeker, created by {@code newHandle} on first need). */
    String handle(String keyId, String userId, java.util.function.Supplier<String> newHandle);

    Optional<String> userByHandle(String keyId, String handle);

    long requestContact(String userId, String keyId, long jobId, String message, Instant at);

    Optional<ContactRequest> contact(long id);

    List<ContactRequest> contacts(String keyId);

    /** Records the seeker's answer; false when the request is not theirs or was answered already. */
    boolean answerContact(long id, String userId, boolean accepted, String shared, Instant at);

    void saveHireDraft(String userId, String brief, Instant at);

    Optional<String> hireDraft(String userId);

    void audit(AuditEntry entry);

    List<AuditEntry> auditLog(String pseudonym);

    /** How redeeming an invite code went. */
    enum Redeemed { LINKED, ALREADY_LINKED, UNKNOWN, EXPIRED, USED }

    /** A seeker linked to a counsellor (the counsellor's key). */
    record Link(String userId, String keyId, boolean copilot, Instant linkedAt) {
    }

    /** A counsellor's note about a client. */
    record Note(long id, String text, Instant at) {
    }
}
