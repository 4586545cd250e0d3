package io.jobpilot.matching;

import java.util.Map;

/** How sources are named to users. */
final class Sources {
    private static final Map<String, String> NAMES = Map.of(
            "alio", "ALIO", "alio-sample", "ALIO (archived sample, snapshot of 2026-02..08)", "nyc", "NYC Open Data",
            "nyc-sample", "NYC Open Data (archived sample, snapshot of 2026-09-21)", "usajobs", "USAJOBS");

    private Sources() {
    }

    static String display(String source) {
        return NAMES.getOrDefault(source, source);
    }
}
