package io.jobpilot.certification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Certificate names as people and sources write them, made comparable. 한국직업사전's related-certificates field is
 * a comma list whose grades sit in parentheses ("정교사(1급, 2급)"), so it is split only outside parentheses and a
 * grade list is expanded ("정교사 1급", "정교사 2급").
 */
public final class CertificateNames {
    private static final Pattern GRADES = Pattern.compile("^(.+?)\\s*\\(([^()]*,[^()]*)\\)$");

    private CertificateNames() {
    }

    /**
     * The comparison key: no spaces, brackets, dots or dashes, lower case ("SQL 개발자 (SQLD)" and "sql개발자sqld"
     * agree). The matcher compares a held certificate with a required one the same way.
     */
    public static String key(String name) {
        return name == null ? "" : name.replaceAll("[\\s\\u00a0()·\\-.]", "").toLowerCase(Locale.ROOT);
    }

    /** The names in a 한국직업사전 certLic value, normalised and without duplicates, in source order. */
    public static List<String> fromDictionary(String certLic) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String part : splitOutsideParentheses(certLic == null ? "" : certLic)) {
            String name = part.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
            if (name.isEmpty()) {
                continue;
            }
            Matcher m = GRADES.matcher(name);
            if (m.matches()) {
                for (String grade : m.group(2).split(",")) {
                    if (!grade.isBlank()) {
                        add(out, m.group(1).strip() + " " + grade.strip());
                    }
                }
            } else {
                add(out, name);
            }
        }
        return List.copyOf(out.values());
    }

    private static void add(Map<String, String> out, String name) {
        // an unclosed bracket is an upstream quoting artefact ("보건교사 (1급"): drop the dangling bracket
        String n = name.chars().filter(c -> c == '(').count() > name.chars().filter(c -> c == ')').count()
                ? name.replace("(", " ").replaceAll("\\s+", " ").strip() : name;
        out.putIfAbsent(key(n), n);
    }

    private static List<String> splitOutsideParentheses(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            }
            if (c == ',' && depth == 0) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }
}
