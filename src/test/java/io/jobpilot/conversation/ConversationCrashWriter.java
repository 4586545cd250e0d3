package io.jobpilot.conversation;

import io.jobpilot.interview.Interview;
import io.jobpilot.prompts.Templates;
import io.jobpilot.store.SqliteStore;
import io.jobpilot.taxonomy.Taxonomy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Child process of {@link ConversationCrashTest}: runs interviews through the real turn pipeline and prints
 * {@code ACK <user> <turn>} after each turn returns (the moment a channel would tell the seeker it was received).
 */
public final class ConversationCrashWriter {
    static final List<String> SCRIPT = List.of("안녕하세요", "네", "간호사", "5년", "환자 간호, 엑셀", "2");

    private ConversationCrashWriter() {
    }

    public static void main(String[] args) {
        Taxonomy taxonomy = Taxonomy.load(Taxonomy.Options.shipped(null));
        Templates templates = new Templates();
        SqliteStore store = SqliteStore.open(Path.of(args[0]));
        TurnPipeline pipeline = new TurnPipeline(store, store, new Interview(taxonomy, templates),
                () -> {
                    throw new IllegalStateException("this script never asks for matches");
                }, templates, Clock.systemUTC());
        for (int user = 0; ; user++) {
            for (int turn = 0; turn < SCRIPT.size(); turn++) {
                pipeline.handle(new Inbound("crash", "u" + user, "u" + user + "-t" + turn, SCRIPT.get(turn)));
                System.out.println("ACK " + user + " " + turn);
                System.out.flush();
            }
        }
    }
}
