package io.jobpilot.postings.feed;

import io.jobpilot.postings.RowProblem;

import java.util.Locale;
import java.util.Map;

/** The pay periods feeds write (YEAR, Annual, per hour, 월, 연봉) as the schema.org unitText values Posting.Salary compares. */
final class SalaryUnits {
    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("YEAR", "YEAR"), Map.entry("YEARLY", "YEAR"), Map.entry("ANNUAL", "YEAR"), Map.entry("ANNUALLY", "YEAR"),
            Map.entry("PER YEAR", "YEAR"), Map.entry("MONTH", "MONTH"), Map.entry("MONTHLY", "MONTH"),
            Map.entry("PER MONTH", "MONTH"), Map.entry("WEEK", "WEEK"), Map.entry("WEEKLY", "WEEK"), Map.entry("PER WEEK", "WEEK"),
            Map.entry("DAY", "DAY"), Map.entry("DAILY", "DAY"), Map.entry("PER DAY", "DAY"), Map.entry("HOUR", "HOUR"),
            Map.entry("HOURLY", "HOUR"), Map.entry("PER HOUR", "HOUR"), Map.entry("연봉", "YEAR"), Map.entry("년", "YEAR"),
            Map.entry("월급", "MONTH"), Map.entry("월", "MONTH"), Map.entry("주급", "WEEK"), Map.entry("일급", "DAY"),
            Map.entry("시급", "HOUR"));

    private SalaryUnits() {
    }

    /** The unit, null when blank; an unknown word is a problem of the row, because the amount would be misread. */
    static String of(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String unit = UNITS.get(raw.strip().toUpperCase(Locale.ROOT));
        if (unit == null) {
            throw new RowProblem(field, "unknown salary unit '" + raw.strip() + "' (expected YEAR, MONTH, WEEK, DAY or HOUR)");
        }
        return unit;
    }
}
