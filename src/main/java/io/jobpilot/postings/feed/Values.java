package io.jobpilot.postings.feed;

import io.jobpilot.postings.Posting;
import io.jobpilot.postings.RowProblem;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Small value conversions several readers share: lists in one cell, language tags, yes/no flags. */
final class Values {
    /** Separators of a list written in one cell: "Java, SQL; Excel | Python". */
    static final String LIST = "[,;|]";
    private static final Set<String> YES = Set.of("TRUE", "YES", "Y", "1", "TELECOMMUTE", "REMOTE");
    private static final Set<String> NO = Set.of("FALSE", "NO", "N", "0");

    private Values() {
    }

    /** The non-blank, stripped parts of {@code raw} split on {@code separators} (a regex); empty for null. */
    static List<String> split(String raw, String separators) {
        if (raw == null) {
            return List.of();
        }
        return Arrays.stream(raw.split(separators)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** "ko-KR", "kor", "Korean" become "ko"; English likewise "en"; anything else is unknown (null) so the builder detects it. */
    static String language(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String tag = raw.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        return switch (tag) {
            case "ko", "kor", "korean", "한국어" -> "ko";
            case "en", "eng", "english", "영어" -> "en";
            default -> null;
        };
    }

    /** A remote (yes/no) cell; blank is false because Posting.remote has no unknown. */
    static boolean yes(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return false;
        }
        String v = raw.strip().toUpperCase(Locale.ROOT);
        if (YES.contains(v)) {
            return true;
        }
        if (NO.contains(v)) {
            return false;
        }
        throw new RowProblem(field, "not a yes/no value: '" + raw.strip() + "' (expected true/yes/1/TELECOMMUTE or false/no/0)");
    }

    /** {@code a} unless it is null or blank, else {@code b}. */
    static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    /** A Location with blank parts as null (unknown), because feeds send "" for a missing cell or key. */
    static Posting.Location location(String locality, String region, String country, String text) {
        Posting.Location l = new Posting.Location(strip(locality), strip(region), strip(country), strip(text));
        return l.isUnknown() ? Posting.Location.UNKNOWN : l;
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
