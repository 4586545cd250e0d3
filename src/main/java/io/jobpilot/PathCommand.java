package io.jobpilot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.jobpilot.certification.Plan;
import io.jobpilot.certification.PlanText;
import io.jobpilot.certification.ProfileFile;
import io.jobpilot.prompts.Templates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** The certification path for a profile given as a JSON file (issue 7). */
@Command(name = "path", mixinStandardHelpOptions = true,
        description = {"Plan certificates for a profile: which to take next, in what order, and how many postings of",
                "the current index each would add to the match list.",
                "FILE is JSON, every field optional:",
                "  {\"lang\": \"en\"|\"ko\", \"targets\": [job titles or occupation ids], \"skills\": [words or skill ids],",
                "   \"years\": 5, \"aiLevel\": \"L0\".. \"L4\", \"location\": \"Seoul\", \"remote\": true,",
                "   \"languages\": [\"en\"], \"certificates\": [\"SQLD\"], \"postingId\": \"source:id (plan for one posting)\"}",
                "Example: jobpilot path --profile me.json --json"})
final class PathCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--profile", required = true, paramLabel = "FILE", description = "The profile as JSON (format above).")
    Path profile;

    @Option(names = "--json", description = "Print the plan as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (App app = new App(main.config())) {
            ProfileFile.Read read = ProfileFile.read(profile, app.taxonomy());
            if (read.postingId() == null && read.profile().targets().isEmpty()) {
                throw new IllegalArgumentException("profile file " + profile + " names no targets and no postingId:"
                        + " give at least one target role");
            }
            Plan plan = read.postingId() != null ? app.planner().plan(read.profile(), read.postingId())
                    : app.planner().plan(read.profile());
            if (json) {
                System.out.println(new ObjectMapper().registerModule(new JavaTimeModule())
                        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                        .enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(plan));
            } else {
                System.out.println(new PlanText(new Templates(), app.taxonomy()).render(plan));
            }
        }
        return 0;
    }
}
