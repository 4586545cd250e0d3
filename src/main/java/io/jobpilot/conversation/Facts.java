package io.jobpilot.conversation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a rephrased reply kept the template's facts: every number, link, command and slot value of the template
 * text must still be there, and no number or link may be new. A rephrasing that fails is discarded for the template.
 */
final class Facts {
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final Pattern LINK = Pattern.compile("https?://\\S+|/[a-z]+\\b");
    /** Splits a slot value into the items a reader would check ("Python ("python"), SQL" → Python, python, SQL). */
    private static final Pattern ITEM = Pattern.compile("[\\n,;()\"“”]|\\s[—–-]\\s|^-\\s|:\\s");

    private Facts() {
    }

    static boolean kept(String template, String phrased, Collection<String> values) {
        if (phrased == null || phrased.isBlank()) {
            return false;
        }
        String out = fold(phrased);
        List<String> required = new ArrayList<>();
        required.addAll(all(NUMBER, template));
        required.addAll(all(LINK, template));
        for (String v : values) {
            for (String item : ITEM.split(v)) {
                if (item.strip().length() >= 2) {
                    required.add(item.strip());
                }
            }
        }
        for (String r : required) {
            if (!out.contains(fold(r))) {
                return false;
            }
        }
        String in = fold(template);
        return all(NUMBER, phrased).stream().allMatch(n -> in.contains(fold(n)))
                && all(LINK, phrased).stream().allMatch(l -> in.contains(fold(l)));
    }

    private static List<String> all(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.group().replaceAll("[.,]$", ""));
        }
        return out;
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
