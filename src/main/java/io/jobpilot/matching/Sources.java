package io.jobpilot.matching;

import java.util.Map;

/** How sources are named to users. */
final class Sources {
    private static final Map<String, String> NAMES = Map.of(
            "alio", "ALIO", "alio-sample", "ALIO (archived sample)", "nyc", "NYC Open Data",
            "nyc-sample", "NYC Open Data (archived sample)", "usajobs", "USAJOBS");

    private Sources() {
    }

    static String display(String source) {
        return NAMES.getOrDefault(source, source);
    }
}
