package io.jobpilot.postings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds a {@link Posting} from a feed row; setters that parse (dates, numbers, employment types) throw a
 * {@link RowProblem} naming the field and the bad value, so the reader can reject just that row.
 */
public final class PostingBuilder {
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("yyyyMMdd"), DateTimeFormatter.ofPattern("MM/dd/yyyy"),
            DateTimeFormatter.ofPattern("yyyy.MM.dd"), DateTimeFormatter.ofPattern("yyyy/MM/dd"));
    /** Employment types in the feeds' own words → schema.org values. */
    private static final Map<String, String> EMPLOYMENT = Map.ofEntries(
            Map.entry("FULL_TIME", "FULL_TIME"), Map.entry("FULL-TIME", "FULL_TIME"), Map.entry("FULL TIME", "FULL_TIME"),
            Map.entry("F", "FULL_TIME"), Map.entry("PART_TIME", "PART_TIME"), Map.entry("PART-TIME", "PART_TIME"),
            Map.entry("PART TIME", "PART_TIME"), Map.entry("P", "PART_TIME"), Map.entry("CONTRACTOR", "CONTRACTOR"),
            Map.entry("CONTRACT", "CONTRACTOR"), Map.entry("TEMPORARY", "TEMPORARY"), Map.entry("TEMP", "TEMPORARY"),
            Map.entry("INTERN", "INTERN"), Map.entry("INTERNSHIP", "INTERN"), Map.entry("VOLUNTEER", "VOLUNTEER"),
            Map.entry("PER_DIEM", "PER_DIEM"), Map.entry("OTHER", "OTHER"), Map.entry("PERMANENT", "FULL_TIME"),
            Map.entry("정규직", "FULL_TIME"), Map.entry("무기계약직", "FULL_TIME"), Map.entry("비정규직", "TEMPORARY"),
            Map.entry("계약직", "TEMPORARY"), Map.entry("기간제", "TEMPORARY"), Map.entry("시간제", "PART_TIME"),
            Map.entry("파트타임", "PART_TIME"), Map.entry("아르바이트", "PART_TIME"), Map.entry("인턴", "INTERN"),
            Map.entry("청년인턴", "INTERN"), Map.entry("체험형인턴", "INTERN"), Map.entry("채용형인턴", "INTERN"));

    private String source;
    private String sourceId;
    private String title;
    private String description;
    private String organization;
    private Posting.Location location = Posting.Location.UNKNOWN;
    private boolean remote;
    private final List<String> applicantLocations = new ArrayList<>();
    private final Set<String> employmentType = new LinkedHashSet<>();
    private Posting.Salary salary;
    private LocalDate datePosted;
    private LocalDate validThrough;
    private final List<String> skills = new ArrayList<>();
    private String qualifications;
    private String responsibilities;
    private String education;
    private final List<String> certificates = new ArrayList<>();
    private String experience;
    private Integer experienceMonths;
    private String category;
    private String industry;
    private String url;
    private String language;

    public PostingBuilder(String source, String sourceId) {
        this.source = source;
        this.sourceId = sourceId == null ? null : sourceId.strip();
    }

    public PostingBuilder title(String v) { title = clean(v); return this; }
    public PostingBuilder description(String v) { description = clean(v); return this; }
    public PostingBuilder hiringOrganization(String v) { organization = clean(v); return this; }
    public PostingBuilder location(Posting.Location v) { location = v == null ? Posting.Location.UNKNOWN : v; return this; }
    public PostingBuilder remote(boolean v) { remote = v; return this; }
    public PostingBuilder applicantLocation(String v) { add(applicantLocations, v); return this; }
    public PostingBuilder skill(String v) { add(skills, v); return this; }
    public PostingBuilder qualifications(String v) { qualifications = clean(v); return this; }
    public PostingBuilder responsibilities(String v) { responsibilities = clean(v); return this; }
    public PostingBuilder educationRequirements(String v) { education = clean(v); return this; }
    public PostingBuilder requiredCertificate(String v) { add(certificates, v); return this; }
    public PostingBuilder experienceRequirements(String v) { experience = clean(v); return this; }
    public PostingBuilder experienceMonths(Integer v) { experienceMonths = v; return this; }
    public PostingBuilder occupationalCategory(String v) { category = clean(v); return this; }
    public PostingBuilder industry(String v) { industry = clean(v); return this; }
    public PostingBuilder url(String v) { url = clean(v); return this; }
    public PostingBuilder language(String v) { language = clean(v); return this; }

    /** Adds an employment type in any of the feeds' spellings; an unknown value is a row problem. */
    public PostingBuilder employmentType(String field, String raw) {
        String v = clean(raw);
        if (v == null) {
            return this;
        }
        String t = EMPLOYMENT.get(v.toUpperCase(Locale.ROOT).replace('_', '_'));
        if (t == null) {
            t = EMPLOYMENT.get(v.replace(" ", ""));
        }
        if (t == null) {
            throw new RowProblem(field, "unknown employment type '" + v + "' (expected e.g. FULL_TIME, PART_TIME, 정규직)");
        }
        employmentType.add(t);
        return this;
    }

    public PostingBuilder salary(Double min, Double max, String currency, String unit) {
        if (min != null && max != null && min > max) {
            throw new RowProblem("baseSalary", "minimum " + min + " is above maximum " + max);
        }
        if ((min != null && min < 0) || (max != null && max < 0)) {
            throw new RowProblem("baseSalary", "negative salary");
        }
        salary = min == null && max == null ? null : new Posting.Salary(min, max, clean(currency),
                unit == null ? null : unit.strip().toUpperCase(Locale.ROOT));
        return this;
    }

    public PostingBuilder datePosted(String field, String raw) { datePosted = date(field, raw); return this; }
    public PostingBuilder validThrough(String field, String raw) { validThrough = date(field, raw); return this; }
    public PostingBuilder datePosted(LocalDate v) { datePosted = v; return this; }
    public PostingBuilder validThrough(LocalDate v) { validThrough = v; return this; }

    /** Parses ISO dates and date-times, yyyyMMdd, MM/dd/yyyy and yyyy.MM.dd; blank is unknown (null). */
    public static LocalDate date(String field, String raw) {
        String v = clean(raw);
        if (v == null) {
            return null;
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(v, f);
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        try {
            return OffsetDateTime.parse(v).toLocalDate();
        } catch (DateTimeParseException ignored) {
            // not a date-time with offset either
        }
        try {
            return java.time.LocalDateTime.parse(v).toLocalDate();
        } catch (DateTimeParseException e) {
            throw new RowProblem(field, "not a date: '" + v + "' (expected e.g. 2026-03-31 or 20260331)");
        }
    }

    /** Parses a number such as "68,213" or "5000.00"; blank is unknown (null). */
    public static Double number(String field, String raw) {
        String v = clean(raw);
        if (v == null) {
            return null;
        }
        try {
            return Double.parseDouble(v.replace(",", "").replace("$", "").replace("₩", ""));
        } catch (NumberFormatException e) {
            throw new RowProblem(field, "not a number: '" + v + "'");
        }
    }

    public Posting build(Instant fetchedAt) {
        if (source == null || source.isBlank()) {
            throw new RowProblem("source", "missing");
        }
        if (sourceId == null || sourceId.isBlank()) {
            throw new RowProblem("identifier", "missing");
        }
        if (title == null) {
            throw new RowProblem("title", "missing");
        }
        if (datePosted != null && validThrough != null && validThrough.isBefore(datePosted)) {
            throw new RowProblem("validThrough", "closes (" + validThrough + ") before it was posted (" + datePosted + ")");
        }
        String lang = language != null ? language : detectLanguage();
        String hash = hash(String.join("\u001f", nz(title), nz(organization), nz(description), location.display(),
                nz(qualifications), nz(responsibilities), String.valueOf(validThrough), String.join(",", employmentType)));
        return new Posting(source + ":" + sourceId, title, description, organization, location, remote,
                List.copyOf(applicantLocations), List.copyOf(employmentType), salary, datePosted, validThrough,
                List.copyOf(skills), qualifications, responsibilities, education, List.copyOf(certificates), experience,
                experienceMonths, category, industry, url, lang,
                new Posting.Provenance(source, sourceId, fetchedAt, fetchedAt, hash));
    }

    private String detectLanguage() {
        String text = nz(title) + nz(description);
        long hangul = text.chars().filter(c -> c >= 0xAC00 && c <= 0xD7A3).count();
        return hangul * 5 > text.length() || hangul > 3 ? "ko" : "en";
    }

    static String hash(String content) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(d.digest(content.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static void add(List<String> list, String v) {
        String c = clean(v);
        if (c != null && !list.contains(c)) {
            list.add(c);
        }
    }

    static String clean(String v) {
        if (v == null) {
            return null;
        }
        String s = v.replace('\u00a0', ' ').strip();
        return s.isEmpty() ? null : s;
    }
}
