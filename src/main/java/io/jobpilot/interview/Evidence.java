package io.jobpilot.interview;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds a quoted span in the seeker's text. Case, runs of whitespace and Unicode composition (Korean typed as jamo
 * sequences) are forgiven; a Latin-script quote must stand as whole words ("Java" is not found in "JavaScript"). The
 * span returned is the seeker's own text, so evidence is always their words, never the model's.
 */
final class Evidence {
    /** A quote longer than this is not a span naming one thing (a model citing the whole answer proves nothing). */
    static final int MAX_QUOTE = 80;
    private static final String EDGES = "\"'“”‘’`.,;:!?()[]{}<>「」『』";
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20));
    private static final String[] NATIVE = {"", "한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉", "열"};
    private static final String[] SINO = {"", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구", "십"};

    private Evidence() {
    }

    /** The span of {@code text} the quote names, as the seeker wrote it; empty when the quote does not occur. */
    static Optional<String> find(String text, String quote) {
        String q = trimEdges(Normalizer.normalize(quote == null ? "" : quote, Normalizer.Form.NFC));
        if (q.isEmpty() || q.length() > MAX_QUOTE || text == null) {
            return Optional.empty();
        }
        String t = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder folded = new StringBuilder();
        int[] at = new int[t.length()];
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c)) {
                if (folded.length() == 0 || folded.charAt(folded.length() - 1) == ' ') {
                    continue;
                }
                c = ' ';
            }
            at[folded.length()] = i;
            folded.append(Character.toLowerCase(c));
        }
        String fq = q.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        for (int i = folded.indexOf(fq); i >= 0; i = folded.indexOf(fq, i + 1)) {
            int start = at[i];
            int end = at[i + fq.length() - 1] + 1;
            if (wholeWords(t, start, end)) {
                return Optional.of(t.substring(start, end));
            }
        }
        return Optional.empty();
    }

    /** True when the quote states {@code years}: "5 years", "five years", "다섯 해", "오 년", "5년차". */
    static boolean statesYears(String quote, int years) {
        String q = quote.toLowerCase(Locale.ROOT);
        if (Answers.years(quote).map(y -> y == years).orElse(false)
                || Pattern.compile("(?<!\\d)" + years + "(?!\\d)").matcher(q).find()) {
            return true;
        }
        boolean word = WORDS.entrySet().stream().anyMatch(e -> e.getValue() == years
                && Pattern.compile("\\b" + e.getKey() + "\\b").matcher(q).find());
        boolean korean = years >= 1 && years <= 10 && (Pattern.compile(NATIVE[years] + "\\s*해").matcher(q).find()
                || Pattern.compile("(^|\\s)" + SINO[years] + "\\s*년").matcher(q).find());
        return word || korean;
    }

    private static boolean wholeWords(String t, int start, int end) {
        boolean before = start == 0 || !latinOrDigit(t.charAt(start - 1)) || !latinOrDigit(t.charAt(start));
        boolean after = end == t.length() || !latinOrDigit(t.charAt(end)) || !latinOrDigit(t.charAt(end - 1));
        return before && after;
    }

    private static boolean latinOrDigit(char c) {
        return c < 0x250 && Character.isLetterOrDigit(c);
    }

    private static String trimEdges(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && (Character.isWhitespace(s.charAt(a)) || EDGES.indexOf(s.charAt(a)) >= 0)) {
            a++;
        }
        while (b > a && (Character.isWhitespace(s.charAt(b - 1)) || EDGES.indexOf(s.charAt(b - 1)) >= 0)) {
            b--;
        }
        return s.substring(a, b);
    }
}
