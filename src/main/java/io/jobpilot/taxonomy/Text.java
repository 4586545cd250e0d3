package io.jobpilot.taxonomy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tokenising and keying of short texts in Korean, English and both at once. The same rules key the shipped aliases and
 * the user's text, so "Node.js", "C++", "스프링부트" and "CI/CD" meet their aliases whatever the punctuation around them.
 */
public final class Text {
    /** The script of a token: Latin letters and digits, Hangul syllables, or anything else. */
    public enum Script { LATIN, HANGUL }

    /** A token with its offsets in the original text; {@code key} is lower-cased. */
    public record Token(String key, int start, int end, Script script) {
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Text() {
    }

    public static boolean isHangul(char c) {
        return (c >= '\uAC00' && c <= '\uD7A3') || (c >= '\u3131' && c <= '\u318E');
    }

    static boolean isLatinOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || (Character.isLetterOrDigit(c) && c < '\u0250');
    }

    public static boolean hasHangul(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isHangul(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Splits into Latin and Hangul tokens; '.', '+' and '#' stay inside Latin tokens (node.js, c++, c#). */
    public static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isLatinOrDigit(c)) {
                int start = i;
                i++;
                while (i < n) {
                    char d = text.charAt(i);
                    if (isLatinOrDigit(d)) {
                        i++;
                    } else if (d == '.' && i + 1 < n && isLatinOrDigit(text.charAt(i + 1))) {
                        i++;
                    } else if (d == '+' || d == '#') {
                        i++;
                    } else {
                        break;
                    }
                }
                out.add(new Token(text.substring(start, i).toLowerCase(Locale.ROOT), start, i, Script.LATIN));
            } else if (isHangul(c)) {
                int start = i;
                while (i < n && isHangul(text.charAt(i))) {
                    i++;
                }
                out.add(new Token(text.substring(start, i), start, i, Script.HANGUL));
            } else {
                i++;
            }
        }
        return out;
    }

    /** The lookup key of a text: its tokens, lower-cased, joined by one space ("Node.JS  developer" → "node.js developer"). */
    public static String key(String text) {
        List<Token> tokens = tokens(text);
        StringBuilder s = new StringBuilder();
        for (Token t : tokens) {
            if (s.length() > 0) {
                s.append(' ');
            }
            s.append(t.key());
        }
        return s.toString();
    }

    /** The key without the spaces between two Hangul tokens, so "스프링 부트" and "스프링부트" share one key. */
    public static String compactKey(String text) {
        return compact(tokens(text));
    }

    static String compact(List<Token> tokens) {
        StringBuilder s = new StringBuilder();
        Token previous = null;
        for (Token t : tokens) {
            if (previous != null && !(previous.script() == Script.HANGUL && t.script() == Script.HANGUL)) {
                s.append(' ');
            }
            s.append(t.key());
            previous = t;
        }
        return s.toString();
    }

    /** Collapses runs of white space and trims. */
    public static String squash(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }
}
