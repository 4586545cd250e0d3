package io.jobpilot.postings.feed;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which source column holds which schema field, for CSV and JSONL feeds whose layout the user configures. Validated
 * when made, listing every problem at once, so a configuration is fixed in one pass rather than one error per start.
 *
 * @param columns schema field name → source column name (CSV header or JSON key)
 */
public record ColumnMapping(Map<String, String> columns) {
    /** Every schema field a column can feed; see the package's TabularReader for how each is read. */
    public static final List<String> FIELDS = List.of("identifier", "title", "description", "hiringOrganization",
            "jobLocation", "addressLocality", "addressRegion", "addressCountry", "remote", "employmentType", "salaryMin",
            "salaryMax", "salaryCurrency", "salaryUnit", "datePosted", "validThrough", "skills", "qualifications",
            "responsibilities", "educationRequirements", "requiredCertificates", "experienceRequirements",
            "experienceMonths", "occupationalCategory", "industry", "url", "language");
    private static final List<String> REQUIRED = List.of("identifier", "title");

    public ColumnMapping {
        List<String> problems = new ArrayList<>();
        Map<String, String> copy = new LinkedHashMap<>();
        if (columns == null) {
            problems.add("no mapping given");
        } else {
            columns.forEach((field, column) -> {
                if (field == null || !FIELDS.contains(field)) {
                    problems.add("unknown field '" + field + "'");
                } else if (column == null || column.isBlank()) {
                    problems.add("field '" + field + "' has no column name");
                } else {
                    copy.put(field, column.strip());
                }
            });
        }
        for (String field : REQUIRED) {
            if (columns == null || !columns.containsKey(field)) {
                problems.add("field '" + field + "' is required");
            }
        }
        if (!problems.isEmpty()) {
            boolean unknown = problems.stream().anyMatch(p -> p.startsWith("unknown field"));
            throw new IllegalArgumentException("column mapping is invalid: " + String.join("; ", problems)
                    + (unknown ? " (known fields: " + String.join(", ", FIELDS) + ")" : ""));
        }
        columns = Collections.unmodifiableMap(copy);
    }

    /** Same as the constructor; reads better at a configuration site. */
    public static ColumnMapping of(Map<String, String> columns) {
        return new ColumnMapping(columns);
    }

    /** The column for {@code field}, or null when the feed does not provide it. */
    public String column(String field) {
        return columns.get(field);
    }
}
