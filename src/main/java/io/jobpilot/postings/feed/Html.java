package io.jobpilot.postings.feed;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text from the HTML fragments feeds put in descriptions. Not a parser: postings need readable text for
 * matching and display, and no HTML library is on the classpath.
 */
final class Html {
    /** Block elements end a line; inline ones (b, a, span) vanish without a space, so "<b>분석팀</b>에서" stays one word. */
    private static final Pattern BREAK = Pattern.compile(
            "(?i)<\\s*/?\\s*(br|p|div|h[1-6]|tr|td|th|ul|ol|table|section|article|blockquote|pre|hr)\\b[^>]*>");
    private static final Pattern ITEM = Pattern.compile("(?i)<\\s*li\\b[^>]*>");
    private static final Pattern DROP = Pattern.compile("(?is)<\\s*(script|style)\\b.*?<\\s*/\\s*\\1\\s*>");
    private static final Pattern TAG = Pattern.compile("(?s)<[!/?a-zA-Z][^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,10});");
    private static final Map<String, String> NAMED = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
            Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", " "),
            Map.entry("middot", "·"), Map.entry("bull", "•"), Map.entry("ndash", "–"), Map.entry("mdash", "—"),
            Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"),
            Map.entry("hellip", "…"), Map.entry("copy", "©"), Map.entry("reg", "®"), Map.entry("trade", "™"),
            Map.entry("euro", "€"), Map.entry("won", "₩"));

    private Html() {
    }

    /** Tags removed (line breaks kept for blocks and list items), entities decoded, spaces collapsed; null stays null. */
    static String toText(String html) {
        if (html == null) {
            return null;
        }
        String text = unescape(stripTags(html));
        if (TAG.matcher(text).find() && text.contains("</")) {
            // the markup was itself escaped (&lt;p&gt;), which feeds do when they double-encode
            text = unescape(stripTags(text));
        }
        return tidy(text);
    }

    private static String stripTags(String html) {
        String s = DROP.matcher(html).replaceAll(" ");
        s = BREAK.matcher(s).replaceAll("\n");
        s = ITEM.matcher(s).replaceAll("\n• ");
        return TAG.matcher(s).replaceAll("");
    }

    static String unescape(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(decode(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String decode(String name, String whole) {
        if (name.charAt(0) != '#') {
            return NAMED.getOrDefault(name, whole);
        }
        boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
        int cp = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
        return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : whole;
    }

    private static String tidy(String s) {
        StringBuilder out = new StringBuilder();
        for (String line : s.replace('\u00a0', ' ').split("\\R")) {
            String l = line.replaceAll("[ \\t\\x0B\\f]+", " ").strip();
            if (!l.isEmpty()) {
                out.append(out.length() == 0 ? "" : "\n").append(l);
            }
        }
        return out.toString();
    }
}
