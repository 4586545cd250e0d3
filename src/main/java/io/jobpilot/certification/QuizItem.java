package io.jobpilot.certification;

import java.util.List;
import java.util.Locale;

/** One practice question, in both languages, scored by code. */
sealed interface QuizItem permits QuizItem.Choice, QuizItem.Short {
    String id();

    Level level();

    String question(String lang);

    String explanation(String lang);

    /** The question as shown, with its options for a multiple-choice item. */
    String shown(String lang);

    /** True when the answer is right. */
    boolean right(String given);

    /** False when the answer cannot be read as an answer at all (it is asked again, not scored). */
    boolean readable(String given);

    /** The right answer as shown to the seeker. */
    String solution(String lang);

    /** Comparison form: no case, spaces or punctuation. */
    static String norm(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Punct}·“”‘’\"]", "");
    }

    record Text(String en, String ko) {
        String in(String lang) {
            return "ko".equals(lang) ? ko : en;
        }
    }

    /** Multiple choice: answered with a letter (a–d), a number (1–4) or the option's text. */
    record Choice(String id, Level level, Text question, Text explanation, List<String> optionsEn, List<String> optionsKo,
                  int answer) implements QuizItem {
        public Choice {
            optionsEn = List.copyOf(optionsEn);
            optionsKo = List.copyOf(optionsKo);
            if (optionsEn.size() < 2 || optionsEn.size() > 4 || optionsEn.size() != optionsKo.size()) {
                throw new IllegalArgumentException("quiz item " + id + " needs 2 to 4 options in both languages");
            }
            if (answer < 0 || answer >= optionsEn.size()) {
                throw new IllegalArgumentException("quiz item " + id + ": answer index " + answer + " is not an option");
            }
        }

        public String question(String lang) {
            return question.in(lang);
        }

        public String explanation(String lang) {
            return explanation.in(lang);
        }

        public String shown(String lang) {
            List<String> options = "ko".equals(lang) ? optionsKo : optionsEn;
            StringBuilder s = new StringBuilder(question(lang));
            for (int i = 0; i < options.size(); i++) {
                s.append('\n').append((char) ('a' + i)).append(") ").append(options.get(i));
            }
            return s.toString();
        }

        public boolean readable(String given) {
            return picked(given) >= 0;
        }

        public boolean right(String given) {
            return picked(given) == answer;
        }

        public String solution(String lang) {
            return (char) ('a' + answer) + ") " + ("ko".equals(lang) ? optionsKo : optionsEn).get(answer);
        }

        private int picked(String given) {
            String g = norm(given);
            if (g.length() == 1 && g.charAt(0) >= 'a' && g.charAt(0) < 'a' + optionsEn.size()) {
                return g.charAt(0) - 'a';
            }
            if (g.length() == 1 && g.charAt(0) >= '1' && g.charAt(0) < '1' + optionsEn.size()) {
                return g.charAt(0) - '1';
            }
            for (int i = 0; i < optionsEn.size(); i++) {
                if (g.equals(norm(optionsEn.get(i))) || g.equals(norm(optionsKo.get(i)))) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** Short answer: right when it equals one of the accepted answers (either language), ignoring case and punctuation. */
    record Short(String id, Level level, Text question, Text explanation, List<String> accepted) implements QuizItem {
        public Short {
            accepted = List.copyOf(accepted);
            if (accepted.isEmpty()) {
                throw new IllegalArgumentException("quiz item " + id + " accepts no answer");
            }
        }

        public String question(String lang) {
            return question.in(lang);
        }

        public String explanation(String lang) {
            return explanation.in(lang);
        }

        public String shown(String lang) {
            return question(lang);
        }

        public boolean readable(String given) {
            return !norm(given).isEmpty();
        }

        public boolean right(String given) {
            String g = norm(given);
            return accepted.stream().anyMatch(a -> norm(a).equals(g));
        }

        public String solution(String lang) {
            return accepted.stream().filter(a -> "ko".equals(lang) == a.matches(".*\\p{IsHangul}.*")).findFirst()
                    .orElse(accepted.get(0));
        }
    }
}
