package io.jobpilot.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Creates and checks API keys. A key reads {@code jp_<id>_<secret>}: the id (12 hex digits) finds the row, the secret
 * (256 random bits) proves possession. Only SHA-256 of the secret is stored: with 256 bits of entropy a brute-force
 * search is hopeless whatever the hash speed, so a salt or a slow password hash (needed for guessable passwords) adds
 * nothing; a leaked table gives no usable key.
 */
public final class Keys {
    private final AccessStore store;
    private final Clock clock;
    private final RandomGenerator random;

    public Keys(AccessStore store, Clock clock) {
        this(store, clock, new SecureRandom());
    }

    Keys(AccessStore store, Clock clock, RandomGenerator random) {
        this.store = store;
        this.clock = clock;
        this.random = random;
    }

    /** A new key; the returned text is shown once and never stored. */
    public Created create(Role role, String org, int requestsPerMinute) {
        String id = hex(6);
        String secret = hex(32);
        ApiKey key = new ApiKey(id, role, org == null ? null : org.strip(), sha256(secret), requestsPerMinute,
                clock.instant(), null);
        store.saveKey(key);
        return new Created(key, "jp_" + id + "_" + secret);
    }

    /** The valid key this text names, if the secret is right and the key is not revoked. */
    public Optional<ApiKey> check(String text) {
        if (text == null || !text.matches("jp_[0-9a-f]{12}_[0-9a-f]{64}")) {
            return Optional.empty();
        }
        String[] parts = text.split("_");
        return store.key(parts[1]).filter(k -> !k.revoked())
                .filter(k -> MessageDigest.isEqual(k.secretHash().getBytes(StandardCharsets.US_ASCII),
                        sha256(parts[2]).getBytes(StandardCharsets.US_ASCII)));
    }

    /** A random lowercase hex string of {@code bytes} bytes (invite codes, handles, pseudonyms use it too). */
    public String hex(int bytes) {
        byte[] b = new byte[bytes];
        for (int i = 0; i < bytes; i++) {
            b[i] = (byte) random.nextInt(256);
        }
        return HexFormat.of().formatHex(b);
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A key just made: the stored record and the full key text to hand over once. */
    public record Created(ApiKey key, String text) {
    }
}
