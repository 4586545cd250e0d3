package io.jobpilot.channel.telegram;

import java.util.ArrayList;
import java.util.List;

/**
 * Text for Telegram's HTML parse mode. HTML rather than MarkdownV2: only {@code < > &} need escaping, with one rule
 * everywhere, while MarkdownV2 reserves 18 characters with different rules inside links and code — a posting
 * title with {@code _*[]()~>#+-=|{}.!} then passes through unchanged and never breaks a message.
 */
final class TelegramText {
    /** Telegram's limit for a message, counted after entity parsing (so on the unescaped text), in UTF-16 units. */
    static final int LIMIT = 4096;

    private TelegramText() {
    }

    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Splits plain text into pieces of at most {@code max} characters, at line ends where possible, else at a space,
     * else anywhere but inside a surrogate pair. Only the line end or space at a cut is dropped.
     */
    static List<String> split(String text, int max) {
        if (max < 2) {
            throw new IllegalArgumentException("max must be at least 2, was " + max);
        }
        List<String> out = new ArrayList<>();
        String rest = text;
        while (rest.length() > max) {
            int cut = rest.lastIndexOf('\n', max);
            int skip = 1;
            if (cut <= 0) {
                cut = rest.lastIndexOf(' ', max);
            }
            if (cut <= 0) {
                cut = Character.isHighSurrogate(rest.charAt(max - 1)) ? max - 1 : max;
                skip = 0;
            }
            out.add(rest.substring(0, cut));
            rest = rest.substring(cut + skip);
        }
        if (!rest.isEmpty() || out.isEmpty()) {
            out.add(rest);
        }
        return out;
    }
}
