package io.jobpilot.access;

import java.time.Instant;

/**
 * One access to personal data: who (key and organisation), what, which seeker (pseudonym only), when.
 *
 * @param action e.g. "candidates.list", "client.transcript", "contact.identity"
 */
public record AuditEntry(String keyId, String org, String action, String pseudonym, Instant at) {
}
