package io.jobpilot.taxonomy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds skills in Korean, English and mixed text by looking up token n-grams in the alias table, longest first.
 * Korean particles glued to a word ("파이썬으로", "스프링 부트를") are set aside, so the evidence span is the skill's
 * own words. A skill is returned only with the span of the input it came from; nothing is guessed.
 */
public final class SkillExtractor {
    /** Korean particles and endings that may follow a skill name inside one word, longest first. */
    static final List<String> PARTICLES = List.of(
            "으로서는", "으로서", "으로써", "에서는", "으로는", "이라는", "에서의", "이라고",
            "으로", "에서", "에게", "까지", "부터", "보다", "처럼", "로서", "로써", "이랑", "하고", "에는", "로는",
            "과의", "와의", "이나", "라는", "만을", "등을", "등의", "기반", "관련", "활용",
            "은", "는", "이", "가", "을", "를", "의", "에", "로", "와", "과", "도", "만", "랑", "나", "등");
    private static final int MAX_TOKENS = 6;

    /** An alias entry: the skill and, for case-sensitive aliases, the exact form that must appear. */
    record Alias(Skill skill, String exactForm, int priority) {
    }

    private final Map<String, Alias> aliases;

    SkillExtractor(Map<String, Alias> aliases) {
        this.aliases = aliases;
    }

    public List<SkillMention> extract(String text) {
        List<Text.Token> tokens = Text.tokens(text);
        List<SkillMention> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            SkillMention m = longestAt(text, tokens, i);
            if (m == null) {
                i++;
                continue;
            }
            found.add(m);
            while (i < tokens.size() && tokens.get(i).start() < m.end()) {
                i++;
            }
        }
        return found;
    }

    private SkillMention longestAt(String text, List<Text.Token> tokens, int i) {
        for (int n = Math.min(MAX_TOKENS, tokens.size() - i); n >= 1; n--) {
            List<Text.Token> span = tokens.subList(i, i + n);
            Text.Token last = span.get(n - 1);
            int start = span.get(0).start();
            SkillMention m = match(text, span, start, last.end());
            if (m != null) {
                return m;
            }
            if (last.script() == Text.Script.HANGUL) {
                for (String p : PARTICLES) {
                    if (last.key().length() > p.length() && last.key().endsWith(p)) {
                        int end = last.end() - p.length();
                        List<Text.Token> trimmed = new ArrayList<>(span.subList(0, n - 1));
                        trimmed.add(new Text.Token(last.key().substring(0, last.key().length() - p.length()),
                                last.start(), end, last.script()));
                        m = match(text, trimmed, start, end);
                        if (m != null) {
                            return m;
                        }
                    }
                }
            }
        }
        return null;
    }

    private SkillMention match(String text, List<Text.Token> span, int start, int end) {
        Alias alias = aliases.get(Text.compact(span));
        if (alias == null) {
            return null;
        }
        String evidence = text.substring(start, end);
        if (alias.exactForm() != null) {
            if (!Text.squash(evidence.replaceAll("[^\\p{L}\\p{N}+#.]+", " ")).equals(alias.exactForm())) {
                return null;
            }
            if (alias.exactForm().length() == 1 && touchesSymbol(text, start, end)) {
                return null;
            }
        }
        return new SkillMention(alias.skill(), start, end, evidence);
    }

    /** "R&D", "C-level", "A/B": a one-letter name glued to a symbol is not the language. */
    private static boolean touchesSymbol(String text, int start, int end) {
        Set<Character> glue = Set.of('&', '-', '/', '\'', '’');
        return (end < text.length() && glue.contains(text.charAt(end)))
                || (start > 0 && glue.contains(text.charAt(start - 1)));
    }

    /** Builds the alias table; when two skills claim one alias, the higher-priority source keeps it. */
    static final class Builder {
        private final Map<String, Alias> aliases = new HashMap<>();
        private final Map<String, Integer> contested = new HashMap<>();

        /**
         * @param priority     curated 3 &gt; O*NET full name 2 &gt; element 1 &gt; derived short form 0
         * @param caseSensitive the alias must appear exactly as written (one-letter names, derived short forms)
         */
        Builder add(String alias, Skill skill, int priority, boolean caseSensitive) {
            String key = Text.compactKey(alias);
            if (key.isEmpty() || (key.length() < 2 && !caseSensitive)) {
                return this;
            }
            Alias entry = new Alias(skill, caseSensitive ? Text.squash(alias.replaceAll("[^\\p{L}\\p{N}+#.]+", " ")) : null, priority);
            Alias existing = aliases.get(key);
            if (existing == null) {
                aliases.put(key, entry);
            } else if (!existing.skill().id().equals(skill.id())) {
                if (priority > existing.priority()) {
                    aliases.put(key, entry);
                } else if (priority == existing.priority() && priority == 0) {
                    contested.merge(key, 1, Integer::sum);
                }
            }
            return this;
        }

        SkillExtractor build() {
            contested.keySet().forEach(k -> {
                if (aliases.get(k).priority() == 0) {
                    aliases.remove(k);
                }
            });
            return new SkillExtractor(Map.copyOf(aliases));
        }

        int size() {
            return aliases.size();
        }
    }
}
