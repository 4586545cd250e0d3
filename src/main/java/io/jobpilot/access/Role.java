package io.jobpilot.access;

import java.util.Arrays;
import java.util.Locale;

/** Who holds an API key. Seekers have no key: they are known by their chat identity. */
public enum Role {
    BUSINESS, COUNSELLOR, ADMIN;

    /** The role named {@code name} (any case); an unknown name is an error listing the known ones. */
    public static Role named(String name) {
        String n = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.name().equals(n)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("unknown role '" + name + "' (known: business, counsellor, admin)"));
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
