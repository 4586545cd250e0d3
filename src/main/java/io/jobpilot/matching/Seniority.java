package io.jobpilot.matching;

import io.jobpilot.postings.Posting;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The experience a posting asks for, in years, from what it states; null when it states nothing usable. */
final class Seniority {
    private static final Pattern YEARS = Pattern.compile("(\\d{1,2})\\s*\\+?\\s*(?:years?|yrs?|년\\s*이상|년차|년)");
    private static final Pattern ENTRY = Pattern.compile("entry|junior|intern|trainee|graduate|신입|주니어|인턴|경력\\s*무관");
    private static final Pattern SENIOR = Pattern.compile("\\b(senior|sr\\.?|lead|principal|staff)\\b|시니어|책임|수석");

    private Seniority() {
    }

    static Integer requiredYears(Posting p) {
        if (p.experienceMonths() != null) {
            return (p.experienceMonths() + 11) / 12;
        }
        String level = p.experienceRequirements() == null ? "" : p.experienceRequirements().toLowerCase(Locale.ROOT);
        String title = p.title().toLowerCase(Locale.ROOT);
        Matcher years = YEARS.matcher(level + " " + (p.qualifications() == null ? "" : p.qualifications()));
        if (years.find()) {
            return Integer.parseInt(years.group(1));
        }
        if (level.contains("executive")) {
            return 10;
        }
        if (ENTRY.matcher(level).find() || ENTRY.matcher(title).find()) {
            return 0;
        }
        if (level.contains("manager") || SENIOR.matcher(title).find()) {
            return 5;
        }
        if (level.contains("experienced") || level.contains("경력")) {
            return 2;
        }
        return null;
    }
}
