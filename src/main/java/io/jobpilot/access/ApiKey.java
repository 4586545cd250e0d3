package io.jobpilot.access;

import java.time.Instant;

/**
 * A stored API key: never the secret, only its SHA-256.
 *
 * @param id                the public part of the key (its prefix), used to find the row
 * @param requestsPerMinute this key's rate limit
 * @param revokedAt         null while the key is valid
 */
public record ApiKey(String id, Role role, String org, String secretHash, int requestsPerMinute, Instant createdAt,
                     Instant revokedAt) {
    public ApiKey {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("an API key needs an id");
        }
        if (role == null) {
            throw new IllegalArgumentException("API key " + id + " has no role");
        }
        if (org == null || org.isBlank()) {
            throw new IllegalArgumentException("API key " + id + " needs an organisation name (--org)");
        }
        if (requestsPerMinute < 1) {
            throw new IllegalArgumentException("requests per minute must be at least 1, was " + requestsPerMinute);
        }
    }

    public boolean revoked() {
        return revokedAt != null;
    }
}
