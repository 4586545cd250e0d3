package io.jobpilot.postings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A job opening with the fields of schema.org JobPosting, plus where it came from. A null or empty field is unknown,
 * never "no requirement": the matcher shows unknowns as unknown.
 *
 * @param id                  stable id: {@code source + ":" + sourceId}
 * @param remote              jobLocationType is TELECOMMUTE
 * @param employmentType      schema.org values: FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY, INTERN, VOLUNTEER, PER_DIEM, OTHER
 * @param skills              skill names the posting itself lists (schema.org skills)
 * @param requiredCertificates certificates named as required (part of educationRequirements in schema.org)
 * @param experienceMonths    minimum experience in months when the posting states one, else null
 * @param occupationalCategory the posting's own category text
 * @param language            "ko" or "en"
 */
public record Posting(
        String id,
        String title,
        String description,
        String hiringOrganization,
        Location location,
        boolean remote,
        List<String> applicantLocationRequirements,
        List<String> employmentType,
        Salary baseSalary,
        LocalDate datePosted,
        LocalDate validThrough,
        List<String> skills,
        String qualifications,
        String responsibilities,
        String educationRequirements,
        List<String> requiredCertificates,
        String experienceRequirements,
        Integer experienceMonths,
        String occupationalCategory,
        String industry,
        String url,
        String language,
        Provenance provenance) {

    /** jobLocation as schema.org PostalAddress parts; {@code text} keeps what the source said. */
    public record Location(String locality, String region, String country, String text) {
        public static final Location UNKNOWN = new Location(null, null, null, null);

        public boolean isUnknown() {
            return blank(locality) && blank(region) && blank(country) && blank(text);
        }

        /** Everything known about the place, for matching and display. */
        public String display() {
            if (!blank(text)) {
                return text;
            }
            return String.join(", ", java.util.stream.Stream.of(locality, region, country).filter(s -> !blank(s)).toList());
        }
    }

    /** baseSalary as a MonetaryAmount with a QuantitativeValue; min or max may be null (unknown). */
    public record Salary(Double min, Double max, String currency, String unit) {
        /** The amount per year, for comparison with a seeker's floor; null when unknown. */
        public Double annualMin() {
            Double v = min != null ? min : max;
            if (v == null || unit == null) {
                return null;
            }
            return switch (unit.toUpperCase(java.util.Locale.ROOT)) {
                case "YEAR" -> v;
                case "MONTH" -> v * 12;
                case "WEEK" -> v * 52;
                case "DAY" -> v * 260;
                case "HOUR" -> v * 2080;
                default -> null;
            };
        }
    }

    /**
     * Where a posting came from and when.
     *
     * @param contentHash SHA-256 of the content fields (not of provenance): the same opening from two sources has one hash
     */
    public record Provenance(String source, String sourceId, Instant fetchedAt, Instant lastSeenAt, String contentHash) {
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** True when validThrough has passed on {@code today}: never shown, dropped at the next refresh. */
    public boolean expiredOn(LocalDate today) {
        return validThrough != null && validThrough.isBefore(today);
    }
}
