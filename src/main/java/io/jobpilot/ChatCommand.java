package io.jobpilot;

import io.jobpilot.conversation.Inbound;
import io.jobpilot.conversation.Reply;
import io.jobpilot.interview.Interview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** The terminal channel: an interactive chat, or a script piped in (one message per line, ends at end of input). */
@Command(name = "chat", mixinStandardHelpOptions = true,
        description = {"Chat with the bot in the terminal. Reads one message per line; a pipe works too:",
                "  printf 'yes\\n백엔드 개발자\\n' | java -jar target/jobpilot.jar chat"})
final class ChatCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--user", description = "Who is chatting (default: the system user name). The interview resumes per user.")
    String user;

    @Override
    public Integer call() throws Exception {
        String who = user != null ? user : System.getProperty("user.name", "terminal");
        boolean interactive = System.console() != null;
        PrintStream out = System.out;
        try (App app = new App(main.config());
             BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            if (interactive) {
                out.println("jobpilot — type /help for commands, Ctrl-D to leave.");
                print(out, app.pipeline().handle(new Inbound("cli", who, UUID.randomUUID().toString(), "/start")));
            }
            String line;
            while (true) {
                if (interactive) {
                    out.print("> ");
                    out.flush();
                }
                line = in.readLine();
                if (line == null) {
                    break;
                }
                if (line.isBlank()) {
                    continue;
                }
                print(out, app.pipeline().handle(new Inbound("cli", who, UUID.randomUUID().toString(), line)));
            }
        }
        return 0;
    }

    static void print(PrintStream out, Reply r) {
        r.texts().forEach(t -> out.println(t));
        if (!r.choices().isEmpty()) {
            out.println("  " + r.choices().stream().map(Interview.Choice::label).map(l -> "[" + l + "]")
                    .collect(Collectors.joining(" ")));
        }
        if (!r.cards().isEmpty()) {
            MatchPrinter.print(out, r.cards(), r.lang());
        }
        out.println();
    }
}
