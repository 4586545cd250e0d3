package io.jobpilot.certification;

import io.jobpilot.data.TsvTable;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The practice questions of data/certification/quiz.tsv, by level; loading fails naming the line and value. */
public final class QuizBank {
    static final String FILE = "data/certification/quiz.tsv";
    private static final String[] COLUMNS = {"id", "level", "kind", "question_en", "question_ko", "options_en",
            "options_ko", "answer", "accept", "explain_en", "explain_ko"};
    private final Map<Level, List<QuizItem>> byLevel = new EnumMap<>(Level.class);
    private final Map<String, QuizItem> byId = new HashMap<>();

    QuizBank(List<QuizItem> items) {
        for (QuizItem i : items) {
            if (byId.putIfAbsent(i.id(), i) != null) {
                throw new IllegalArgumentException("quiz item id " + i.id() + " appears twice");
            }
            byLevel.computeIfAbsent(i.level(), l -> new ArrayList<>()).add(i);
        }
        for (Level l : Level.values()) {
            if (!byLevel.containsKey(l)) {
                throw new IllegalArgumentException("the quiz has no item for level " + l);
            }
        }
    }

    public static QuizBank shipped() {
        return new QuizBank(items(TsvTable.resource(FILE, COLUMNS)));
    }

    static QuizBank read(String name, InputStream in) {
        return new QuizBank(items(TsvTable.read(name, in, COLUMNS)));
    }

    List<QuizItem> items(Level level) {
        return byLevel.get(level);
    }

    Optional<QuizItem> item(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    private static List<QuizItem> items(TsvTable table) {
        List<QuizItem> out = new ArrayList<>();
        for (TsvTable.Row r : table.rows()) {
            try {
                String id = r.required("id");
                Level level = Level.parse(r.required("level"));
                QuizItem.Text q = new QuizItem.Text(r.required("question_en"), r.required("question_ko"));
                QuizItem.Text e = new QuizItem.Text(r.required("explain_en"), r.required("explain_ko"));
                String kind = r.required("kind");
                if (kind.equals("choice")) {
                    String a = r.required("answer");
                    if (!a.matches("[a-d]")) {
                        throw r.error("answer '" + a + "' must be a letter a-d");
                    }
                    out.add(new QuizItem.Choice(id, level, q, e, r.list("options_en"), r.list("options_ko"), a.charAt(0) - 'a'));
                } else if (kind.equals("short")) {
                    out.add(new QuizItem.Short(id, level, q, e, r.list("accept")));
                } else {
                    throw r.error("kind '" + kind + "' must be choice or short");
                }
            } catch (IllegalArgumentException ex) {
                throw r.error(ex.getMessage());
            }
        }
        return out;
    }
}
