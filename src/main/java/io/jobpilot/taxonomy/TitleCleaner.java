package io.jobpilot.taxonomy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes seniority and noise out of a job title before lookup ("Senior Java Developer (m/f/d)" → "Java Developer"),
 * remembering what was removed: the seniority matters to the matcher, not to which occupation it is.
 */
final class TitleCleaner {
    /** The cleaned title and the words taken out of it. */
    record Cleaned(String title, List<String> removed) {
    }

    private static final Pattern GENDER = Pattern.compile("\\(\\s*[mfwdhx]\\s*/\\s*[mfwdhx](\\s*/\\s*[mfwdhx])?\\s*\\)|\\*in\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SENIORITY = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(senior|sr\\.?|junior|jr\\.?|lead|principal|mid[- ]level|entry[- ]level|experienced"
                    + "|시니어|주니어|신입|경력직?|\\d+\\s*년\\s*차|\\d+\\s*년\\s*이상|[1-9]\\d?\\+?\\s*years?)(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LEVEL = Pattern.compile("(?<![\\p{L}])(I{1,3}|IV)$");

    private TitleCleaner() {
    }

    static Cleaned clean(String input) {
        List<String> removed = new ArrayList<>();
        String t = GENDER.matcher(input).replaceAll(" ");
        Matcher m = SENIORITY.matcher(t);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            removed.add(m.group().strip());
            m.appendReplacement(sb, " ");
        }
        m.appendTail(sb);
        t = Text.squash(sb.toString().replaceAll("[,;|]+", " "));
        Matcher level = LEVEL.matcher(t);
        if (level.find() && level.start() > 0) {
            removed.add(level.group());
            t = t.substring(0, level.start()).strip();
        }
        if (Text.key(t).isEmpty()) {
            return new Cleaned(Text.squash(input), List.of());
        }
        return new Cleaned(t, removed);
    }
}
